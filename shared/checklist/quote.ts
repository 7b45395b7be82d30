/**
 * The quote a checklist result shows: the sentence, or the part of it that holds every word
 * that decided (the matched words of the entry, and the words that weaken it). A reader must
 * find in the quote the words the reason speaks of, never a window beside them.
 */
import { largest, smallest } from '../lists';
import type { Range } from './statements';

const QUOTE_LENGTH = 180;
/** Characters kept on each side of a decisive word when they stand too far apart for one window. */
const CONTEXT = 30;
/** A list marker the clause's text keeps (`- die Verpflichtung …`). */
const MARKER = /^(?:-\s+)?\s*/u;

const isSpace = (char: string | undefined) => char !== undefined && /\s/u.test(char);
/** A letter, digit or hyphen: a cut between two of them cuts a word; before a comma or a full stop a word is whole. */
const isWordChar = (char: string | undefined) => char !== undefined && /[\p{L}\p{N}-]/u.test(char);

/**
 * `[from, to)` of `text` at whole words: a word cut at either end is left out, unless that
 * would cut into `[keepFrom, keepTo)`, the words that decided; then it is shown whole.
 */
function wholeWords(text: string, from: number, to: number, keepFrom: number, keepTo: number): Range {
  let start = from;
  if (start > 0 && isWordChar(text[start - 1]) && isWordChar(text[start])) {
    let next = start;
    while (next < text.length && !isSpace(text[next])) next++;
    while (next < text.length && isSpace(text[next])) next++;
    if (next <= keepFrom) start = next;
    else while (start > 0 && !isSpace(text[start - 1])) start--;
  }
  let end = to;
  if (end < text.length && isWordChar(text[end - 1]) && isWordChar(text[end])) {
    let back = end;
    while (back > 0 && !isSpace(text[back - 1])) back--;
    while (back > 0 && isSpace(text[back - 1])) back--;
    if (back >= keepTo) end = back;
    else while (end < text.length && !isSpace(text[end])) end++;
  }
  return [start, end];
}

/** Where a clause of a sentence ends: a comma, semicolon, colon or dash before a space. */
const CLAUSE_MARK = /[,;:–—]\s/u;
const CLAUSE_MARKS = /[,;:–—]\s/gu;

/** `CONTEXT` characters on each side of `[start, end)`, but no further than a comma or dash: a piece reads as part of one clause. */
function withinClause(text: string, start: number, end: number): Range {
  const context = Math.max(0, start - CONTEXT);
  let from = context;
  for (const mark of text.slice(context, start).matchAll(CLAUSE_MARKS)) from = context + mark.index + mark[0].length;
  const to = Math.min(text.length, end + CONTEXT);
  const after = text.slice(end, to).search(CLAUSE_MARK);
  return [from, after < 0 ? to : end + after];
}

/** The pieces of `text` to show around `ranges`: one window if they fit in it, else one piece about each group of them. */
function pieces(text: string, ranges: readonly Range[]): Range[] {
  const from = smallest(ranges.map(([start]) => start));
  const to = largest(ranges.map(([, end]) => end));
  if (to - from <= QUOTE_LENGTH) {
    const start = Math.min(Math.max(from - 60, to - QUOTE_LENGTH, 0), from, Math.max(0, text.length - QUOTE_LENGTH));
    return [wholeWords(text, start, Math.min(text.length, start + QUOTE_LENGTH), from, to)];
  }
  const shown: Range[] = [];
  for (const [start, end] of [...ranges].sort((a, b) => a[0] - b[0])) {
    const piece = wholeWords(text, ...withinClause(text, start, end), start, end);
    const last = shown.at(-1);
    if (last && piece[0] <= last[1] + 1) shown[shown.length - 1] = [last[0], Math.max(last[1], piece[1])];
    else shown.push(piece);
  }
  return shown;
}

/** The sentence, or the parts of it that hold `ranges` (offsets in `sentence`), with an ellipsis where words are left out. */
export function quoteOf(sentence: string, ranges: readonly Range[]): string {
  const lead = MARKER.exec(sentence)![0].length;
  const text = sentence.slice(lead).trimEnd();
  if (text.length <= QUOTE_LENGTH) return text;
  const inside = ranges
    .map(([start, end]): Range => [Math.max(0, start - lead), Math.min(text.length, end - lead)])
    .filter(([start, end]) => end > start);
  const shown = pieces(text, inside.length > 0 ? inside : [[0, 0]]);
  const quoted = shown.map(([start, end]) => text.slice(start, end).trim()).join(' … ');
  return `${shown[0]![0] > 0 ? '…' : ''}${quoted}${shown.at(-1)![1] < text.length ? '…' : ''}`;
}
