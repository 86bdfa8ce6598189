// Synchronized scrolling of two stacks: the slice of the other series at the same place along the
// body (by each slice's position in mm, when both series were ordered by geometry), else at the
// same fraction of the stack.
/** A series as far as its order goes: how it was ordered, and each slice's place along its normal. */
type Positioned = { orderedBy: string; images: Array<{ sortKey?: number | null }> };

export function matchingIndex(from: Positioned, to: Positioned, index: number): number {
  const last = to.images.length - 1;
  if (last <= 0) return 0;
  const target = from.images[index]?.sortKey;
  if (from.orderedBy === "geometry" && to.orderedBy === "geometry" && typeof target === "number" && to.images.every((image) => typeof image.sortKey === "number")) {
    let best = 0;
    for (let candidate = 1; candidate <= last; candidate++) {
      if (Math.abs(to.images[candidate]!.sortKey! - target) < Math.abs(to.images[best]!.sortKey! - target)) best = candidate;
    }
    return best;
  }
  const fromLast = Math.max(1, from.images.length - 1);
  return Math.min(last, Math.max(0, Math.round((index / fromLast) * last)));
}
