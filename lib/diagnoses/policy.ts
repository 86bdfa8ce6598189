// Who may change the diagnosis catalogue. The catalogue is the institution's, so this is one of
// the few rules that reads the global role: an educator (a role only an admin grants, decision
// 031) or an admin reviews proposals. Nothing about a case follows from it.
import type { PolicyViewer } from "@/lib/cases/policy";

export function canReviewCatalogue(viewer: PolicyViewer | null): boolean {
  return viewer !== null && (viewer.role === "educator" || viewer.role === "admin");
}
