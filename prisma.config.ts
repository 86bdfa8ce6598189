// Prisma CLI configuration: the WASM schema engine over node-postgres, so that migrate works
// offline (Prisma's native engines are a download). The app itself uses lib/core/db.ts.
import path from "node:path";
import { defineConfig } from "prisma/config";
import { migrationAdapter } from "./prisma/migrate-adapter";

export default defineConfig({
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations"), seed: "tsx --conditions=react-server scripts/seed.ts" },
  engine: "js",
  experimental: { adapter: true },
  async adapter() {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error("DATABASE_URL is not set: run Prisma through `npm run db:migrate` (it starts the embedded database) or set it.");
    return migrationAdapter(url);
  },
});
