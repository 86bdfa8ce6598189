// Markdown -> sanitized HTML, once, at write time (the stored HTML is what every page serves).
// GitHub-flavoured Markdown by `marked`; an allow-list by `sanitize-html`: no script, no event
// handlers, no javascript:/data: URLs, and every link gets rel="nofollow noopener".
import { Marked } from "marked";
import sanitizeHtml from "sanitize-html";

const markdown = new Marked({ gfm: true, breaks: true, async: false });

/** `@[Display Name](user:ID)`: the token the mention typeahead inserts. */
export const MENTION_PATTERN = /@\[([^\]\n]{1,100})\]\(user:([a-z0-9]{1,40})\)/g;

export function mentionedUserIds(body: string): string[] {
  return [...new Set([...body.matchAll(MENTION_PATTERN)].map((match) => match[2]!))];
}

function escapeHtml(text: string): string {
  return text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;");
}

const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: [
    "p", "br", "hr", "strong", "em", "del", "s", "code", "pre", "blockquote", "ul", "ol", "li",
    "a", "h1", "h2", "h3", "h4", "h5", "h6", "table", "thead", "tbody", "tr", "th", "td", "span", "sup", "sub",
  ],
  allowedAttributes: {
    a: ["href", "title", "rel", "target"],
    th: ["align"],
    td: ["align"],
    span: ["class", "data-mention"],
    ol: ["start"],
    code: ["class"],
  },
  allowedClasses: { span: ["mention"], code: [/^language-[\w-]+$/] },
  allowedSchemes: ["http", "https", "mailto"],
  allowedSchemesAppliedToAttributes: ["href"],
  allowProtocolRelative: false,
  disallowedTagsMode: "discard",
  transformTags: {
    a: (tagName, attribs) => ({
      tagName,
      attribs: { ...attribs, rel: "nofollow noopener noreferrer", target: "_blank" },
    }),
  },
  // A stray "<" in clinical text ("CRP < 5") must survive as text, not swallow what follows.
  parser: { lowerCaseTags: true },
};

export function renderMarkdown(body: string): string {
  const withMentions = body.replace(
    MENTION_PATTERN,
    (_token, name: string, id: string) => `<span class="mention" data-mention="${escapeHtml(id)}">@${escapeHtml(name)}</span>`,
  );
  const html = markdown.parse(withMentions) as string;
  return sanitizeHtml(html, SANITIZE).trim();
}
