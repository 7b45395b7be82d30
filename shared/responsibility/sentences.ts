/**
 * Sentence boundaries in German and English legal text. Abbreviations (`z.B.`, `Abs.`,
 * `Art.`, `lit.`, `e.g.`) and numbers (`Art. 28 Abs. 3`) do not end a sentence; a line
 * break does (bullets inside a clause are separate statements).
 */
import type { SentenceReading } from '../contract';
import { latin } from '../text';

export interface Sentence {
  readonly text: string;
  readonly start: number;
}

/** The words of a sentence read from `text` (the clause's or measure's text it was read from). */
export function sentenceText(text: string, sentence: Pick<SentenceReading, 'start' | 'end'>): string {
  return text.slice(sentence.start, sentence.end);
}

const ABBREVIATIONS = new Set(
  [
    'z.B', 'z. B', 'u.a', 'u. a', 'bzw', 'ggf', 'Nr', 'Abs', 'Art', 'lit', 'S', 'i.S.d', 'i.S.v', 'd.h', 'd. h', 'inkl', 'ca',
    'vgl', 'mind', 'sog', 'usw', 'evtl', 'Ziff', 'gem', 'max', 'min', 'bspw', 'etc', 'e.g', 'i.e', 'No', 'no', 'Dr', 'Prof',
    'Mr', 'Mrs', 'Ms', 'St', 'Str', 'Kd.-Nr', 'Kd-Nr', 'Tel', 'Fax', 'Hr', 'Fr', 'v', 'vs', 'cf', 'para', 'Sec', 'sec', 'Co',
    'lt', 'zzgl', 'i.V.m', 'u.U', 'o.Ä', 'u.v.m', 'Anm', 'Aufl', 'Bd', 'DS-GVO', 'Rn',
  ].map((abbreviation) => abbreviation.toLowerCase()),
);

/** Whitespace as `\s` matches it (ASCII, no-break and Unicode spaces, line and paragraph separators). */
function isSpace(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/** Whether the word before `end` in `text` (back to `start`) is an abbreviation. */
function endsWithAbbreviation(text: string, start: number, end: number): boolean {
  // The last word, found from the end: a regex anchored at the end would scan the whole sentence each time.
  let from = end;
  while (from > start && !isSpace(text.charCodeAt(from - 1))) from--;
  if (from === end) return false;
  const candidate = text.slice(from, end).replace(/^[(„"“[]+/u, '').toLowerCase();
  if (ABBREVIATIONS.has(candidate)) return true;
  // A single letter (initials, `lit. c`) or letters with inner dots (`i.d.R`).
  return SINGLE_LETTER.test(candidate) || DOTTED_LETTERS.test(candidate);
}

const SINGLE_LETTER = latin(/^\p{L}$/u);
const DOTTED_LETTERS = latin(/^(?:\p{L}\.)+\p{L}$/u);
const SENTENCE_START_AFTER = latin(/^["“”»']?\s+["„“]?([\p{Lu}\p{N}(„"])/u);
const LOWER_WORD_AFTER = latin(/^\s+\p{Ll}/u);

const [OPEN_PAREN, CLOSE_PAREN, OPEN_BRACKET, CLOSE_BRACKET, NEWLINE, FULL_STOP, EXCLAMATION, QUESTION] = [...'()[]\n.!?'].map((char) => char.charCodeAt(0));

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  let depth = 0;
  const push = (end: number) => {
    const raw = text.slice(start, end);
    const leading = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed !== '') sentences.push({ text: trimmed, start: start + leading });
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === OPEN_PAREN || code === OPEN_BRACKET) depth++;
    else if ((code === CLOSE_PAREN || code === CLOSE_BRACKET) && depth > 0) depth--;
    else if (code === NEWLINE) {
      push(i);
      depth = 0;
    } else if ((code === FULL_STOP || code === EXCLAMATION || code === QUESTION) && depth === 0) {
      const after = text.slice(i + 1);
      const next = SENTENCE_START_AFTER.exec(after);
      const atEnd = /^["“”»']?\s*$/u.test(after);
      if (atEnd) continue;
      if (!next) continue;
      if (code === FULL_STOP && endsWithAbbreviation(text, start, i)) continue;
      // A number with a point before a lower-case word is an ordinal (*am 3. des Monats*), not an end.
      if (code === FULL_STOP && isDigit(text.charCodeAt(i - 1)) && LOWER_WORD_AFTER.test(after)) continue;
      const closing = /^["“”»']?/u.exec(after)![0].length;
      push(i + 1 + closing);
    }
  }
  push(text.length);
  return sentences;
}
