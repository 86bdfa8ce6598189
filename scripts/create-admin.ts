// `npm run users:create-admin -- EMAIL "Full Name"`: create an administrator, or promote an
// existing account. Admin is never self-service; this is one of the two ways (the seed is the other).
import { Role } from "@/lib/generated/prisma/enums";
import { randomBytes } from "node:crypto";
import { connect } from "../prisma/seed-runner";
import { hashPassword } from "@/lib/auth/password";
import { email as emailSchema } from "@/lib/auth/schema";
import { SetupError } from "./lib/database";
import { exitOnError, withAppDatabase } from "./lib/app-env";

async function main() {
  const [rawEmail, ...nameParts] = process.argv.slice(2);
  const parsedEmail = emailSchema.safeParse(rawEmail ?? "");
  if (!parsedEmail.success) throw new SetupError('Usage: npm run users:create-admin -- EMAIL "Full Name"');
  const name = nameParts.join(" ").trim() || "Administrator";
  await withAppDatabase(async (url) => {
    const client = connect(url);
    try {
      const existing = await client.user.findUnique({ where: { email: parsedEmail.data }, select: { id: true } });
      if (existing) {
        await client.user.update({ where: { id: existing.id }, data: { role: Role.admin } });
        console.log(`${parsedEmail.data} is now an administrator.`);
      } else {
        const password = randomBytes(12).toString("base64url");
        await client.user.create({ data: { email: parsedEmail.data, name, role: Role.admin, passwordHash: await hashPassword(password) } });
        console.log(`Created administrator ${parsedEmail.data} with the one-time password: ${password}`);
      }
    } finally {
      await client.$disconnect();
    }
  });
}

main().catch(exitOnError);
