// Creating a case once per submission (decision 032). Server-only (it opens its own
// transaction); the shared write path, createCaseRows, stays free of the database client so that
// the seed and the e2e fixtures can use it.
import "server-only";
import { db } from "@/lib/core/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { AuditAction } from "@/lib/audit/vocabulary";
import { audit } from "@/lib/audit/write";
import type { CaseInput } from "./schema";
import { createCaseRows } from "./write";

/**
 * Writes a new case in one transaction. With a client key, a second submission of the same key
 * (a double click, a retry after a lost answer) writes nothing and answers with the first one's
 * case: its insert waits on the unique (author, key) index for the first to commit, then fails,
 * and that transaction is rolled back whole.
 */
export async function createCaseOnce(
  authorId: string,
  input: CaseInput,
  /** `identifiersOverride`: the audit action recording that flagged text was saved anyway (issue 25). */
  options: { ip?: string | null; clientKey?: string | null; identifiersOverride?: AuditAction | null },
): Promise<string> {
  try {
    return await db.$transaction(async (tx) => {
      const id = await createCaseRows(tx, authorId, input, { ip: options.ip, clientKey: options.clientKey });
      if (options.identifiersOverride) await audit(tx, { actorId: authorId, action: options.identifiersOverride, resourceType: "case", resourceId: id, ip: options.ip ?? null });
      return id;
    });
  } catch (error) {
    const clientKey = options.clientKey;
    if (clientKey && error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const first = await db.case.findUnique({ where: { authorId_clientKey: { authorId, clientKey } }, select: { id: true } });
      if (first) return first.id;
    }
    throw error;
  }
}
