/**
 * One reading order for two aligned documents, as a redline reads: the new document's
 * order, with what only the old one has standing where it stood — deletions before the
 * insertions of the same place, as Word shows a replacement.
 */

export interface OrderedItem {
  readonly old: number | null;
  readonly new: number | null;
}

/**
 * `anchors` are pairs in the common order (old and new indices both increasing);
 * `oldOnly` and `newOnly` the indices that stand on one side only.
 */
export function mergeOrder(anchors: readonly (readonly [number, number])[], oldOnly: readonly number[], newOnly: readonly number[]): OrderedItem[] {
  const byNew = new Map<number, number>(anchors.map(([o, n]) => [n, o]));
  const olds = [...oldOnly].sort((a, b) => a - b);
  const news = new Set(newOnly);
  let newCount = 0;
  for (const [, n] of anchors) newCount = Math.max(newCount, n + 1);
  for (const n of newOnly) newCount = Math.max(newCount, n + 1);
  // The old index of the next anchor at or after each new position, so deletions of a gap come first.
  const nextAnchorOld = new Array<number>(newCount + 1).fill(Number.POSITIVE_INFINITY);
  for (let j = newCount - 1; j >= 0; j--) nextAnchorOld[j] = byNew.has(j) ? byNew.get(j)! : nextAnchorOld[j + 1]!;
  const items: OrderedItem[] = [];
  let pointer = 0;
  const flushBefore = (limit: number) => {
    while (pointer < olds.length && olds[pointer]! < limit) items.push({ old: olds[pointer++]!, new: null });
  };
  for (let j = 0; j < newCount; j++) {
    const paired = byNew.get(j);
    if (paired !== undefined) {
      flushBefore(paired);
      items.push({ old: paired, new: j });
    } else if (news.has(j)) {
      flushBefore(nextAnchorOld[j]!);
      items.push({ old: null, new: j });
    }
  }
  flushBefore(Number.POSITIVE_INFINITY);
  return items;
}
