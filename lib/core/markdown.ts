// Markdown -> sanitized HTML for any text people write (comments, teaching points): GitHub-flavoured
// Markdown by `marked`; an allow-list by `sanitize-html`: no script, no event handlers, no
// javascript:/data: URLs, and every link gets rel="nofollow noopener".
import { Marked } from "marked";
import sanitizeHtml from "sanitize-html";

const markdown = new Marked({ gfm: true, breaks: true, async: false });

/** Spans carry mentions and slice references (lib/discussion/markdown.ts). */
const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: [
    "p", "br", "hr", "strong", "em", "del", "s", "code", "pre", "blockquote", "ul", "ol", "li",
    "a", "h1", "h2", "h3", "h4", "h5", "h6", "table", "thead", "tbody", "tr", "th", "td", "span", "sup", "sub",
  ],
  allowedAttributes: {
    a: ["href", "title", "rel", "target"],
    th: ["align"],
    td: ["align"],
    span: ["class", "data-mention", "data-slice"],
    ol: ["start"],
    code: ["class"],
  },
  allowedClasses: { span: ["mention", "slice-ref"], code: [/^language-[\w-]+$/] },
  allowedSchemes: ["http", "https", "mailto"],
  allowedSchemesAppliedToAttributes: ["href"],
  allowProtocolRelative: false,
  disallowedTagsMode: "discard",
  transformTags: {
    a: (tagName, attribs) => ({
      tagName,
      attribs: { ...attribs, rel: "nofollow noopener noreferrer", target: "_blank" },
    }),
    span: sliceReference,
  },
  // A stray "<" in clinical text ("CRP < 5") must survive as text, not swallow what follows.
  parser: { lowerCaseTags: true },
};

/**
 * A slice reference (decision 071) leaves the sanitizer in one exact form, whoever wrote the span:
 * `<span class="slice-ref" data-slice="ID/N">slice N</span>`, its words fixed, so that the read-time
 * step (lib/discussion/anchor.ts) finds every id it must turn into a link or remove. Any other
 * data-slice value is dropped.
 */
function sliceReference(tagName: string, attribs: sanitizeHtml.Attributes): sanitizeHtml.Tag {
  if (attribs["data-slice"] === undefined) return { tagName, attribs };
  const { "data-slice": reference, ...rest } = attribs;
  const match = /^([a-z0-9]{1,40})\/(\d{1,5})$/.exec(reference ?? "");
  if (!match) return { tagName, attribs: rest };
  return { tagName, attribs: { class: "slice-ref", "data-slice": reference! }, text: `slice ${Number(match[2])}` };
}

/** Markdown to HTML that is safe to serve as is. */
export function renderSafeMarkdown(body: string, beforeSanitizing: (html: string) => string = (html) => html): string {
  return sanitizeHtml(beforeSanitizing(markdown.parse(body) as string), SANITIZE).trim();
}
