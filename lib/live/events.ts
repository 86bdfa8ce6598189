// The live-event protocol's vocabulary, shared by the server (which records events) and the
// browser (which reacts to them). No server code here: client components import it.

/** What happened to a case; one CaseActivity row and one notification per event. */
export const CASE_EVENT_KINDS = [
  "case_created",
  "case_updated",
  "case_revealed",
  "comment_posted",
  "comment_edited",
  "comment_deleted",
  "comment_removed",
  "differential_posted",
  "support_changed",
  "vote_cast",
  "poll_opened",
  "poll_closed",
  "poll_settings",
  "images_changed",
] as const;
export type CaseEventKind = (typeof CASE_EVENT_KINDS)[number];

/** The events the discussion reacts to. */
export const DISCUSSION_EVENT_KINDS: ReadonlySet<string> = new Set<CaseEventKind>(["comment_posted", "comment_edited", "comment_deleted", "comment_removed"]);

/** The events that change the differentials and votes panel. */
export const THINKING_EVENT_KINDS: ReadonlySet<string> = new Set<CaseEventKind>(["differential_posted", "support_changed", "vote_cast", "poll_opened", "poll_closed", "poll_settings", "case_revealed"]);

/**
 * The SSE event a stopping server sends before closing each stream: reconnect now (after a short
 * random wait), from the last event id, to whichever instance answers.
 */
export const RECONNECT_EVENT = "reconnect";

/** The events that change a study's images (an upload finished, series renamed, key image set...). */
export const IMAGE_EVENT_KINDS: ReadonlySet<string> = new Set<CaseEventKind>(["images_changed"]);

/**
 * Signals on a case's stream that are not logged (no CaseActivity row, no event id, no replay):
 * an upload's processing progress. The client refetches its uploads' status on each; after a
 * reconnect it refetches anyway.
 */
export const CASE_SIGNAL_KINDS = ["upload_progress"] as const;
export type CaseSignalKind = (typeof CASE_SIGNAL_KINDS)[number];
