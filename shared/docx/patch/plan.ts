/**
 * What export writes into each paragraph of their document: per character, our deletion
 * or nothing; between characters, our insertions and the edges of our comments; whether
 * the paragraph mark itself is deleted; and the paragraphs we add after it. Built item by
 * item from the alignment of what the document holds with what the review holds, then
 * gathered by paragraph, so two items in one paragraph (a party's lines) write into it
 * together.
 */
import type { Attribution, Token } from './align';

export type PlanEvent =
  | { readonly kind: 'insert'; readonly text: string; readonly insertion: Attribution; readonly deletion: Attribution | null }
  | { readonly kind: 'comment-start' | 'comment-end'; readonly id: number };

export interface PlacedEvent {
  /** Before the paragraph's markup character `at` (its markup length: at its end). */
  readonly at: number;
  /** Order among events at the same place: the items' order, then the order within an item. */
  readonly order: number;
  readonly event: PlanEvent;
}

/** A paragraph we add: our insertion, its mark inserted too, with the properties of the paragraph it follows or precedes. */
export interface NewParagraph {
  readonly events: readonly PlanEvent[];
  readonly mark: Attribution;
}

export interface ParagraphPlan {
  readonly index: number;
  /** Our deletion of each markup character, where there is one. */
  readonly deletions: Map<number, Attribution>;
  readonly events: PlacedEvent[];
  deleteMark: Attribution | null;
  readonly before: NewParagraph[];
  readonly after: NewParagraph[];
}

/** The plans of a document, by paragraph; `order` counts events across items. */
export class DocumentPlan {
  readonly paragraphs = new Map<number, ParagraphPlan>();
  private order = 0;

  plan(index: number): ParagraphPlan {
    let found = this.paragraphs.get(index);
    if (!found) {
      found = { index, deletions: new Map(), events: [], deleteMark: null, before: [], after: [] };
      this.paragraphs.set(index, found);
    }
    return found;
  }

  /** Whether anything is written into paragraph `index` itself (not only beside it). */
  rewrites(index: number): boolean {
    const found = this.paragraphs.get(index);
    return found !== undefined && (found.deletions.size > 0 || found.events.length > 0 || found.deleteMark !== null);
  }

  nextOrder(): number {
    return this.order++;
  }
}

/** A comment's edges as tokens: before the first and after the last of its characters. */
export interface CommentEdges {
  readonly id: number;
  readonly firstToken: number;
  readonly lastToken: number;
}

type Slot = { readonly paragraph: number; readonly at: number };

/**
 * Places an item's tokens and its comments' edges into the plans of its paragraphs. A
 * character we insert goes into the paragraph of the character it follows, unless the
 * import's own text (a break between paragraphs) lies between them: then into the paragraph
 * of the character it precedes. A comment starts where the character after its start lies
 * and ends where the character before its end lies.
 */
export function placeTokens(plans: DocumentPlan, tokens: readonly Token[], comments: readonly CommentEdges[]): void {
  const inParagraph = (token: Token | undefined) => token?.kind === 'document' && token.char.kind !== 'gap';
  // The slot each token writes into (for a document character: just before it).
  const slots: (Slot | null)[] = new Array<Slot | null>(tokens.length).fill(null);
  let previous = -1;
  for (let index = 0; index <= tokens.length; index++) {
    if (index < tokens.length && !inParagraph(tokens[index])) continue;
    // Tokens (previous, index) lie between two characters of paragraphs (or an end).
    const before = previous >= 0 ? (tokens[previous] as Extract<Token, { kind: 'document' }>).char : null;
    const after = index < tokens.length ? (tokens[index] as Extract<Token, { kind: 'document' }>).char : null;
    const afterBefore: Slot | null = before ? { paragraph: before.paragraph, at: before.offset + 1 } : null;
    const beforeAfter: Slot | null = after ? { paragraph: after.paragraph, at: after.offset } : null;
    let crossedGap = false;
    for (let between = previous + 1; between < index; between++) {
      const token = tokens[between]!;
      if (token.kind === 'document') {
        crossedGap = true;
        continue;
      }
      slots[between] = (crossedGap ? (beforeAfter ?? afterBefore) : (afterBefore ?? beforeAfter))!;
    }
    if (after) slots[index] = beforeAfter;
    previous = index;
  }
  const write = (slot: Slot, event: PlanEvent, order: number) => plans.plan(slot.paragraph).events.push({ at: slot.at, order, event });

  const starts = new Map<number, number[]>();
  const ends = new Map<number, number[]>();
  for (const comment of comments) {
    if (!starts.has(comment.firstToken)) starts.set(comment.firstToken, []);
    if (!ends.has(comment.lastToken)) ends.set(comment.lastToken, []);
    starts.get(comment.firstToken)!.push(comment.id);
    ends.get(comment.lastToken)!.push(comment.id);
  }
  const slotted = (from: number, direction: 1 | -1): number => {
    for (let at = from; at >= 0 && at < tokens.length; at += direction) if (slots[at]) return at;
    return -1;
  };
  /** Just after a token: after a document character, or after an insertion in its slot (written later, so after it). */
  const after = (index: number): Slot => {
    const token = tokens[index]!;
    return token.kind === 'document' ? { paragraph: token.char.paragraph, at: token.char.offset + 1 } : slots[index]!;
  };
  const edgeSlot = (index: number, edge: 'start' | 'end'): Slot | null => {
    const first = slotted(index, edge === 'start' ? 1 : -1);
    if (first >= 0) return edge === 'start' ? slots[first]! : after(first);
    const other = slotted(index, edge === 'start' ? -1 : 1);
    if (other < 0) return null;
    return edge === 'start' ? after(other) : slots[other]!;
  };

  // In token order, each event numbered as it is written: the order within a slot is the order of reading.
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    for (const id of starts.get(index) ?? []) {
      const slot = edgeSlot(index, 'start');
      if (slot) write(slot, { kind: 'comment-start', id }, plans.nextOrder());
    }
    const slot = slots[index];
    if (token.kind === 'added' && slot) {
      write(slot, { kind: 'insert', text: token.char, insertion: token.insertion, deletion: token.deletion }, plans.nextOrder());
    } else if (token.kind === 'document' && token.char.kind !== 'gap' && token.deletion) {
      plans.plan(token.char.paragraph).deletions.set(token.char.offset, token.deletion);
    }
    for (const id of ends.get(index) ?? []) {
      const slot = edgeSlot(index, 'end');
      if (slot) write(slot, { kind: 'comment-end', id }, plans.nextOrder());
    }
  }
}
