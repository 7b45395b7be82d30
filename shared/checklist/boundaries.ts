/**
 * The word boundaries of the checklist's patterns: `\b` rewritten to know umlauts, and the
 * builder every pattern of the wording goes through.
 */
import { latin, rewriteEscapes } from '../text';

/** A word boundary that knows umlauts: JavaScript's `\b` counts `ä` as a non-word character. */
export const BOUNDARY = '(?:(?<![\\p{L}\\p{N}])(?=[\\p{L}\\p{N}])|(?<=[\\p{L}\\p{N}])(?![\\p{L}\\p{N}]))';

/**
 * The same boundary where a letter or digit must follow: the start of a word. V8 tries the two-sided
 * `BOUNDARY` at every position of a sentence, but finds this one by the letter after it:
 * checking a 1000-clause contract took seconds with the first and takes a tenth of one with this.
 */
export const WORD_START = '(?<![\\p{L}\\p{N}])';

/** A word character of `BOUNDARY`: a letter or digit, a class of them, or `\d`. */
const WORD_CHAR = /^(?:[\p{L}\p{N}]|\\d)$/u;
const WORD_CLASS = /^\[(?:[\p{L}\p{N}]-[\p{L}\p{N}]|[\p{L}\p{N}]|\\d)+\]$/u;
const OPTIONAL = /^(?:\?|\*|\{0(?:,\d*)?\})\??/u;

/** Where the element of `source` (a character, `\d`, class or group) that starts at `at` ends, or null for another escape or the end of an alternative. */
function elementEnd(source: string, at: number): number | null {
  const char = source[at];
  if (char === undefined || char === '|' || char === ')') return null;
  if (char === '\\') return source[at + 1] === 'd' ? at + 2 : null;
  if (char !== '[' && char !== '(') return at + 1;
  let depth = 0;
  let inClass = false;
  for (let i = at; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') {
      inClass = true;
      if (char === '[') return source.indexOf(']', i + 1) + 1 || null;
    } else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i + 1;
  }
  return null;
}

/** The starts of the top-level alternatives of the group `source.slice(open, close)`. */
function alternativesOf(source: string, open: number, close: number): number[] {
  const starts = [open + (/^\(\?(?::|<[\p{L}\p{N}_]+>)/u.exec(source.slice(open))?.[0].length ?? 1)];
  let depth = 0;
  let inClass = false;
  for (let i = starts[0]!; i < close - 1; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) starts.push(i + 1);
  }
  return starts;
}

/**
 * Whether whatever the pattern matches from `at` to the end of its alternative opens with a
 * letter or digit: one of them, `\d`, a class of them, or a group whose every alternative
 * does, and past an optional one (`(?:the )?Customer`) what follows it too. Anything else
 * (another escape, a lookaround, the end of the alternative) is taken to open otherwise.
 */
function opensWithWordChar(source: string, at: number): boolean {
  const end = elementEnd(source, at);
  if (end === null) return false;
  const element = source.slice(at, end);
  let opens: boolean;
  if (element.startsWith('(')) opens = !/^\(\?(?:[=!]|<[=!])/u.test(element) && alternativesOf(source, at, end).every((start) => opensWithWordChar(source, start));
  else opens = element.startsWith('[') ? WORD_CLASS.test(element) : WORD_CHAR.test(element);
  if (!opens) return false;
  const optional = OPTIONAL.exec(source.slice(end));
  return optional ? opensWithWordChar(source, end + optional[0].length) : true;
}

/** `source` with each `\b` (outside a character class) as the Unicode boundary: `WORD_START` where a letter or digit follows, else `BOUNDARY`. */
export function unicodeBoundaries(source: string): string {
  return rewriteEscapes(source, (at, inClass) =>
    source[at + 1] === 'b' && !inClass ? { text: opensWithWordChar(source, at + 2) ? WORD_START : BOUNDARY, length: 2 } : null,
  );
}

/** Case-insensitive, Unicode, with `\b` as a Unicode word boundary; letters those of the Latin script (`latin`). */
export function checklistPattern(source: string): RegExp {
  return latin(new RegExp(unicodeBoundaries(source), 'iu'));
}
