// Comments anchored to a slice (issue 24 item 4, decision 071): the shapes the browser gets, the
// Markdown token that links to a slice, and the read-time step that turns a stored slice reference
// into a link for a reader who may see the series, or into plain text (no id) for one who may not.
// No server imports: the composer and the comment list use the types and the token.

/** A point or a box on a slice, in 0..1 of its width and height. */
export type AnchorMark = { kind: "point"; x: number; y: number } | { kind: "box"; x: number; y: number; w: number; h: number };

/** What a comment's reader sees of its anchor: only ever for a slice that reader may see. */
export interface CommentAnchorView {
  seriesId: string;
  seriesName: string;
  /** The anchored slice; null when the comment points at the series as a whole. */
  imageId: string | null;
  /** The slice's version, for its thumbnail's URL (lib/imaging/view.ts imageUrl); null with imageId. */
  imageVersion: string | null;
  /** 1-based, in the series as this reader sees it (the deep link's `slice`). */
  slice: number;
  width: number;
  height: number;
  mark: AnchorMark | null;
}

/** The composer's anchor before it is posted (what "Comment on this slice" hands over). */
export interface DraftAnchor {
  seriesId: string;
  seriesName: string;
  imageId: string;
  imageVersion: string;
  slice: number;
  width: number;
  height: number;
  mark: AnchorMark | null;
}

/** `[[slice:<seriesId>/<n>]]`: the Markdown the composer inserts (n is 1-based). */
export const SLICE_TOKEN = /\[\[slice:([a-z0-9]{1,40})\/(\d{1,5})\]\]/g;
export const sliceToken = (seriesId: string, slice: number) => `[[slice:${seriesId}/${slice}]]`;

/** Blanks slice tokens (same length) before the de-identification guard: an id is not a patient's. */
export const maskSliceTokens = (text: string) => text.replace(SLICE_TOKEN, (token) => " ".repeat(token.length));

/** The case page URL that opens the viewer on a series at a slice (with the mark, when there is one). */
export function sliceHref(caseId: string, seriesId: string, slice: number, mark?: AnchorMark | null): string {
  const params = new URLSearchParams({ series: seriesId, slice: String(slice) });
  if (mark) params.set("mark", markParam(mark));
  return `/cases/${encodeURIComponent(caseId)}?${params.toString()}`;
}

const round = (value: number) => Math.round(value * 1000) / 1000;
export const markParam = (mark: AnchorMark) =>
  (mark.kind === "point" ? [mark.x, mark.y] : [mark.x, mark.y, mark.w, mark.h]).map(round).join(",");

/** The `mark` search parameter back to a mark; null for anything that is not 2 or 4 numbers in 0..1. */
export function parseMarkParam(value: string | null | undefined): AnchorMark | null {
  if (!value) return null;
  const numbers = value.split(",").map(Number);
  if (!numbers.every((n) => Number.isFinite(n) && n >= 0 && n <= 1)) return null;
  const [x, y, w, h] = numbers as [number, number, number?, number?];
  if (numbers.length === 2) return { kind: "point", x, y };
  if (numbers.length === 4 && w! > 0 && h! > 0 && x + w! <= 1.0005 && y + h! <= 1.0005) return { kind: "box", x, y, w: w!, h: h! };
  return null;
}

export function describeAnchor(anchor: { seriesName: string; slice: number; mark: AnchorMark | null }): string {
  const where = `${anchor.seriesName}, slice ${anchor.slice}`;
  if (!anchor.mark) return where;
  return `${where}, with a ${anchor.mark.kind === "point" ? "point" : "box"} marked`;
}

/** What the sanitizer leaves of a slice token: `<span class="slice-ref" data-slice="ID/N">slice N</span>` (lib/core/markdown.ts). */
const SLICE_REF = /<span class="slice-ref" data-slice="([a-z0-9]{1,40})\/(\d{1,5})">slice \d{1,5}<\/span>/g;
/** Any other opening tag still carrying an id (a hand-written span with children). */
const SLICE_ATTRIBUTE = /<span class="slice-ref" data-slice="[^"]*">/g;

/** The series ids a stored comment's HTML refers to. */
export function sliceRefsOf(html: string | null): string[] {
  if (!html?.includes("data-slice=")) return [];
  return [...new Set([...html.matchAll(SLICE_REF)].map((match) => match[1]!))];
}

function escapeHtml(text: string): string {
  return text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;");
}

/**
 * A comment's stored HTML as this reader gets it: each slice reference to a series the reader may
 * see (`seriesName` answers its name, else null) becomes a link that opens the viewer there; every
 * other one becomes the words "slice N", with no id left anywhere in the markup.
 */
export function resolveSliceRefs(html: string, caseId: string, seriesName: (seriesId: string) => string | null): string {
  if (!html.includes("data-slice=")) return html;
  return html
    .replace(SLICE_REF, (_whole, seriesId: string, n: string) => {
      const name = seriesName(seriesId);
      const slice = Number(n);
      if (name === null) return `slice ${slice}`;
      return `<a class="slice-link" href="${escapeHtml(sliceHref(caseId, seriesId, slice))}" data-slice-link="">${escapeHtml(name)}, slice ${slice}</a>`;
    })
    .replace(SLICE_ATTRIBUTE, '<span class="slice-ref">');
}
