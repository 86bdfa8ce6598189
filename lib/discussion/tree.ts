// Comments arrive as one flat list in `path` order (depth-first, siblings oldest first); this
// turns them into a tree in one pass. Pure, shared by the server page and the live client.

export interface FlatComment {
  id: string;
  parentId: string | null;
  path: string;
  createdAt: string;
  descendantCount: number;
}

export interface TreeNode<T extends FlatComment> {
  comment: T;
  children: TreeNode<T>[];
}

/** O(n) for input in path order: a parent always precedes its replies. */
export function buildTree<T extends FlatComment>(comments: readonly T[]): TreeNode<T>[] {
  const nodes = new Map<string, TreeNode<T>>();
  const roots: TreeNode<T>[] = [];
  for (const comment of comments) {
    const node: TreeNode<T> = { comment, children: [] };
    nodes.set(comment.id, node);
    const parent = comment.parentId ? nodes.get(comment.parentId) : undefined;
    // A reply whose parent is not in the list (a "continue this thread" page) becomes a root.
    (parent ? parent.children : roots).push(node);
  }
  return roots;
}

export type ThreadSort = "oldest" | "newest" | "replies";

/** Orders top-level threads only; replies keep conversation order. */
export function sortThreads<T extends FlatComment>(roots: TreeNode<T>[], sort: ThreadSort): TreeNode<T>[] {
  const sorted = [...roots];
  if (sort === "newest") sorted.reverse();
  if (sort === "replies") {
    sorted.sort((a, b) => b.comment.descendantCount - a.comment.descendantCount || a.comment.path.localeCompare(b.comment.path));
  }
  return sorted;
}

/** Keeps a path-ordered list ordered when a live comment arrives (binary insertion). */
export function insertInPathOrder<T extends FlatComment>(list: readonly T[], comment: T): T[] {
  const existing = list.findIndex((item) => item.id === comment.id);
  if (existing >= 0) return list.map((item, index) => (index === existing ? comment : item));
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (list[middle]!.path < comment.path) low = middle + 1;
    else high = middle;
  }
  return [...list.slice(0, low), comment, ...list.slice(low)];
}

/** Ids of a comment's ancestors, nearest first, from the flat list. */
export function ancestorIds<T extends FlatComment>(list: readonly T[], id: string): string[] {
  const byId = new Map(list.map((item) => [item.id, item]));
  const result: string[] = [];
  let current = byId.get(id)?.parentId ?? null;
  while (current) {
    result.push(current);
    current = byId.get(current)?.parentId ?? null;
  }
  return result;
}
