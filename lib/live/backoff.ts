// How long a live stream's client waits before reconnect attempt `attempt` (0-based): 1 s doubling
// to 30 s, each wait drawn between half and all of that ("equal jitter"), so that the phones of a
// lecture hall that lost their streams at the same moment do not come back in step. Shared by the
// browser hook (components/live/use-event-source.ts); no server code here.

export const FIRST_RECONNECT_DELAY_MS = 1_000;
export const MAX_RECONNECT_DELAY_MS = 30_000;

export function reconnectDelay(attempt: number, random: () => number = Math.random): number {
  const ceiling = Math.min(MAX_RECONNECT_DELAY_MS, FIRST_RECONNECT_DELAY_MS * 2 ** Math.min(Math.max(attempt, 0), 16));
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}
