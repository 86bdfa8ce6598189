// Slice links in comments (decision 071): the token, what the sanitizer keeps of it, and what each
// reader gets: a link to a series they may see, else the words "slice N" with no id anywhere.
import { describe, expect, it } from "vitest";
import { parseMarkParam, resolveSliceRefs, sliceRefsOf } from "./anchor";
import { renderMarkdown } from "./markdown";

const seen = (id: string) => (id === "seen1" ? "STIR <sag>" : null);

describe("slice links", () => {
  it("stores a token as a reference and gives each reader a link or plain words", () => {
    const html = renderMarkdown("Compare [[slice:seen1/14]] with [[slice:hidden2/3]], and `[[slice:hidden2/4]]` in code.");
    expect(sliceRefsOf(html)).toEqual(["seen1", "hidden2"]);
    const resolved = resolveSliceRefs(html, "case1", seen);
    expect(resolved).toContain('<a class="slice-link" href="/cases/case1?series=seen1&amp;slice=14" data-slice-link="">STIR &lt;sag&gt;, slice 14</a>');
    expect(resolved).toContain("with slice 3,");
    expect(resolved).toContain("<code>slice 4</code>");
    expect(resolved).not.toContain("hidden2");
  });

  it("normalises a hand-written reference, drops a malformed one, and never leaves an id behind for a reader who may not see it", () => {
    for (const body of ['<span data-slice="hidden2/3" class="mention">x <em>y</em></span>', '<span class="slice-ref" data-slice="hidden2/3">anything</span>', '<span data-slice="hidden2/3" onclick="alert(1)">z</span>']) {
      const resolved = resolveSliceRefs(renderMarkdown(body), "case1", seen);
      expect(resolved).not.toContain("hidden2");
      expect(resolved).not.toContain("onclick");
    }
    expect(renderMarkdown('<span data-slice="../x/1">z</span>')).toBe("<p><span>z</span></p>");
    expect(renderMarkdown("[[slice:UPPER/3]] [[slice:a/0]]")).toBe('<p>[[slice:UPPER/3]] <span class="slice-ref" data-slice="a/0">slice 0</span></p>');
  });

  it("reads a mark from the URL only when it lies on the slice", () => {
    expect(parseMarkParam("0.4,0.25")).toEqual({ kind: "point", x: 0.4, y: 0.25 });
    expect(parseMarkParam("0.1,0.2,0.3,0.4")).toEqual({ kind: "box", x: 0.1, y: 0.2, w: 0.3, h: 0.4 });
    for (const bad of ["", "1.2,0.5", "0.9,0.1,0.5,0.5", "a,b", "0.1,0.2,0.3", "0.1,0.1,0,0.2"]) expect(parseMarkParam(bad)).toBeNull();
  });
});
