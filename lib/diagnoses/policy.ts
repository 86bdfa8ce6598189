// Who may change the diagnosis catalogue. The catalogue is the institution's, so this is one of
// the few rules that reads the global role: an educator (a role only an admin grants, decision
// 031) or an admin reviews proposals. Nothing about a case follows from it.
import type { Viewer } from "@/lib/core/viewer";

export function canReviewCatalogue(viewer: Viewer | null): boolean {
  return viewer !== null && (viewer.role === "educator" || viewer.role === "admin");
}
