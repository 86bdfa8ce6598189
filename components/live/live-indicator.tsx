// The "Live" badge of every live view: what the event stream's connection is doing right now.
import type { LiveStatus } from "./use-event-source";

const LABELS: Record<LiveStatus, string> = { connecting: "Connecting…", live: "Live", reconnecting: "Connection lost: reconnecting…" };
const DOTS: Record<LiveStatus, string> = { connecting: "bg-slate-400", live: "bg-emerald-500", reconnecting: "bg-amber-500 motion-safe:animate-pulse" };

export function LiveIndicator({ status }: { status: LiveStatus }) {
  return (
    <span className="flex items-center gap-2 text-xs text-slate-600" role="status" aria-live="polite" data-testid="live-status" data-status={status}>
      <span aria-hidden className={`size-2 rounded-full ${DOTS[status]}`} />
      {LABELS[status]}
    </span>
  );
}
