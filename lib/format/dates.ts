// Date wording shared by server and client components. Formatters are built once: creating an
// Intl.DateTimeFormat per call (what toLocaleDateString does) cost a tenth of the case page's
// CPU when it rendered a window of comments.

const dayMonthYear = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric" });

/** "just now", "5 min ago", "3 h ago", then the date ("4 Mar 2026"). */
export function timeAgo(iso: string, now = Date.now()): string {
  const at = new Date(iso);
  const seconds = Math.round((now - at.getTime()) / 1000);
  if (seconds < 60) return "just now";
  if (seconds < 3600) return `${Math.floor(seconds / 60)} min ago`;
  if (seconds < 86_400) return `${Math.floor(seconds / 3600)} h ago`;
  return dayMonthYear.format(at);
}
