// Creating a conference row once per submission (decision 032), with a fresh join code, its audit
// row and, optionally, its first agenda items, in one transaction. Shared by scheduling and by
// "start a conference from a collection". Callers validate and authorize first.
import "server-only";
import { randomInt } from "node:crypto";
import { audit } from "@/lib/audit/write";
import { db, type Tx } from "@/lib/core/db";
import { auditOverride, type GuardOutcome } from "@/lib/deidentify/confirm";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ConferenceKind } from "@/lib/generated/prisma/enums";
import { JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH } from "./constants";

function newJoinCode(): string {
  return Array.from({ length: JOIN_CODE_LENGTH }, () => JOIN_CODE_ALPHABET[randomInt(JOIN_CODE_ALPHABET.length)]).join("");
}

export interface NewConference {
  kind: ConferenceKind;
  teamId: string;
  title: string;
  startsAt: Date;
  durationMinutes: number;
  location: string;
  videoUrl: string | null;
  presenterId: string;
  chairId: string | null;
}

/**
 * The new conference's id; with a client key, a second submission of the same key answers with the
 * first one's conference. `agenda`: case ids to put on the agenda in this order (already checked).
 */
export async function insertConference(
  actorId: string,
  data: NewConference,
  options: { clientKey: string | null; ip: string | null; guard: Extract<GuardOutcome, { ok: true }>; agenda?: string[] },
): Promise<string> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await db.$transaction(async (tx) => {
        const conference = await tx.conference.create({ data: { ...data, createdById: actorId, joinCode: newJoinCode(), clientKey: options.clientKey }, select: { id: true } });
        const entry = { actorId, resourceType: "conference", resourceId: conference.id, teamId: data.teamId, ip: options.ip };
        await audit(tx, { ...entry, action: "conference.create" });
        await auditOverride(tx, options.guard, entry);
        if (options.agenda?.length) await addItems(tx, conference.id, options.agenda, entry);
        return conference.id;
      });
    } catch (error) {
      const unique = error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
      // The same submission twice (a double click, a retry: decision 032): the first one's conference.
      const first = unique && options.clientKey
        ? await db.conference.findUnique({ where: { createdById_clientKey: { createdById: actorId, clientKey: options.clientKey } }, select: { id: true } })
        : null;
      if (first) return first.id;
      // A join code collision (about one in 900 million per pair): draw another.
      if (attempt < 5 && unique) continue;
      throw error;
    }
  }
}

async function addItems(tx: Tx, conferenceId: string, caseIds: string[], entry: { actorId: string; resourceType: string; resourceId: string; teamId: string; ip: string | null }) {
  await tx.agendaItem.createMany({ data: caseIds.map((caseId, index) => ({ conferenceId, caseId, position: index + 1 })) });
  await audit(tx, { ...entry, action: "agenda.add" });
}
