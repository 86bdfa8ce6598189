// The authoring form's state: what the author has typed, as strings (so nothing typed is lost to
// parsing), and its conversion to the save action's input. Shared by the form's parts.
import type { FinalDiagnosesValue } from "@/components/diagnoses/final-diagnoses";
import type { CaseInput } from "@/lib/cases/schema";
import { finalDiagnosesDraft, finalDiagnosesPayload } from "./case-form-final-diagnosis";

export type StudyDraft = {
  key: string; type: "study"; id?: string; dayOffset: string; label: string; modality: string; region: string;
  technique: string; contrast: boolean; findings: string; impression: string; change: string;
  /** Hidden until the reveal (decision 065). */
  partOfAnswer?: boolean;
};
export type EventDraft = { key: string; type: "event"; id?: string; dayOffset: string; label: string; kind: string; description: string; partOfAnswer?: boolean };
export type ItemDraft = StudyDraft | EventDraft;

export interface Draft {
  title: string; presentation: string; ageBand: string; sex: string; region: string; tags: string; status: string;
  visibility: string; teamId: string;
  /** A step-through unknown (decision 088). */
  stepThrough: boolean;
  timeline: ItemDraft[];
  resolution: { diagnosis: string; certainty: string; basis: string; explanation: string; teachingPoints: string };
  /** The primary and secondary final diagnoses, picked from the catalogue (case-form-final-diagnosis.tsx). */
  finalDiagnoses: FinalDiagnosesValue;
}

let keyCounter = 0;
export const nextKey = () => `item-${++keyCounter}`;

export function toDraft(value?: CaseInput): Draft {
  return {
    title: value?.title ?? "",
    presentation: value?.presentation ?? "",
    ageBand: value?.ageBand ?? "",
    sex: value?.sex ?? "",
    region: value?.region ?? "",
    tags: value?.tags.join(", ") ?? "",
    status: value?.status ?? "draft",
    visibility: value?.visibility ?? "institution",
    teamId: value?.teamId ?? "",
    stepThrough: value?.stepThrough ?? false,
    timeline: (value?.timeline ?? []).map((item): ItemDraft =>
      item.type === "study"
        ? { key: nextKey(), type: "study", id: item.id, dayOffset: String(item.dayOffset), label: item.label ?? "", modality: item.modality, region: item.region,
            technique: item.technique, contrast: item.contrast, findings: item.findings, impression: item.impression, change: item.change ?? "", partOfAnswer: item.partOfAnswer ?? false }
        : { key: nextKey(), type: "event", id: item.id, dayOffset: String(item.dayOffset), label: item.label ?? "", kind: item.kind, description: item.description, partOfAnswer: item.partOfAnswer ?? false },
    ),
    resolution: {
      diagnosis: value?.resolution.diagnosis ?? "",
      certainty: value?.resolution.certainty ?? "",
      basis: value?.resolution.basis ?? "",
      explanation: value?.resolution.explanation ?? "",
      teachingPoints: value?.resolution.teachingPoints ?? "",
    },
    finalDiagnoses: finalDiagnosesDraft(value?.resolution),
  };
}

/** Form state -> the action's input. Blank selects become null; zod does the rest. */
export function toPayload(draft: Draft) {
  return {
    title: draft.title,
    presentation: draft.presentation,
    ageBand: draft.ageBand,
    sex: draft.sex,
    region: draft.region,
    tags: draft.tags.split(",").map((tag) => tag.trim()).filter(Boolean),
    status: draft.status,
    visibility: draft.visibility,
    teamId: draft.visibility === "team" ? draft.teamId || null : null,
    stepThrough: draft.stepThrough,
    timeline: draft.timeline.map((item) => {
      const dayOffset = item.dayOffset.trim() === "" ? Number.NaN : Number(item.dayOffset);
      if (item.type === "study") {
        const { key: _key, change, ...rest } = item;
        return { ...rest, dayOffset, change: change || null };
      }
      const { key: _key, ...rest } = item;
      return { ...rest, dayOffset };
    }),
    resolution: {
      ...draft.resolution,
      ...finalDiagnosesPayload(draft.finalDiagnoses, draft.resolution.diagnosis),
      certainty: draft.resolution.certainty || null,
      basis: draft.resolution.basis || null,
    },
  };
}

const FIELD_NAMES: Record<string, string> = {
  title: "Title", presentation: "Presentation", tags: "Tags", label: "Label", region: "Region", technique: "Technique",
  findings: "Findings", impression: "Impression", description: "Description", diagnosis: "Diagnosis",
  explanation: "Explanation", teachingPoints: "Teaching points",
};

export function describeField(path: string, draft: Draft): string {
  const parts = path.split(".");
  if (parts[0] === "timeline") {
    const index = Number(parts[1]);
    const item = draft.timeline[index];
    const kind = item?.type === "study" ? `Study (${item.modality || "study"})` : "Event";
    return `${kind} ${index + 1}, ${FIELD_NAMES[parts[2] ?? ""] ?? parts[2]}`;
  }
  return FIELD_NAMES[parts.at(-1) ?? ""] ?? path;
}
