// `npm run cases:import -- FILE [--author EMAIL] [--confirm-identifiers]`
// Creates a case from an exported case file, validated with the same schema as the import page.
// All or nothing: a file with any problem is reported in full and nothing is written.
import { readFileSync } from "node:fs";
import { connect } from "../prisma/seed-runner";
import { caseFile } from "@/lib/cases/schema";
import { scanCaseForIdentifiers } from "@/lib/cases/identifiers";
import { createCaseRows } from "@/lib/cases/write";
import { SetupError } from "./lib/database";
import { exitOnError, withAppDatabase } from "./lib/app-env";

function usage(): never {
  throw new SetupError("Usage: npm run cases:import -- FILE [--author EMAIL] [--confirm-identifiers]\n  The author defaults to admin@example.org.");
}

async function main() {
  const args = process.argv.slice(2);
  const file = args.find((arg) => !arg.startsWith("--") && args[args.indexOf(arg) - 1] !== "--author");
  if (!file) usage();
  const authorIndex = args.indexOf("--author");
  const authorEmail = (authorIndex >= 0 ? args[authorIndex + 1] : "admin@example.org")?.toLowerCase();
  if (!authorEmail) usage();

  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new SetupError(`Cannot read ${file} as JSON: ${(error as Error).message}`);
  }
  const parsed = caseFile.safeParse(json);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  - ${issue.path.join(".") || "(file)"}: ${issue.message}`);
    throw new SetupError(`${file} has ${lines.length} problem(s); nothing was imported:\n${lines.join("\n")}`);
  }
  const findings = scanCaseForIdentifiers(parsed.data.case);
  if (findings.length && !args.includes("--confirm-identifiers")) {
    const lines = findings.map((finding) => `  - ${finding.field}: "${finding.text}" (${finding.message})`);
    throw new SetupError(
      `${file} may contain patient identifiers; nothing was imported:\n${lines.join("\n")}\nRemove them, or re-run with --confirm-identifiers if they are not identifiers.`,
    );
  }

  await withAppDatabase(async (url) => {
    const client = connect(url);
    try {
      const author = await client.user.findUnique({ where: { email: authorEmail }, select: { id: true } });
      if (!author) throw new SetupError(`No user with the email ${authorEmail}. Pass --author with an existing account.`);
      const caseId = await client.$transaction((tx) => createCaseRows(tx, author.id, parsed.data.case));
      console.log(`Imported "${parsed.data.case.title}" as case ${caseId} (author ${authorEmail}).`);
    } finally {
      await client.$disconnect();
    }
  });
}

main().catch(exitOnError);
