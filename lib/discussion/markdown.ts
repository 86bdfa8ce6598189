// Comments: Markdown -> sanitized HTML, once, at write time (the stored HTML is what every page
// serves), with mentions. The Markdown and its allow-list are lib/core/markdown.ts.
import { renderSafeMarkdown } from "@/lib/core/markdown";

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
  return renderSafeMarkdown(withMentions);
}
