// Conference vocabulary shared by server and client (no zod here: it would ship to the browser).
export const CONFERENCE_KINDS = ["teaching", "mdt"] as const;
export type ConferenceKindName = (typeof CONFERENCE_KINDS)[number];
export const CONFERENCE_KIND_LABELS: Record<ConferenceKindName, string> = {
  teaching: "Teaching conference",
  mdt: "MDT meeting",
};

/** Specialties attendance is recorded with; a team's required specialties are chosen from these. */
export const SPECIALTIES = [
  "Radiology",
  "Orthopaedic surgery",
  "Rheumatology",
  "Pathology",
  "Oncology",
  "Sports and exercise medicine",
  "Physiotherapy",
  "Podiatry",
  "Plastic surgery",
  "Vascular surgery",
  "Endocrinology",
  "Nursing",
  "Other",
] as const;
export type Specialty = (typeof SPECIALTIES)[number];

export const MAX_AGENDA_ITEMS = 30;

/** A case author's consent to a reveal at one conference (issue 26 item 9). */
export const REVEAL_CONSENTS = ["none", "room", "resolve"] as const;
export type RevealConsentName = (typeof REVEAL_CONSENTS)[number];
export const REVEAL_CONSENT_LABELS: Record<RevealConsentName, string> = {
  none: "Not allowed: the answer stays hidden from the room",
  room: "The presenter may reveal the answer to the room (the case stays unknown elsewhere)",
  resolve: "The presenter may reveal it, and the reveal resolves the case for everyone",
};
/** How many leading diagnoses a participant gives at one stage. */
export const MAX_STAGED_DIAGNOSES = 3;
/** Join codes avoid letters and digits that are easy to confuse on a projector (0/O, 1/I/L). */
export const JOIN_CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
export const JOIN_CODE_LENGTH = 6;

/** Keys of the presenter's keyboard (kept here so the help text and the handler agree). */
export const PRESENTER_KEYS = [
  { key: "→", action: "next step" },
  { key: "←", action: "previous step" },
  { key: "V", action: "open or close the vote" },
  { key: "R", action: "reveal" },
  { key: "N", action: "next case" },
  { key: "↑ ↓", action: "previous or next slice of the images on screen" },
] as const;
