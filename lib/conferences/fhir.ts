// An MDT outcome as a FHIR R4 CarePlan, for hospital systems. The patient is de-identified in
// Rounds, so the subject is a logical reference to the Rounds case (an identifier, not a Patient
// id); the hospital's system maps it to its patient. Status follows sign-off: active once the
// chair signed, draft before. Typed against @types/fhir's R4 definitions.
import "server-only";
import type { Viewer } from "@/lib/core/viewer";
import { db } from "@/lib/core/db";
import { loadConference } from "./access";
import { canReadOutcomes } from "./policy";
import { outcomeView } from "./record-queries";

const escapeXhtml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

export async function getOutcomeCarePlan(viewer: Viewer, outcomeId: string, origin: string): Promise<fhir4.CarePlan | null> {
  const row = await db.outcome.findUnique({
    where: { id: outcomeId },
    select: {
      id: true, recommendation: true, managementPlan: true, followUp: true, dissent: true, version: true, createdAt: true, updatedAt: true, signedOffAt: true,
      signedOffBy: { select: { name: true } },
      amendments: { orderBy: { createdAt: "asc" }, select: { id: true, recommendation: true, managementPlan: true, followUp: true, dissent: true, reason: true, createdAt: true, author: { select: { name: true } } } },
      item: { select: { caseId: true, clinicalQuestion: true, conferenceId: true, conference: { select: { title: true, startsAt: true, chair: { select: { name: true } }, team: { select: { name: true } } } } } },
    },
  });
  if (!row) return null;
  const loaded = await loadConference(viewer, row.item.conferenceId);
  if (!loaded || !canReadOutcomes(viewer, loaded.conference, loaded.standing)) return null;
  const outcome = outcomeView(row);
  const { current } = outcome;
  const meeting = row.item.conference;
  const lastUpdated = row.amendments.at(-1)?.createdAt ?? row.signedOffAt ?? row.updatedAt;

  const notes: fhir4.Annotation[] = [
    { text: `Follow-up: ${current.followUp}` },
    ...(current.dissent ? [{ text: `Dissent noted: ${current.dissent}` }] : []),
    ...(row.item.clinicalQuestion ? [{ text: `Clinical question: ${row.item.clinicalQuestion}` }] : []),
    ...outcome.amendments.map((amendment) => ({ time: amendment.at, authorString: amendment.by, text: `Amended: ${amendment.reason}` })),
  ];
  return {
    resourceType: "CarePlan",
    id: row.id,
    meta: { lastUpdated: lastUpdated.toISOString(), versionId: String(row.version + row.amendments.length) },
    text: {
      status: "generated",
      div: `<div xmlns="http://www.w3.org/1999/xhtml"><p><b>MDT recommendation</b>: ${escapeXhtml(current.recommendation)}</p><p><b>Management plan</b>: ${escapeXhtml(current.managementPlan)}</p><p><b>Follow-up</b>: ${escapeXhtml(current.followUp)}</p></div>`,
    },
    identifier: [{ system: `${origin}/fhir/outcome`, value: row.id }],
    status: outcome.signedOff ? "active" : "draft",
    intent: "plan",
    category: [{ text: "Multidisciplinary team meeting outcome" }],
    title: `${meeting.team.name}: ${meeting.title}`,
    description: current.recommendation,
    subject: {
      type: "Patient",
      identifier: { system: `${origin}/fhir/case`, value: row.item.caseId },
      display: "De-identified patient of a Rounds case",
    },
    created: (row.signedOffAt ?? row.createdAt).toISOString(),
    ...(outcome.signedOff ? { author: { display: outcome.signedOff.by } } : {}),
    activity: [{ detail: { status: "not-started", description: current.managementPlan } }],
    note: notes,
  };
}
