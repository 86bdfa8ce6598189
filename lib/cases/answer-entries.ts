// Timeline entries that are part of the answer (decision 065), dropped from a case read right
// after it, before anything else sees the row: the page, the thinking and comments APIs, the
// studies a differential or comment may cite. The rule is policy.canSeeTimelineEntry.
import type { Viewer } from "@/lib/core/viewer";
import { canSeeTimelineEntry, type CaseAccessFacts } from "./policy";

interface WithEntries {
  studies: Array<{ partOfAnswer: boolean }>;
  events: Array<{ partOfAnswer: boolean }>;
}

export function withEntriesFor<Row extends CaseAccessFacts & WithEntries>(viewer: Viewer | null, row: Row): Row {
  const seen = (entry: { partOfAnswer: boolean }) => canSeeTimelineEntry(viewer, row, entry);
  if (row.studies.every(seen) && row.events.every(seen)) return row;
  return { ...row, studies: row.studies.filter(seen), events: row.events.filter(seen) };
}
