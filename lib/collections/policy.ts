// Who may open and change a collection: pure functions of (viewer, collection). A collection never
// widens a case's reach: its cases are read through the case visibility rule for each viewer.
import type { Viewer } from "@/lib/core/viewer";
import type { CollectionVisibility } from "@/lib/generated/prisma/enums";

export interface CollectionFacts {
  ownerId: string;
  visibility: CollectionVisibility;
  teamId: string | null;
  shareKey: string | null;
}

/** Open to its owner, to its team (team collections), to everyone signed in (public), or by its share link. */
export function canOpenCollection(viewer: Pick<Viewer, "id" | "teamIds">, collection: CollectionFacts, key?: string | null): boolean {
  if (viewer.id === collection.ownerId) return true;
  if (collection.visibility === "public") return true;
  if (collection.visibility === "team" && collection.teamId !== null && viewer.teamIds.includes(collection.teamId)) return true;
  return Boolean(key && collection.shareKey && key === collection.shareKey);
}

/** Only the owner edits: title, visibility, items, order, notes and the share link. */
export function canEditCollection(viewer: Pick<Viewer, "id">, collection: Pick<CollectionFacts, "ownerId">): boolean {
  return viewer.id === collection.ownerId;
}

/** A team collection belongs to a team the owner is in. */
export function collectionTeamProblem(viewer: Pick<Viewer, "teamIds">, visibility: CollectionVisibility, teamId: string | null): string | null {
  if (visibility !== "team") return null;
  if (!teamId) return "Choose the team that may open this collection.";
  return viewer.teamIds.includes(teamId) ? null : "You can share a collection only with a team you belong to.";
}
