// Re-identification risk (issue 25 item 7): text with no identifier can still point at one person
// when a rare diagnosis meets a small-community detail (a named town, an occupation, a very
// young or very old age band), or when a case written for a team is about to become public.
// Warnings only: the author decides, as Radiopaedia's case guidance asks them to.
import { findIdentifiers } from "./guard";
import { OCCUPATIONS } from "./vocabulary";

export interface RiskContext {
  /** The free texts of the case (title, presentation, findings...). */
  texts: string[];
  ageBand?: string | null;
  /** The catalogue's rare flag for the final diagnosis, when the catalogue has one. */
  rareDiagnosis?: boolean | null;
  diagnosisName?: string | null;
  visibility?: string | null;
  /** The visibility the case has now (before this save). */
  previousVisibility?: string | null;
}

export interface RiskWarning {
  kind: "rare_with_community_detail" | "team_case_made_public";
  message: string;
  /** The details that make the combination risky, as the author wrote them. */
  details: string[];
}

const OCCUPATION_RE = new RegExp(`\\b(?:${[...new Set(OCCUPATIONS)].join("|")})s?\\b`, "gi");
const EXTREME_BANDS = new Set(["0–4", "85–89", "90+"]);

/** Small-community details in the texts and age band: towns and places, occupations, extreme ages. */
export function communityDetails(context: Pick<RiskContext, "texts" | "ageBand">): string[] {
  const details = new Set<string>();
  for (const text of context.texts) {
    if (!text) continue;
    for (const f of findIdentifiers(text)) if (f.kind === "location" || f.kind === "address" || f.kind === "postcode") details.add(f.text);
    for (const m of text.matchAll(OCCUPATION_RE)) details.add(m[0].toLowerCase());
  }
  if (context.ageBand && EXTREME_BANDS.has(context.ageBand)) details.add(`age band ${context.ageBand}`);
  return [...details];
}

export function reidentificationRisks(context: RiskContext): RiskWarning[] {
  const warnings: RiskWarning[] = [];
  if (context.rareDiagnosis) {
    const details = communityDetails(context);
    if (details.length) {
      warnings.push({
        kind: "rare_with_community_detail",
        message:
          `${context.diagnosisName ? `"${context.diagnosisName}" is` : "The diagnosis is"} rare. Together with ${details.length === 1 ? "this detail" : "these details"}, ` +
          "someone who knows the patient's community could recognise them even without a name. Remove or generalise the detail (a region instead of a town, a broader age band, \"manual worker\" instead of the job) unless it matters for the teaching.",
        details,
      });
    }
  }
  if (context.previousVisibility === "team" && context.visibility === "public") {
    warnings.push({
      kind: "team_case_made_public",
      message:
        "This case was written for your team and is about to become public. Team notes often carry details a team shares (dates, places, colleagues, the referring hospital) that are safe inside the team and identifying outside it: read every field again before publishing.",
      details: [],
    });
  }
  return warnings;
}
