import type { Metadata } from "next";
import Link from "next/link";
import { CaseCard } from "@/components/cases/case-card";
import { ActiveFilters } from "@/components/search/active-filters";
import { FilterPanel } from "@/components/search/filter-panel";
import { SearchResults } from "@/components/search/library-results";
import { SearchBox } from "@/components/search/search-box";
import { requireViewer } from "@/lib/auth/session";
import { toCardItem } from "@/lib/cases/queries";
import { firstKeyImages } from "@/lib/imaging/queries";
import { loadLibrary } from "@/lib/search/library";
import { libraryHref } from "@/lib/search/params";
import { parseSearchParams } from "@/lib/search/schema";

export const metadata: Metadata = { title: "Case library" };

export default async function CaseLibraryPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = parseSearchParams(await searchParams);
  const viewer = await requireViewer(libraryHref(params, { cursor: params.cursor, page: params.page }));
  const view = await loadLibrary(viewer, params);
  const keyImages = view.mode === "plain" ? await firstKeyImages(view.items.map((item) => item.id)) : {};
  const facets = view.mode === "search" ? view.result.facets : null;
  const labels = view.mode === "search"
    ? {
        dx: view.result.diagnosis?.name,
        author: facets?.authors.find((entry) => entry.value === params.author)?.label,
        team: facets?.teams.find((entry) => entry.value === params.team)?.label,
      }
    : {};

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold">Case library</h1>
          <p className="text-slate-600">Every case you may see{view.mode === "plain" ? ", most recent activity first" : ""}.</p>
        </div>
        <div className="flex gap-2">
          <Link href="/cases/import" className="btn-secondary">Import</Link>
          <Link href="/cases/new" className="btn-primary">New case</Link>
        </div>
      </div>
      <SearchBox id="library-search" defaultValue={params.q ?? ""} className="max-w-xl" />
      <ActiveFilters params={params} labels={labels} />
      {view.mode === "search" && view.result.diagnosis ? (
        <p className="text-sm">
          <Link href={`/diagnoses/${view.result.diagnosis.id}`} className="text-brand-700 underline">About {view.result.diagnosis.name}: names, codes and what it is confused with</Link>
        </p>
      ) : null}
      <div className="grid gap-4 lg:grid-cols-[16rem_minmax(0,1fr)] lg:gap-6">
        <FilterPanel params={params} facets={facets} />
        <div className="space-y-4">
          {view.mode === "search" ? <SearchResults params={params} result={view.result} /> : <PlainLibrary view={view} firstPage={!params.cursor} keyImages={keyImages} />}
        </div>
      </div>
    </div>
  );
}

function PlainLibrary({ view, firstPage, keyImages }: { view: Extract<Awaited<ReturnType<typeof loadLibrary>>, { mode: "plain" }>; firstPage: boolean; keyImages: Awaited<ReturnType<typeof firstKeyImages>> }) {
  return (
    <>
      {!view.cursorValid ? (
        <p role="alert" className="rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm">
          That page link is no longer valid. <Link href="/cases" className="underline">Start from the newest cases.</Link>
        </p>
      ) : null}
      {view.items.length ? (
        <ul className="grid gap-3 md:grid-cols-2" aria-label="Cases">
          {view.items.map((item) => <CaseCard key={item.id} item={toCardItem(item)} keyImage={keyImages[item.id]} />)}
        </ul>
      ) : firstPage ? (
        <div className="card p-8 text-center">
          <h2 className="text-lg font-semibold">No cases yet</h2>
          <p className="mx-auto mt-2 max-w-md text-sm text-slate-600">
            This library is empty. Write the first case (presentation, serial imaging and what happened), or import one from a colleague&apos;s export.
          </p>
          <div className="mt-4 flex justify-center gap-2">
            <Link href="/cases/new" className="btn-primary">Write a case</Link>
            <Link href="/cases/import" className="btn-secondary">Import a case</Link>
          </div>
        </div>
      ) : (
        <p className="card p-4 text-sm text-slate-600">No more cases. <Link href="/cases" className="underline">Back to the newest.</Link></p>
      )}
      <nav aria-label="Pages" className="flex justify-between">
        {!firstPage ? <Link href="/cases" className="btn-secondary">Newest cases</Link> : <span />}
        {view.nextCursor ? <Link href={`/cases?cursor=${view.nextCursor}`} className="btn-secondary" rel="next">Older cases →</Link> : null}
      </nav>
    </>
  );
}
