// The reveal starts from the answer the author wrote (issue 26 item 2): a field the reveal does not
// send keeps the authored value, and a field that would replace a non-empty authored value is a
// change the revealer must confirm (the action refuses it otherwise and lists what would change).
import "server-only";
import { BASIS_LABELS, CERTAINTY_LABELS } from "@/lib/cases/constants";
import type { z } from "zod";
import { db, sql } from "@/lib/core/db";
import { fail, type Failure } from "@/lib/core/result";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Certainty, DiagnosisBasis } from "@/lib/generated/prisma/enums";
import type { revealInput } from "./schema";

/** The answer as authored, in the reveal form's terms. */
export interface AuthoredAnswer {
  diagnosisId: string | null;
  /** The catalogue entry's name, else the author's free text. */
  diagnosis: string | null;
  certainty: string | null;
  basis: string | null;
  explanation: string;
  teachingPoints: string;
  /** Secondary final diagnoses (decision 067), in the author's order. */
  secondary: Array<{ diagnosisId: string; name: string; scoresVotes: boolean }>;
}

export async function readAuthoredAnswer(caseId: string): Promise<AuthoredAnswer | null> {
  const [row] = await sql<AuthoredAnswer[]>(Prisma.sql`
    select r."diagnosisId", coalesce(d.name, r."diagnosisText") as diagnosis, r.certainty::text as certainty, r.basis::text as basis,
           coalesce(r.explanation, '') as explanation, coalesce(r."teachingPoints", '') as "teachingPoints",
           coalesce((select json_agg(json_build_object('diagnosisId', f."diagnosisId", 'name', fd.name, 'scoresVotes', f."scoresVotes") order by f.position)
                     from "FinalDiagnosis" f join "Diagnosis" fd on fd.id = f."diagnosisId" where f."caseId" = r."caseId"), '[]') as secondary
    from "Resolution" r left join "Diagnosis" d on d.id = r."diagnosisId"
    where r."caseId" = ${caseId}`);
  return row ?? null;
}

export type RevealField = "diagnosis" | "certainty" | "basis" | "explanation" | "teachingPoints";
export interface RevealChange {
  field: RevealField;
  label: string;
  from: string;
  to: string;
}

export interface RevealValues {
  diagnosis: { id: string; name: string };
  certainty: string;
  basis: string;
  explanation: string;
  teachingPoints: string;
}

const LABELS: Record<RevealField, string> = {
  diagnosis: "Final diagnosis",
  certainty: "Certainty",
  basis: "Basis",
  explanation: "Explanation",
  teachingPoints: "Teaching points",
};
const shown = (field: RevealField, value: string): string =>
  field === "certainty" ? (CERTAINTY_LABELS as Record<string, string>)[value] ?? value : field === "basis" ? (BASIS_LABELS as Record<string, string>)[value] ?? value : value;

/**
 * What the reveal would overwrite: each field whose authored value is not empty and differs from
 * the revealed one. Filling in what the author left empty is not an overwrite.
 */
export function revealChanges(authored: AuthoredAnswer | null, next: RevealValues): RevealChange[] {
  if (!authored) return [];
  const before: Record<RevealField, string> = {
    diagnosis: authored.diagnosis ?? "",
    certainty: authored.certainty ?? "",
    basis: authored.basis ?? "",
    explanation: authored.explanation.trim(),
    teachingPoints: authored.teachingPoints.trim(),
  };
  const after: Record<RevealField, string> = { ...next, diagnosis: next.diagnosis.name, explanation: next.explanation.trim(), teachingPoints: next.teachingPoints.trim() };
  return (Object.keys(LABELS) as RevealField[])
    .filter((field) => before[field] !== "" && (field === "diagnosis" ? before[field].toLowerCase() !== after[field].toLowerCase() : before[field] !== after[field]))
    .map((field) => ({ field, label: LABELS[field], from: shown(field, before[field]), to: shown(field, after[field]) }));
}

type RevealInput = z.output<typeof revealInput>;
export interface RevealPlan {
  values: RevealValues;
  secondary: Array<{ diagnosisId: string; scoresVotes: boolean }>;
}

