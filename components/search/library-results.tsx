// The library's results: cards (with a marked snippet when searching), paging, and an empty state
// that suggests a spelling and which filter to clear.
import Link from "next/link";
import { CaseCard } from "@/components/cases/case-card";
import { toCardItem } from "@/lib/cases/queries";
import type { SearchResult } from "@/lib/search/queries";
import { FILTER_KEYS, libraryHref } from "@/lib/search/params";
import type { SearchParams } from "@/lib/search/schema";
import { FILTER_NAMES } from "./active-filters";

export function SearchResults({ params, result }: { params: SearchParams; result: SearchResult }) {
  if (!result.items.length) return <EmptyResults params={params} result={result} />;
  return (
    <>
      <p className="text-sm text-slate-600" role="status" data-testid="result-count">
        {result.totalCapped
          ? `More than ${result.total.toLocaleString("en")} cases: ranked, sorted and counted among the newest ${result.total.toLocaleString("en")}. Add a word or a filter to narrow them.`
          : result.total === 1 ? "1 case" : `${result.total.toLocaleString("en")} cases`}
      </p>
      <ul className="grid gap-3 md:grid-cols-2" aria-label="Cases">
        {result.items.map((item) => <CaseCard key={item.id} item={toCardItem(item)} snippet={item.snippet} />)}
      </ul>
      <nav aria-label="Pages" className="flex justify-between">
        {params.page && params.page > 1 ? <Link href={libraryHref(params, { page: params.page - 1 })} className="btn-secondary" rel="prev">← Previous</Link> : <span />}
        {result.nextPage ? <Link href={libraryHref(params, { page: result.nextPage })} className="btn-secondary" rel="next">Next →</Link> : null}
        {result.nextCursor ? <Link href={libraryHref(params, { cursor: result.nextCursor })} className="btn-secondary" rel="next">Older cases →</Link> : null}
      </nav>
    </>
  );
}

function EmptyResults({ params, result }: { params: SearchParams; result: SearchResult }) {
  const active = FILTER_KEYS.filter((key) => params[key] !== undefined);
  return (
    <div className="card p-8 text-center" data-testid="empty-results">
      <h2 className="text-lg font-semibold">No cases match</h2>
      <ul className="mx-auto mt-3 max-w-md space-y-2 text-sm text-slate-700">
        {result.didYouMean ? (
          <li>
            Did you mean{" "}
            <Link href={libraryHref(params, { q: result.didYouMean })} className="font-medium text-brand-700 underline" data-testid="did-you-mean">
              {result.didYouMean}
            </Link>
            ?
          </li>
        ) : null}
        {active.map((key) => (
          <li key={key}>
            <Link href={libraryHref(params, { [key]: undefined })} className="underline">Clear the filter “{FILTER_NAMES[key]}”</Link>
          </li>
        ))}
        {params.q && active.length ? (
          <li><Link href={libraryHref({ q: params.q })} className="underline">Search “{params.q}” without filters</Link></li>
        ) : null}
        {!result.didYouMean && !active.length ? <li>Try fewer or different words, or a diagnosis&apos;s other name.</li> : null}
      </ul>
    </div>
  );
}
