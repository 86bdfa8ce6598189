// Vocabulary of a case, shared by the schemas (server) and the forms (client) without zod.

export const CASE_LIMITS = { title: 200, text: 20_000, shortText: 200, studies: 30, events: 100, tags: 20 } as const;

export const MODALITIES = ["MRI", "CT", "XR", "US", "NM", "PET-CT", "DXA", "Fluoroscopy", "Angiography", "Other"] as const;
export const BODY_REGIONS = [
  "Foot", "Ankle", "Leg", "Knee", "Thigh", "Hip", "Pelvis", "Spine", "Chest", "Abdomen",
  "Shoulder", "Arm", "Elbow", "Forearm", "Wrist", "Hand", "Head", "Neck", "Whole body", "Other",
] as const;
export const SEXES = ["female", "male", "intersex", "not_stated"] as const;
export const SEX_LABELS: Record<(typeof SEXES)[number], string> = {
  female: "Female",
  male: "Male",
  intersex: "Intersex",
  not_stated: "Not stated",
};
/** Statuses an author sets in the form. "resolved" is the reveal; "archived" comes later. */
export const AUTHORABLE_STATUSES = ["draft", "open", "unknown", "resolved"] as const;
export const EVENT_KINDS = ["treatment", "symptom_change", "lab_result", "outcome", "other"] as const;
export const EVENT_KIND_LABELS: Record<(typeof EVENT_KINDS)[number], string> = {
  treatment: "Treatment",
  symptom_change: "Symptom change",
  lab_result: "Lab result",
  outcome: "Outcome",
  other: "Other",
};
export const STUDY_CHANGES = ["progression", "stable", "resolution", "mixed"] as const;
/** Radiopaedia's grading of diagnostic certainty. */
export const CERTAINTIES = ["certain", "almost_certain", "probable", "possible"] as const;
export const CERTAINTY_LABELS: Record<(typeof CERTAINTIES)[number], string> = {
  certain: "Certain",
  almost_certain: "Almost certain",
  probable: "Probable",
  possible: "Possible",
};
export const BASES = ["histology", "follow_up_imaging", "clinical_course", "consensus"] as const;
export const BASIS_LABELS: Record<(typeof BASES)[number], string> = {
  histology: "Histology",
  follow_up_imaging: "Follow-up imaging",
  clinical_course: "Clinical course",
  consensus: "Consensus",
};

export const VISIBILITIES = ["team", "institution", "public"] as const;
export const VISIBILITY_LABELS: Record<(typeof VISIBILITIES)[number], string> = {
  team: "Team only",
  institution: "Everyone signed in at the institution",
  public: "Public (teaching cases)",
};
