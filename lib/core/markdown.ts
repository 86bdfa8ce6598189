// Markdown -> sanitized HTML for any text people write (comments, teaching points): GitHub-flavoured
// Markdown by `marked`; an allow-list by `sanitize-html`: no script, no event handlers, no
// javascript:/data: URLs, and every link gets rel="nofollow noopener".
import { Marked } from "marked";
import sanitizeHtml from "sanitize-html";

const markdown = new Marked({ gfm: true, breaks: true, async: false });

/** Spans carry mentions (lib/discussion/markdown.ts). */
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

/** Markdown to HTML that is safe to serve as is. */
export function renderSafeMarkdown(body: string): string {
  return sanitizeHtml(markdown.parse(body) as string, SANITIZE).trim();
}
