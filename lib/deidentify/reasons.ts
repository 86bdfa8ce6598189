// Why an author saved text the guard flagged: a fixed list, shown in every form and recorded in
// the audit trail by name (never the text). Client-safe: no server imports.

export const OVERRIDE_REASONS = {
  not_identifying: "They are not identifiers (a coincidence of wording)",
  clinical_term: "They are clinical terms or eponyms, not people or places",
  public_source: "They come from a published, public source",
  consent: "The patient consented to this detail being shared",
} as const;
export type OverrideReason = keyof typeof OVERRIDE_REASONS;
export const OVERRIDE_REASON_KEYS = Object.keys(OVERRIDE_REASONS) as [OverrideReason, ...OverrideReason[]];

/** What a form sends with a save: the author's answer to the guard. */
export interface IdentifierConfirmation {
  identifiersConfirmed: boolean;
  identifiersReason?: OverrideReason;
}
