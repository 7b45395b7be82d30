/**
 * Redlines for tests, made the way a reviewer makes them: words inserted into or deleted
 * from a clause's text, by one of two reviewers at a fixed time. The lead's redline
 * module edits by diffing; these helpers only place segments, so the tests of the DOCX
 * round trip do not depend on it.
 */
import type { Contract, Segment } from '../../shared/contract/model';

export interface Reviewer {
  readonly author: string;
  readonly date: string;
}

export const ANNA: Reviewer = { author: 'Anna Berger', date: '2025-03-01T09:30:00.000Z' };
export const BEN: Reviewer = { author: 'Ben Kraus', date: '2025-03-02T14:05:00.000Z' };

let counter = 0;

export function change(kind: 'insert' | 'delete', text: string, who: Reviewer): Segment {
  return { kind, text, author: who.author, date: who.date, id: `chg-${++counter}` };
}

export function currentOf(segments: readonly Segment[]): string {
  return segments.filter((segment) => segment.kind !== 'delete').map((segment) => segment.text).join('');
}

export function originalOf(segments: readonly Segment[]): string {
  return segments.filter((segment) => segment.kind !== 'insert').map((segment) => segment.text).join('');
}

/** Splits the equal segments at a current-text offset; returns the index of the first segment at or after it. */
function splitAt(segments: Segment[], offset: number): number {
  let current = 0;
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i]!;
    if (segment.kind === 'delete') continue;
    if (offset === current) return i;
    if (offset < current + segment.text.length) {
      const cut = offset - current;
      segments.splice(i, 1, { ...segment, text: segment.text.slice(0, cut) }, { ...segment, text: segment.text.slice(cut) });
      return i + 1;
    }
    current += segment.text.length;
  }
  return segments.length;
}

/** Adjacent segments of one kind and author as one, as the redline model keeps them. */
export function merged(segments: readonly Segment[]): Segment[] {
  const result: Segment[] = [];
  for (const segment of segments) {
    if (segment.text === '') continue;
    const last = result[result.length - 1];
    if (last && last.kind === segment.kind && last.author === segment.author) result[result.length - 1] = { ...last, text: last.text + segment.text };
    else result.push(segment);
  }
  return result;
}

/** Marks `words`, found in the current text, as inserted. */
export function markInserted(segments: readonly Segment[], words: string, who: Reviewer): Segment[] {
  const result = [...segments];
  const at = currentOf(result).indexOf(words);
  if (at < 0) throw new Error(`“${words}” is not in the text`);
  const from = splitAt(result, at);
  const to = splitAt(result, at + words.length);
  const marked = result.slice(from, to).map((segment) => (segment.kind === 'equal' ? change('insert', segment.text, who) : segment));
  result.splice(from, to - from, ...marked);
  return merged(result);
}

/** Adds `words` as deleted text right before `before` (found in the current text), or at the end. */
export function addDeleted(segments: readonly Segment[], words: string, before: string | null, who: Reviewer): Segment[] {
  const result = [...segments];
  const at = before === null ? currentOf(result).length : currentOf(result).indexOf(before);
  if (at < 0) throw new Error(`“${before}” is not in the text`);
  result.splice(splitAt(result, at), 0, change('delete', words, who));
  return merged(result);
}

export function plain(text: string): Segment[] {
  return [{ kind: 'equal', text }];
}

type Annotated = { readonly text: string; readonly segments?: readonly Segment[]; readonly change?: { readonly kind: 'insert' | 'delete' } };

/** The text as it reads with every change accepted (`current`) or rejected (`original`); null when it is not there at all. */
export function textIn<T extends Annotated>(item: T, view: 'current' | 'original'): string | null {
  if (item.change?.kind === (view === 'current' ? 'delete' : 'insert')) return null;
  if (!item.segments) return item.text;
  return view === 'current' ? currentOf(item.segments) : originalOf(item.segments);
}

/** The contract as it reads with every change accepted or rejected, without annotations. */
export function contractIn(contract: Contract, view: 'current' | 'original'): Contract {
  const strip = <T extends Annotated & { readonly comments?: unknown }>(item: T): T | null => {
    const text = textIn(item, view);
    if (text === null) return null;
    const rest: Record<string, unknown> = { ...item, text };
    delete rest['segments'];
    delete rest['change'];
    delete rest['comments'];
    return rest as T;
  };
  return {
    ...contract,
    date: contract.dateSegments ? (view === 'current' ? currentOf(contract.dateSegments) : originalOf(contract.dateSegments)) : contract.date,
    dateSegments: undefined,
    parties: contract.parties.map((party) => {
      if (!party.segments) return party;
      const [name = '', ...address] = (view === 'current' ? currentOf(party.segments) : originalOf(party.segments)).split('\n');
      return { ...party, name, address, segments: undefined };
    }),
    sections: contract.sections.map((section) => ({ ...section, clauses: section.clauses.map(strip).filter((clause) => clause !== null) })),
    toms: contract.toms.map(strip).filter((tom) => tom !== null),
  };
}
