// Who is asking: the one type for a signed-in person, used by pages, actions, queries and every
// policy.ts. Types only (no server code), so pure policy modules can name it.
import type { Role } from "@/lib/generated/prisma/enums";

export interface Viewer {
  id: string;
  name: string;
  email: string;
  role: Role;
  /** Teams the viewer belongs to; policy decisions need them without another query. */
  teamIds: string[];
  /** Of those, the teams where the viewer is only a guest (reads and comments, never votes). */
  guestTeamIds?: string[];
  /** Of those, the teams where the viewer is an owner, coordinator or educator (decision 031). */
  leadTeamIds?: string[];
  /** Team cases the viewer presents at a conference of their team not yet ended (decision 031). */
  presentedCaseIds?: string[];
}
