// Inputs of the live streams' endpoints (lib/live/http.ts).
import { z } from "zod";

/** A case event's id in the log (a bigint, sent as text). */
export const eventId = z.string().regex(/^\d{1,19}$/);

export const liveStreamInput = z.object({
  /** The case's or the conference's id, from the path. */
  id: z.string().min(1).max(40),
  /** Where a case stream resumes: the last event id the browser saw (Last-Event-ID or `?after=`). */
  after: eventId.nullable().catch(null),
});
