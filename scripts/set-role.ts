// `npm run users:set-role -- EMAIL ROLE`: grant or revoke the global educator role (ROLE is
// resident, clinician or educator), audited like the admin page's change (decision 031).
// Administrators are made with `npm run users:create-admin`.
import { connect } from "../prisma/seed-runner";
import { setUserRoleInput } from "@/lib/users/schema";
import { setGlobalRole } from "@/lib/users/write";
import { SetupError } from "./lib/database";
import { exitOnError, withAppDatabase } from "./lib/app-env";

const USAGE = "Usage: npm run users:set-role -- EMAIL resident|clinician|educator";

async function main() {
  const [email, role] = process.argv.slice(2);
  const parsed = setUserRoleInput.safeParse({ email: email ?? "", role: role ?? "" });
  if (!parsed.success) throw new SetupError(`${parsed.error.issues.map((issue) => issue.message).join(" ")}\n${USAGE}`);
  await withAppDatabase(async (url) => {
    const client = connect(url);
    try {
      const outcome = await client.$transaction((tx) => setGlobalRole(tx, parsed.data, { actorId: null }));
      if (outcome.kind === "not_found") throw new SetupError(`No account uses ${parsed.data.email}.`);
      if (outcome.kind === "refused") throw new SetupError(outcome.message);
      console.log(outcome.kind === "changed" ? `${parsed.data.email} is now ${outcome.to} (was ${outcome.from}).` : `${parsed.data.email} is already ${outcome.to}.`);
    } finally {
      await client.$disconnect();
    }
  });
}

main().catch(exitOnError);
