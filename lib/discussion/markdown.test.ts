// XSS corpus through the real rendering pipeline: nothing executable may survive.
import { Parser } from "htmlparser2";
import { describe, expect, it } from "vitest";
import { mentionedUserIds, renderMarkdown } from "./markdown";

const PAYLOADS = [
  "<script>alert(1)</script>",
  "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
  "<img src=x onerror=alert(1)>",
  "<svg onload=alert(1)>",
  "<svg><script>alert(1)</script></svg>",
  "<body onload=alert(1)>",
  "<iframe src=\"javascript:alert(1)\"></iframe>",
  "<a href=\"javascript:alert(1)\">click</a>",
  "<a href=\"JaVaScRiPt:alert(1)\">click</a>",
  "<a href=\"&#106;avascript:alert(1)\">click</a>",
  "<a href=\"java\tscript:alert(1)\">click</a>",
  "[click](javascript:alert(1))",
  "[click](JAVASCRIPT:alert(1))",
  "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
  "![img](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
  "![x](x\" onerror=\"alert(1))",
  "<a href=\"vbscript:msgbox(1)\">x</a>",
  "<div style=\"background:url(javascript:alert(1))\">x</div>",
  "<p style=\"expression(alert(1))\">x</p>",
  "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
  "<details open ontoggle=alert(1)>",
  "<input autofocus onfocus=alert(1)>",
  "<form action=javascript:alert(1)><button>x</button></form>",
  "<object data=\"javascript:alert(1)\"></object>",
  "<embed src=\"javascript:alert(1)\">",
  "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
  "<link rel=stylesheet href=javascript:alert(1)>",
  "<base href=\"javascript:alert(1)//\">",
  "<video><source onerror=\"alert(1)\"></video>",
  "<marquee onstart=alert(1)>x</marquee>",
  "<table background=\"javascript:alert(1)\"><tr><td>x</td></tr></table>",
  "<<script>script>alert(1)<</script>/script>",
  "<scr<script>ipt>alert(1)</script>",
  "<a href=\"  javascript:alert(1)\">x</a>",
  "<span class=\"mention\" onclick=\"alert(1)\">@x</span>",
  "`<script>` is fine in code but <script>alert(1)</script> is not",
  "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
  "<template><script>alert(1)</script></template>",
  "[x](https://example.org\" onmouseover=\"alert(1))",
  "<a href=\"//evil.example\">protocol-relative</a>",
];

const ALLOWED_TAGS = new Set(["p", "br", "hr", "strong", "em", "del", "s", "code", "pre", "blockquote", "ul", "ol", "li", "a", "h1", "h2", "h3", "h4", "h5", "h6", "table", "thead", "tbody", "tr", "th", "td", "span", "sup", "sub"]);

/** Parses the output as a browser would and lists every executable or off-list construct. */
function problems(html: string): string[] {
  const found: string[] = [];
  const parser = new Parser({
    onopentag(name, attributes) {
      if (!ALLOWED_TAGS.has(name)) found.push(`tag <${name}>`);
      for (const [attribute, value] of Object.entries(attributes)) {
        if (/^on/i.test(attribute)) found.push(`handler ${attribute}`);
        if (attribute === "style") found.push("style attribute");
        if (["href", "src", "action", "background", "data"].includes(attribute)) {
          const url = value.replace(/[\u0000-\u0020]/g, "").toLowerCase();
          if (!/^(https?:|mailto:|#|\/(?!\/))/.test(url)) found.push(`${attribute}=${value}`);
        }
      }
      if (name === "a" && attributes.rel !== "nofollow noopener noreferrer") found.push("link without rel");
    },
  }, { decodeEntities: true });
  parser.write(html);
  parser.end();
  return found;
}

describe("renderMarkdown sanitizes", () => {
  it("has a corpus of at least 30 payloads", () => expect(PAYLOADS.length).toBeGreaterThanOrEqual(30));

  it("the checker itself catches what it must", () => {
    expect(problems('<a href="javascript:x" onclick="y">z</a><script></script><img src="data:x">').sort()).toEqual([
      "handler onclick", "href=javascript:x", "link without rel", "tag <script>", "tag <img>", "src=data:x",
    ].sort());
  });

  it.each(PAYLOADS)("%s", (payload) => {
    expect(problems(renderMarkdown(payload))).toEqual([]);
  });
});

describe("renderMarkdown renders GitHub-flavoured Markdown", () => {
  it("keeps emphasis, lists, tables, code and links (with rel and target)", () => {
    const html = renderMarkdown(
      "**bold** _em_ ~~gone~~\n\n- one\n- two\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n`T1` and\n\n```\ncode\n```\n\n[Radiopaedia](https://radiopaedia.org)",
    );
    expect(html).toContain("<strong>bold</strong>");
    expect(html).toContain("<em>em</em>");
    expect(html).toContain("<del>gone</del>");
    expect(html).toContain("<li>one</li>");
    expect(html).toContain("<table>");
    expect(html).toContain("<code>T1</code>");
    expect(html).toContain("<pre><code>code");
    expect(html).toContain('<a href="https://radiopaedia.org" rel="nofollow noopener noreferrer" target="_blank">Radiopaedia</a>');
  });

  it("keeps clinical text with angle brackets", () => {
    expect(renderMarkdown("CRP < 5 and ESR > 20")).toContain("CRP &lt; 5 and ESR &gt; 20");
  });

  it("turns mention tokens into mentions and lists who was mentioned", () => {
    const body = "Thoughts @[Dr Amira Haddad](user:abc123)? cc @[X](user:def456) @[Dr Amira Haddad](user:abc123)";
    expect(renderMarkdown(body)).toContain('<span class="mention" data-mention="abc123">@Dr Amira Haddad</span>');
    expect(mentionedUserIds(body)).toEqual(["abc123", "def456"]);
  });
});
