// A case's timeline as pages show it: studies and events interleaved in day order, each with its
// "when". Moved out of queries.ts (files under ~300 lines); queries.ts re-exports it.
import { byTimeline, formatOffset } from "./timeline";

export type TimelineEntry =
  | {
      type: "study";
      id: string;
      dayOffset: number;
      when: string;
      modality: string;
      region: string;
      technique: string;
      contrast: boolean;
      findings: string;
      impression: string;
      change: string | null;
      /** Part of the answer (decision 065): only viewers who may see the answer get such an entry at all. */
      partOfAnswer: boolean;
    }
  | { type: "event"; id: string; dayOffset: number; when: string; kind: string; description: string; partOfAnswer: boolean };

export const timelineSelect = {
  studies: {
    select: {
      id: true, position: true, dayOffset: true, label: true, modality: true, region: true,
      technique: true, contrast: true, findings: true, impression: true, change: true, partOfAnswer: true,
    },
  },
  events: { select: { id: true, position: true, dayOffset: true, label: true, kind: true, description: true, partOfAnswer: true } },
} as const;

export type StudyRow = Omit<Extract<TimelineEntry, { type: "study" }>, "type" | "when"> & { position: number; label: string | null };
export type EventRow = Omit<Extract<TimelineEntry, { type: "event" }>, "type" | "when"> & { position: number; label: string | null };

/** Studies and events interleaved in timeline order, each with its "when" ("Day 0", "+4 weeks"). */
export function buildTimeline(studies: StudyRow[], events: EventRow[]): TimelineEntry[] {
  return [
    ...studies.map((study) => ({ ...study, type: "study" as const })),
    ...events.map((event) => ({ ...event, type: "event" as const })),
  ]
    .sort(byTimeline)
    .map((item) => {
      const when = item.label ?? formatOffset(item.dayOffset);
      if (item.type === "study") {
        const { position: _position, label: _label, ...study } = item;
        return { ...study, when };
      }
      const { position: _position, label: _label, ...event } = item;
      return { ...event, when };
    });
}