/**
 * The answer the reveal would publish: each field sent, else the authored one; refused (typed)
 * when something is missing or not in the catalogue, or when it would overwrite the authored
 * answer without `confirmChanges`. `showValues`: whether the refusal may quote the authored values
 * (only to someone who may see the answer; a lead who may not learns which fields differ).
 */
export async function planReveal(caseId: string, input: RevealInput, { viewerId, showValues }: { viewerId: string; showValues: boolean }): Promise<Failure<{ changes: RevealChange[] }> | RevealPlan> {
  const authored = await readAuthoredAnswer(caseId);
  const diagnosisId = input.diagnosisId ?? authored?.diagnosisId ?? null;
  const secondary = input.secondary ?? authored?.secondary.map(({ diagnosisId: id, scoresVotes }) => ({ diagnosisId: id, scoresVotes })) ?? [];
  const ids = [...new Set([diagnosisId, ...secondary.map((item) => item.diagnosisId)].filter((id): id is string => id !== null))];
  // A catalogue entry, or the revealer's own proposal for a missing one (reviewed like any other).
  const accepted = await db.diagnosis.findMany({
    where: { id: { in: ids }, OR: [{ status: "accepted" }, { status: "proposed", proposedById: viewerId }] },
    select: { id: true, name: true },
  });
  const byId = new Map(accepted.map((row) => [row.id, row]));

  const fieldErrors: Record<string, string[]> = {};
  const diagnosis = diagnosisId ? byId.get(diagnosisId) : undefined;
  if (!diagnosis) fieldErrors.diagnosisId = [authored?.diagnosis && !diagnosisId ? `"${showValues ? authored.diagnosis : "The authored diagnosis"}" is not a catalogue entry: choose it from the catalogue.` : "Not in the catalogue."];
  secondary.forEach((item, index) => {
    if (!byId.has(item.diagnosisId)) fieldErrors[`secondary.${index}.diagnosisId`] = ["Not in the catalogue."];
    else if (item.diagnosisId === diagnosisId || secondary.findIndex((other) => other.diagnosisId === item.diagnosisId) < index) fieldErrors[`secondary.${index}.diagnosisId`] = ["Already a final diagnosis of this case."];
  });
  const certainty = input.certainty ?? authored?.certainty ?? "";
  const basis = input.basis ?? authored?.basis ?? "";
  const explanation = input.explanation ?? authored?.explanation ?? "";
  if (!certainty) fieldErrors.certainty = ["Say how certain the diagnosis is."];
  if (!basis) fieldErrors.basis = ["Say what the diagnosis rests on."];
  if (!explanation.trim()) fieldErrors.explanation = ["Explain the answer in a sentence or two."];
  if (Object.keys(fieldErrors).length) {
    return fail("invalid_input", fieldErrors.diagnosisId ? "Choose the final diagnosis from the catalogue." : "Some fields need attention.", { fieldErrors });
  }
  const values: RevealValues = { diagnosis: diagnosis!, certainty, basis, explanation, teachingPoints: input.teachingPoints ?? authored?.teachingPoints ?? "" };
  const changes = revealChanges(authored, values);
  if (changes.length && !input.confirmChanges) {
    return fail("conflict", `Revealing this would change the author's answer (${changes.map((change) => change.label.toLowerCase()).join(", ")}). Check the changes and confirm them.`, {
      details: { changes: showValues ? changes : changes.map((change) => ({ ...change, from: "", to: "" })) },
    });
  }
  return { values, secondary };
}

/** Writes the revealed answer and its secondary diagnoses, in the reveal's transaction. */
export async function writeReveal(tx: Prisma.TransactionClient, caseId: string, { values, secondary }: RevealPlan): Promise<void> {
  const data = {
    diagnosisId: values.diagnosis.id, diagnosisText: values.diagnosis.name, certainty: values.certainty as Certainty, basis: values.basis as DiagnosisBasis,
    explanation: values.explanation, teachingPoints: values.teachingPoints || null, revealedAt: new Date(),
  };
  await tx.resolution.upsert({ where: { caseId }, create: { caseId, ...data }, update: data });
  await tx.finalDiagnosis.deleteMany({ where: { caseId } });
  if (secondary.length) {
    await tx.finalDiagnosis.createMany({ data: secondary.map((item, index) => ({ caseId, diagnosisId: item.diagnosisId, position: index + 2, scoresVotes: item.scoresVotes })) });
  }
}
