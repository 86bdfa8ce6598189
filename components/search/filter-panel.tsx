"use client";
// Filters and sort as a GET form (shareable URLs; the back button works), with the facet counts of
// the current results beside each value, and the facets without a fixed vocabulary (tags,
// diagnoses, authors, teams) as links that add the filter.
// With JavaScript the form navigates to a URL of only the parameters that are set (no `region=&`);
// without it the browser submits the plain form and the page reads empty values as unset. The
// controls always show the URL's values: the panel is keyed on the parameters, so Back or a link
// that changes them remounts it with its defaults; the form opts out of the browser restoring
// typed values on a history navigation (autocomplete="off") and resets to them when the browser
// shows the page again from its back-forward cache. Else it would show a filter the URL no longer
// has, and re-apply it on the next "Apply".
// On a phone they sit behind a "Filters" disclosure (a native <details>, no client script) so the
// results come first; from the lg breakpoint the disclosure is always open beside the results
// (the .filter-disclosure rules in app/globals.css, decision 105).
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useTransition, type FormEvent } from "react";
import { BODY_REGIONS, CERTAINTIES, CERTAINTY_LABELS, MODALITIES } from "@/lib/cases/constants";
import type { FacetValue, SearchFacets } from "@/lib/search/queries";
import { FILTER_KEYS, libraryHref, SEARCH_SORTS, SEARCH_STATUSES, SORT_LABELS } from "@/lib/search/params";
import type { SearchParams } from "@/lib/search/schema";
import { resetWhenRestored } from "./search-box";

const STATUS_LABELS: Record<(typeof SEARCH_STATUSES)[number], string> = { unknown: "Unknown", open: "Open", resolved: "Resolved" };

function withCount(label: string, value: string, facet: FacetValue[] | undefined): string {
  if (!facet) return label;
  return `${label} (${facet.find((entry) => entry.value === value)?.count ?? 0})`;
}

/** `anyLabel`: what the empty choice means ("Any" for a filter; the default order for the sort). */
function Select({ name, label, value, options, anyLabel = "Any" }: { name: string; label: string; value: string | undefined; options: Array<[string, string]>; anyLabel?: string }) {
  return (
    <label className="block text-sm">
      <span className="font-medium text-slate-700">{label}</span>
      <select name={name} defaultValue={value ?? ""} className="field-input mt-1 w-full py-1.5 text-sm">
        <option value="">{anyLabel}</option>
        {options.map(([optionValue, optionLabel]) => <option key={optionValue} value={optionValue}>{optionLabel}</option>)}
      </select>
    </label>
  );
}

