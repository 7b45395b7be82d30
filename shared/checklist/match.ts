/**
 * Whether a sentence says an entry of the checklist's wording, and with which words: the
 * place of each term's match, so that a quote can show every word that decided.
 */
import type { ResponsibleParty } from '../contract';
import type { ByParty, Entry, Term, Together } from './items';
import { statementsOf, type Range, type Statement } from './statements';
import { largest, pushAll, smallest } from '../lists';

/** The most matches of one pattern in a statement weighed against the others'. */
const MATCHES_TRIED = 6;

/**
 * The last sentence each pattern was tried on, and whether it matched: the check tries every
 * entry on one sentence before the next, and a pattern many entries share (the sub-processors,
 * the controller) is then tried on it once.
 */
const lastTried = new WeakMap<RegExp, { readonly text: string; readonly found: boolean }>();

/** Whether the global `pattern` matches `text`, read from its start. */
function foundIn(text: string, pattern: RegExp): boolean {
  const last = lastTried.get(pattern);
  if (last?.text === text) return last.found;
  pattern.lastIndex = 0;
  const found = pattern.test(text);
  lastTried.set(pattern, { text, found });
  return found;
}

function matchesIn(text: string, pattern: RegExp): Range[] {
  const ranges: Range[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null && ranges.length < MATCHES_TRIED; match = pattern.exec(text)) {
    if (match[0].length === 0) pattern.lastIndex++;
    else ranges.push([match.index, match.index + match[0].length]);
  }
  return ranges;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;

const holds = ([from, to]: Range, at: number) => at >= from && at < to;

/**
 * The words from the first range to the last that none of the ranges holds, leaving out the
 * words of an insertion (a clause set between commas) that holds none of the ranges either.
 */
function wordsBetween(sentence: string, ranges: readonly Range[], insertions: readonly Range[]): number {
  const start = smallest(ranges.map(([from]) => from));
  const end = largest(ranges.map(([, to]) => to));
  const apart = insertions.filter((insertion) => !ranges.some(([from]) => holds(insertion, from)));
  let count = 0;
  for (const word of sentence.slice(start, end).matchAll(WORD)) {
    const at = start + word.index;
    if (!ranges.some((range) => holds(range, at)) && !apart.some((insertion) => holds(insertion, at))) count++;
  }
  return count;
}

/** The matches of `together` in `statement` that stand closest, one per pattern, if within its reach. */
function closest(sentence: string, statement: Statement, together: Together): Range[] | null {
  const text = sentence.slice(statement.from, statement.to);
  if (together.unless?.test(text)) return null;
  const candidates = together.together.map((pattern) => matchesIn(text, pattern).map(([from, to]): Range => [statement.from + from, statement.from + to]));
  if (candidates.some((ranges) => ranges.length === 0)) return null;
  let combinations: Range[][] = [[]];
  for (const ranges of candidates) combinations = combinations.flatMap((chosen) => ranges.map((range) => [...chosen, range]));
  let best: { ranges: Range[]; gap: number } | null = null;
  for (const chosen of combinations) {
    const gap = wordsBetween(sentence, chosen, statement.insertions);
    if (gap <= together.reach && (!best || gap < best.gap)) best = { ranges: chosen, gap };
  }
  return best?.ranges ?? null;
}

function togetherIn(sentence: string, together: Together): Range[] | null {
  // Patterns that miss the whole sentence miss each of its statements: most sentences end here.
  if (!together.screen.every((pattern) => foundIn(sentence, pattern))) return null;
  for (const statement of statementsOf(sentence)) {
    const ranges = closest(sentence, statement, together);
    if (ranges) return ranges;
  }
  return null;
}

/** What said an entry: the text to quote (the sentence, after its lead-in where that said a term) and the words in it that said it. */
export interface Said {
  readonly text: string;
  readonly words: readonly Range[];
}

/** Where a sentence stands, for the terms that read beyond its words. */
export interface Around {
  /** The sentence that opens the list the sentence is an item of, or null. */
  readonly leadIn: string | null;
  /** What the sentence is about without saying it: its section's title, its clause's heading and the clause's sentences before it. */
  readonly context: () => string;
  /** The party its responsibility reading gives a duty or a right, or null where it names none. */
  readonly party: ResponsibleParty | null;
  /** Whether the reading found a duty or only an option (a right) for it. */
  readonly force: 'duty' | 'option' | 'none';
}

const NOWHERE: Around = { leadIn: null, context: () => '', party: null, force: 'none' };

const isByParty = (term: Term): term is ByParty => !(term instanceof RegExp) && 'party' in term;

/** Whether the sentence's reading gives the duty or right of `term` to its party (or to both parties). */
const obliges = (around: Around, term: ByParty) => (around.party === term.party || around.party === 'shared') && (term.force === undefined || around.force === term.force);

/** Whether `sentence` (standing as `around` says) says `entry`, and with which words. */
export function matchEntry(sentence: string, entry: Entry, around: Around = NOWHERE): Said | null {
  const words: Range[] = [];
  const fromLeadIn: Range[] = [];
  const { leadIn } = around;
  // Who the sentence obliges is known before any pattern runs: a sentence of the wrong party is passed over at once.
  if (!entry.every((term) => !isByParty(term) || obliges(around, term))) return null;
  for (const term of entry) {
    if (term instanceof RegExp) {
      const match = term.exec(sentence);
      if (!match) return null;
      if (match[0].length > 0) words.push([match.index, match.index + match[0].length]);
    } else if ('together' in term) {
      const found = togetherIn(sentence, term);
      if (!found) return null;
      pushAll(words, found);
    } else if ('leadIn' in term) {
      const match = leadIn === null ? null : term.leadIn.exec(leadIn);
      if (!match) return null;
      fromLeadIn.push([match.index, match.index + match[0].length]);
    } else if ('context' in term) {
      if (!term.context.test(around.context())) return null;
    }
  }
  if (fromLeadIn.length === 0) return { text: sentence, words };
  const shift = leadIn!.length + 1;
  return { text: `${leadIn!} ${sentence}`, words: [...fromLeadIn, ...words.map(([from, to]): Range => [from + shift, to + shift])] };
}
