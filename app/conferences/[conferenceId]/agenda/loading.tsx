// Skeleton while the agenda loads: the header, the list and the side panel, in outline.
export default function AgendaLoading() {
  return (
    <div className="mx-auto max-w-6xl space-y-6" role="status" aria-live="polite">
      <span className="sr-only">Loading the agenda…</span>
      <div className="animate-pulse space-y-3" aria-hidden>
        <div className="h-4 w-48 rounded bg-slate-200" />
        <div className="h-7 w-3/4 max-w-md rounded bg-slate-200" />
        <div className="h-4 w-64 max-w-full rounded bg-slate-200" />
        <div className="flex flex-wrap gap-2">
          {Array.from({ length: 4 }, (_, index) => <div key={index} className="h-8 w-28 rounded-md bg-slate-200" />)}
        </div>
      </div>
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_22rem]" aria-hidden>
        <div className="card animate-pulse divide-y divide-slate-100">
          {Array.from({ length: 4 }, (_, index) => (
            <div key={index} className="flex items-center gap-3 px-4 py-4">
              <div className="h-4 w-5 rounded bg-slate-200" />
              <div className="h-4 flex-1 rounded bg-slate-200" />
              <div className="h-8 w-24 rounded-md bg-slate-100" />
            </div>
          ))}
        </div>
        <div className="card h-48 animate-pulse bg-slate-100" />
      </div>
    </div>
  );
}