function FacetLinks({ title, facet, params, param }: { title: string; facet: FacetValue[] | undefined; params: SearchParams; param: "tag" | "dx" | "author" | "team" }) {
  if (!facet?.length) return null;
  return (
    <div>
      <h3 className="text-sm font-medium text-slate-700">{title}</h3>
      <ul className="mt-1 space-y-0.5 text-sm" aria-label={title}>
        {facet.map((entry) => (
          <li key={entry.value}>
            <Link prefetch={false} href={libraryHref(params, { [param]: entry.value })} className="text-brand-700 hover:underline" aria-current={params[param] === entry.value ? "true" : undefined}>
              {entry.label}
            </Link>{" "}
            <span className="text-slate-500">({entry.count})</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The library URL the form's set fields make (page and cursor reset; empty fields left out). */
function filterFormHref(form: HTMLFormElement): string {
  const fields: Record<string, string> = {};
  for (const [name, value] of new FormData(form)) {
    if (typeof value === "string" && value.trim()) fields[name] = value.trim();
  }
  return libraryHref({}, fields);
}

/** A key that changes whenever the URL's search parameters do (the panel remounts with them). */
const paramsKey = (params: SearchParams) => libraryHref(params, { page: params.page, cursor: params.cursor });

export function FilterPanel({ params, facets }: { params: SearchParams; facets: SearchFacets | null }) {
  return <FilterPanelFor key={paramsKey(params)} params={params} facets={facets} />;
}

function FilterPanelFor({ params, facets }: { params: SearchParams; facets: SearchFacets | null }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => resetWhenRestored(form), []);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const href = filterFormHref(event.currentTarget);
    startTransition(() => router.push(href));
  };
  const activeCount = FILTER_KEYS.filter((key) => params[key] !== undefined).length;
  return (
    <aside aria-label="Filters">
      <details className="filter-disclosure group" data-testid="filter-disclosure">
        <summary className="btn-secondary w-full cursor-pointer list-none justify-between [&::-webkit-details-marker]:hidden" data-testid="filter-toggle">
          <span className="flex items-center gap-2">
            Filters
            {activeCount ? <span className="badge bg-brand-700 text-white">{activeCount} active</span> : null}
          </span>
          <svg aria-hidden viewBox="0 0 20 20" fill="currentColor" className="size-4 text-slate-500 transition-transform group-open:rotate-180">
            <path fillRule="evenodd" d="M5.23 7.21a.75.75 0 0 1 1.06.02L10 11.17l3.71-3.94a.75.75 0 1 1 1.08 1.04l-4.25 4.5a.75.75 0 0 1-1.08 0l-4.25-4.5a.75.75 0 0 1 .02-1.06Z" clipRule="evenodd" />
          </svg>
        </summary>
        <div className="mt-3 space-y-4 lg:mt-0">
          <form ref={form} action="/cases" method="get" autoComplete="off" onSubmit={onSubmit} aria-busy={pending || undefined} className="card space-y-3 p-4" data-testid="filters">
            {params.q ? <input type="hidden" name="q" value={params.q} /> : null}
            {params.author ? <input type="hidden" name="author" value={params.author} /> : null}
            {params.team ? <input type="hidden" name="team" value={params.team} /> : null}
            <Select name="sort" label="Sort by" value={params.sort} anyLabel={params.q ? `${SORT_LABELS.relevance} (default)` : `${SORT_LABELS.activity} (default)`} options={SEARCH_SORTS.map((sort) => [sort, SORT_LABELS[sort]])} />
            <Select name="region" label="Body region" value={params.region} options={BODY_REGIONS.map((region) => [region, withCount(region, region, facets?.regions)])} />
            <Select name="modality" label="Modality" value={params.modality} options={MODALITIES.map((modality) => [modality, withCount(modality, modality, facets?.modalities)])} />
            <Select name="status" label="Status" value={params.status} options={SEARCH_STATUSES.map((status) => [status, withCount(STATUS_LABELS[status], status, facets?.statuses)])} />
            <Select name="certainty" label="Certainty" value={params.certainty} options={CERTAINTIES.map((certainty) => [certainty, withCount(CERTAINTY_LABELS[certainty], certainty, facets?.certainties)])} />
            <label className="block text-sm">
              <span className="font-medium text-slate-700">Diagnosis (any name)</span>
              <input name="dx" defaultValue={params.dx ?? ""} maxLength={200} className="field-input mt-1 w-full py-1.5 text-sm" />
            </label>
            <label className="block text-sm">
              <span className="font-medium text-slate-700">Tag</span>
              <input name="tag" defaultValue={params.tag ?? ""} maxLength={60} className="field-input mt-1 w-full py-1.5 text-sm" />
            </label>
            <fieldset className="grid grid-cols-2 gap-2 text-sm">
              <legend className="font-medium text-slate-700">Activity</legend>
              <label>From <input type="date" name="from" defaultValue={params.from ?? ""} className="field-input mt-1 w-full py-1 text-sm" /></label>
              <label>Until <input type="date" name="to" defaultValue={params.to ?? ""} className="field-input mt-1 w-full py-1 text-sm" /></label>
            </fieldset>
            <label className="flex items-center gap-2 text-sm">
              <input type="checkbox" name="images" value="1" defaultChecked={params.images === "1"} />
              Has images{facets ? ` (${facets.withImages})` : ""}
            </label>
            <label className="flex items-center gap-2 text-sm">
              <input type="checkbox" name="discussed" value="1" defaultChecked={params.discussed === "1"} />
              Discussed at a conference{facets ? ` (${facets.discussedCount})` : ""}
            </label>
            <button type="submit" className={`btn-primary w-full ${pending ? "opacity-70" : ""}`}>Apply filters</button>
          </form>
          {facets ? (
            <div className="card space-y-3 p-4">
              <FacetLinks title="Tags" facet={facets.tags} params={params} param="tag" />
              <FacetLinks title="Diagnoses" facet={facets.diagnoses} params={params} param="dx" />
              <FacetLinks title="Authors" facet={facets.authors} params={params} param="author" />
              <FacetLinks title="Teams" facet={facets.teams} params={params} param="team" />
            </div>
          ) : (
            <p className="text-sm text-slate-600">Search or pick a filter to see how many cases each value has.</p>
          )}
        </div>
      </details>
    </aside>
  );
}
