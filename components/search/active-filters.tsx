// The filters in force, each with a link that removes it, and "clear all".
import Link from "next/link";
import { FILTER_KEYS, libraryHref, type FilterKey } from "@/lib/search/params";
import type { SearchParams } from "@/lib/search/schema";

const NAMES: Record<FilterKey, string> = {
  region: "Region", modality: "Modality", status: "Status", dx: "Diagnosis", certainty: "Certainty", tag: "Tag",
  author: "Author", team: "Team", images: "Has images", discussed: "Discussed at a conference", from: "Active from", to: "Active until",
};

export function ActiveFilters({ params, labels }: { params: SearchParams; labels: Partial<Record<FilterKey, string>> }) {
  const active = FILTER_KEYS.filter((key) => params[key] !== undefined);
  if (!active.length && !params.q) return null;
  return (
    <ul aria-label="Active filters" className="flex flex-wrap items-center gap-2 text-sm">
      {params.q ? (
        <li>
          <Link href={libraryHref(params, { q: undefined })} className="badge bg-brand-50 text-brand-800 hover:underline" aria-label={`Remove search "${params.q}"`}>
            “{params.q}” ×
          </Link>
        </li>
      ) : null}
      {active.map((key) => (
        <li key={key}>
          <Link href={libraryHref(params, { [key]: undefined })} className="badge bg-slate-100 text-slate-800 hover:underline" aria-label={`Remove filter ${NAMES[key]}`}>
            {NAMES[key]}{params[key] === "1" ? "" : `: ${labels[key] ?? params[key]}`} ×
          </Link>
        </li>
      ))}
      <li>
        <Link href="/cases" className="text-slate-600 underline">Clear all</Link>
      </li>
    </ul>
  );
}

export { NAMES as FILTER_NAMES };
