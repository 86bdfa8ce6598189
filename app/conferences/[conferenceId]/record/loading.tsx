// Skeleton while the meeting record loads: attendance, then a case or two.
export default function MeetingRecordLoading() {
  return (
    <div className="mx-auto max-w-4xl space-y-6" role="status" aria-live="polite">
      <span className="sr-only">Loading the meeting record…</span>
      <div className="animate-pulse space-y-3" aria-hidden>
        <div className="h-4 w-48 rounded bg-slate-200" />
        <div className="h-7 w-3/4 max-w-md rounded bg-slate-200" />
        <div className="h-4 w-64 max-w-full rounded bg-slate-200" />
      </div>
      <div className="card animate-pulse space-y-3 p-4 sm:p-6" aria-hidden>
        <div className="h-5 w-32 rounded bg-slate-200" />
        <div className="h-9 rounded-md bg-slate-100" />
        {Array.from({ length: 3 }, (_, index) => <div key={index} className="h-4 w-2/3 rounded bg-slate-200" />)}
      </div>
      {Array.from({ length: 2 }, (_, index) => (
        <div key={index} className="card animate-pulse space-y-3 p-4 sm:p-6" aria-hidden>
          <div className="h-5 w-1/2 rounded bg-slate-200" />
          <div className="h-4 w-1/3 rounded bg-slate-200" />
          <div className="h-20 rounded-md bg-slate-100" />
        </div>
      ))}
    </div>
  );
}
