/**
 * Clauses and measures added or deleted as a whole, across two rounds. Our whole insertion
 * still pending in their document is kept; one they have as plain text was accepted, one
 * they no longer have was rejected. Our whole deletion still pending there is kept; where
 * they have the item again as plain text it was rejected, where they have it no more,
 * accepted. Their own whole deletions are not part of their text, so a comparison shows
 * our item as removed: the deletion found here by its words says whose it was.
 */
import type { Clause, Tom, WholeChange } from '../contract';
import type { ChangeAction } from '../redline';
import type { Vocabulary } from './vocabulary';

type Item = Clause | Tom;

export class WholeChanges {
  /** Their items deleted as a whole, by the hash of their words. */
  private readonly theirDeleted = new Map<number, Item[]>();
  /** Our items deleted as a whole that are still to be accounted for, by the hash of their words. */
  private readonly ourDeleted = new Map<number, Item[]>();
  readonly actions = new Map<string, ChangeAction>();
  /** Our items met in their document by a whole change (by our id): their item, for its place there. */
  readonly counterparts = new Map<string, Item>();

  constructor(
    ours: readonly Item[],
    theirs: readonly Item[],
    private readonly vocabulary: Vocabulary,
  ) {
    for (const item of theirs) if (item.change?.kind === 'delete') this.add(this.theirDeleted, item);
    for (const item of ours) {
      if (item.change?.kind !== 'delete') continue;
      const still = this.take(this.theirDeleted, item.text, (candidate) => candidate.change!.author === item.change!.author);
      if (still) this.counterparts.set(item.id, still);
      else this.add(this.ourDeleted, item);
    }
  }

  private add(map: Map<number, Item[]>, item: Item): void {
    const hash = this.vocabulary.hash(item.text);
    map.set(hash, [...(map.get(hash) ?? []), item]);
  }

  private take(map: Map<number, Item[]>, text: string, fits: (item: Item) => boolean = () => true): Item | null {
    const list = map.get(this.vocabulary.hash(text));
    const index = list?.findIndex(fits) ?? -1;
    return index < 0 ? null : list!.splice(index, 1)[0]!;
  }

  /** An item only their side has: our deleted item, which they rejected by keeping it, if its words are the same. */
  restores(theirs: Item): boolean {
    const ours = this.take(this.ourDeleted, theirs.text);
    if (!ours) return false;
    this.actions.set(ours.change!.id, 'reject');
    this.counterparts.set(ours.id, theirs);
    return true;
  }

  /** Our deleted items their side has neither as a pending deletion nor again: accepted. Called once all are met. */
  settle(): void {
    for (const list of this.ourDeleted.values()) for (const item of list) this.actions.set(item.change!.id, 'accept');
    this.ourDeleted.clear();
  }

  /** Their whole deletion of an item of these words, if their document holds one. */
  theirDeletion(text: string): { readonly change: WholeChange; readonly item: Item } | null {
    const item = this.take(this.theirDeleted, text);
    return item ? { change: item.change!, item } : null;
  }

  /** Our whole insertion, met paired with their item: kept while theirs is still our pending insertion, else accepted. */
  paired(ours: Item, theirs: Item): void {
    if (ours.change?.kind !== 'insert') return;
    const still = theirs.change?.kind === 'insert' && theirs.change.author === ours.change.author;
    if (!still) this.actions.set(ours.change.id, 'accept');
  }

  /** Our whole insertion that their side no longer has: rejected. */
  removed(ours: Item): boolean {
    if (ours.change?.kind !== 'insert') return false;
    this.actions.set(ours.change.id, 'reject');
    return true;
  }
}
