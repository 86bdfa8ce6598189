import { describe, expect, it } from "vitest";
import { ancestorIds, buildTree, insertInPathOrder, sortThreads, type FlatComment } from "./tree";

const c = (id: string, path: string, parentId: string | null, descendantCount = 0): FlatComment => ({
  id, path, parentId, descendantCount, createdAt: "2026-01-01T00:00:00Z",
});

// Two threads: a (with a reply b that has a reply d) and c (with a reply e).
const flat = [c("a", "01", null, 2), c("b", "01.03", "a", 1), c("d", "01.03.05", "b"), c("c", "02", null, 1), c("e", "02.04", "c")];

describe("buildTree", () => {
  it("nests replies under their parents in conversation order", () => {
    const tree = buildTree(flat);
    expect(tree.map((node) => node.comment.id)).toEqual(["a", "c"]);
    expect(tree[0]!.children[0]!.comment.id).toBe("b");
    expect(tree[0]!.children[0]!.children[0]!.comment.id).toBe("d");
    expect(tree[1]!.children.map((node) => node.comment.id)).toEqual(["e"]);
  });

  it("makes a reply whose parent is absent a root", () => {
    expect(buildTree([c("b", "01.03", "a"), c("d", "01.03.05", "b")]).map((n) => n.comment.id)).toEqual(["b"]);
  });

  it("is linear: 100,000 comments in a chain and a fan build quickly without recursion limits", () => {
    const chain = Array.from({ length: 50_000 }, (_, i) => c(`n${i}`, String(i).padStart(6, "0"), i ? `n${i - 1}` : null));
    const fan = Array.from({ length: 50_000 }, (_, i) => c(`f${i}`, `x.${String(i).padStart(6, "0")}`, i ? "f0" : null));
    const started = performance.now();
    buildTree(chain);
    buildTree(fan);
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});

describe("sortThreads", () => {
  const roots = buildTree([c("old", "01", null, 1), c("r", "01.09", "old"), c("mid", "02", null, 5), c("new", "03", null, 0)]);
  it.each([
    ["oldest", ["old", "mid", "new"]],
    ["newest", ["new", "mid", "old"]],
    ["replies", ["mid", "old", "new"]],
  ] as const)("%s", (sort, expected) => {
    expect(sortThreads(roots, sort).map((node) => node.comment.id)).toEqual(expected);
  });
});

describe("insertInPathOrder", () => {
  it("inserts a live reply where the tree expects it and replaces an edited one", () => {
    const inserted = insertInPathOrder(flat, c("z", "01.03.07", "b"));
    expect(inserted.map((item) => item.id)).toEqual(["a", "b", "d", "z", "c", "e"]);
    const replaced = insertInPathOrder(inserted, { ...c("z", "01.03.07", "b"), descendantCount: 9 });
    expect(replaced).toHaveLength(6);
    expect(replaced[3]!.descendantCount).toBe(9);
  });
});

describe("ancestorIds", () => {
  it("walks up to the root", () => {
    expect(ancestorIds(flat, "d")).toEqual(["b", "a"]);
    expect(ancestorIds(flat, "a")).toEqual([]);
  });
});
