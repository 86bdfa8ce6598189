// Seed helpers for cases: rows are written with the same function the authoring action, the
// importer and the demo seed use (createCaseRows), so a seeded case is a real case.
import { randomBytes } from "node:crypto";
import { caseInput, type CaseInput } from "../../lib/cases/schema";
import { createCaseRows } from "../../lib/cases/write";
import { database } from "./fixtures";

/**
 * A short random tag for titles and texts, so parallel tests never see each other's data. Letters
 * only: a tag of digits (hex is all digits one time in 40) reads as a record number to the
 * identifier check, and the save stops to ask.
 */
export const uid = () => Array.from(randomBytes(10), (byte) => String.fromCharCode(97 + (byte % 26))).join("");

type StudyItem = Extract<CaseInput["timeline"][number], { type: "study" }>;
type EventItem = Extract<CaseInput["timeline"][number], { type: "event" }>;

export function study(fields: Pick<StudyItem, "dayOffset" | "findings"> & Partial<StudyItem>): StudyItem {
  return {
    type: "study", label: null, modality: "MRI", region: "Left foot", technique: "", contrast: false, impression: "", change: null, partOfAnswer: false,
    ...fields,
  };
}

export function event(fields: Pick<EventItem, "dayOffset" | "description"> & Partial<EventItem>): EventItem {
  return { type: "event", label: null, kind: "treatment", partOfAnswer: false, ...fields };
}

export type CaseSeed = Partial<Omit<CaseInput, "resolution">> & { resolution?: Partial<CaseInput["resolution"]> };

/** Validates like the app does (so a seed cannot hold what the form could not) and writes the rows. */
export async function seedCase(authorId: string, seed: CaseSeed = {}): Promise<{ id: string; input: CaseInput }> {
  const tag = uid();
  const input = caseInput.parse({
    title: `E2E case ${tag}`,
    presentation: `Adult with foot pain for several weeks (${tag}).`,
    ageBand: "50–54",
    sex: "male",
    region: "Foot",
    tags: [],
    status: "open",
    timeline: [],
    ...seed,
    resolution: { diagnosis: "", certainty: null, basis: null, explanation: "", teachingPoints: "", ...seed.resolution },
  });
  const id = await database().$transaction((tx) => createCaseRows(tx, authorId, input));
  return { id, input };
}

/** What a case's rows look like now; compared before and after a refused write. */
export function caseSnapshot(id: string) {
  return database().case.findUnique({
    where: { id },
    select: {
      title: true, presentation: true, status: true, authorId: true, updatedAt: true, lastActivityAt: true,
      studies: { select: { id: true, position: true, dayOffset: true, findings: true }, orderBy: { position: "asc" } },
      events: { select: { id: true, position: true, dayOffset: true, description: true }, orderBy: { position: "asc" } },
    },
  });
}
