"use client";
// Polite announcements of live updates for screen readers (issue 29): new comments, votes,
// differentials and stage changes are said once, after what the listener is hearing now, and
// events that arrive together are said together ("2 new comments"). Nobody's typing is announced:
// only committed changes reach the stream.
import { useEffect, useRef, useState } from "react";

/** A visually hidden polite live region that says `message` whenever it changes. */
export function Announcer({ message, testId = "live-announcer" }: { message: string | null; testId?: string }) {
  return (
    <div role="status" aria-live="polite" aria-atomic="true" className="sr-only" data-testid={testId}>
      {message}
    </div>
  );
}

const PHRASES: Record<string, [one: string, many: (count: number) => string]> = {
  comment_posted: ["A new comment", (count) => `${count} new comments`],
  comment_edited: ["A comment was edited", (count) => `${count} comments were edited`],
  comment_deleted: ["A comment was deleted", (count) => `${count} comments were deleted`],
  comment_removed: ["A comment was removed", (count) => `${count} comments were removed`],
  differential_posted: ["A differential was posted", (count) => `${count} differentials were posted`],
  vote_cast: ["A vote was cast", (count) => `${count} votes were cast`],
  poll_opened: ["The poll is open", () => "The poll is open"],
  poll_closed: ["The poll is closed", () => "The poll is closed"],
  case_revealed: ["The answer has been revealed", () => "The answer has been revealed"],
};

/**
 * Collects case events for a moment and turns them into one sentence. Returns the announcement
 * and the function to call with each event's kind.
 */
export function useEventAnnouncements(waitMs = 1200): [string | null, (kind: string) => void] {
  const [message, setMessage] = useState<string | null>(null);
  const pending = useRef(new Map<string, number>());
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const flip = useRef(false);
  useEffect(() => () => {
    if (timer.current) clearTimeout(timer.current);
  }, []);
  const add = (kind: string) => {
    if (!PHRASES[kind]) return;
    pending.current.set(kind, (pending.current.get(kind) ?? 0) + 1);
    if (timer.current) return;
    timer.current = setTimeout(() => {
      timer.current = null;
      const parts = [...pending.current].map(([name, count]) => (count === 1 ? PHRASES[name]![0] : PHRASES[name]![1](count)));
      pending.current.clear();
      // The same sentence twice in a row would not be heard again: vary it by an invisible space.
      flip.current = !flip.current;
      setMessage(`${parts.join(". ")}.${flip.current ? "" : "\u00a0"}`);
    }, waitMs);
  };
  return [message, add];
}
