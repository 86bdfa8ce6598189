// Comments: Markdown -> sanitized HTML, once, at write time (the stored HTML is what every page
// serves), with mentions. The Markdown and its allow-list are lib/core/markdown.ts.
import { renderSafeMarkdown } from "@/lib/core/markdown";
import { SLICE_TOKEN } from "./anchor";

/** `@[Display Name](user:ID)`: the token the mention typeahead inserts. */
export const MENTION_PATTERN = /@\[([^\]\n]{1,100})\]\(user:([a-z0-9]{1,40})\)/g;

export function mentionedUserIds(body: string): string[] {
  return [...new Set([...body.matchAll(MENTION_PATTERN)].map((match) => match[2]!))];
}

function escapeHtml(text: string): string {
  return text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;");
}

export function renderMarkdown(body: string): string {
  const withMentions = body.replace(
    MENTION_PATTERN,
    (_token, name: string, id: string) => `<span class="mention" data-mention="${escapeHtml(id)}">@${escapeHtml(name)}</span>`,
  );
  // A slice link (decision 071) is stored as a reference; each reader gets a link or plain text
  // (anchor.ts, resolveSliceRefs), so the stored HTML never decides who sees the series. Replaced
  // in Markdown's output, code included, so that no token is ever shown with its id as text.
  return renderSafeMarkdown(withMentions, (html) =>
    html.replace(SLICE_TOKEN, (_token, seriesId: string, n: string) => `<span class="slice-ref" data-slice="${seriesId}/${Number(n)}"></span>`));
}
