/**
 * Sentence boundaries in German and English legal text. Abbreviations (`z.B.`, `Abs.`,
 * `Art.`, `lit.`, `e.g.`) and numbers (`Art. 28 Abs. 3`) do not end a sentence; a line
 * break does (bullets inside a clause are separate statements).
 */
export interface Sentence {
  readonly text: string;
  readonly start: number;
}

const ABBREVIATIONS = new Set(
  [
    'z.B', 'z. B', 'u.a', 'u. a', 'bzw', 'ggf', 'Nr', 'Abs', 'Art', 'lit', 'S', 'i.S.d', 'i.S.v', 'd.h', 'd. h', 'inkl', 'ca',
    'vgl', 'mind', 'sog', 'usw', 'evtl', 'Ziff', 'gem', 'max', 'min', 'bspw', 'etc', 'e.g', 'i.e', 'No', 'no', 'Dr', 'Prof',
    'Mr', 'Mrs', 'Ms', 'St', 'Str', 'Kd.-Nr', 'Kd-Nr', 'Tel', 'Fax', 'Hr', 'Fr', 'v', 'vs', 'cf', 'para', 'Sec', 'sec', 'Co',
    'lt', 'zzgl', 'i.V.m', 'u.U', 'o.Ä', 'u.v.m', 'Anm', 'Aufl', 'Bd', 'DS-GVO', 'Rn',
  ].map((abbreviation) => abbreviation.toLowerCase()),
);

function endsWithAbbreviation(before: string): boolean {
  // The last word, found from the end: a regex anchored at the end would scan the whole sentence each time.
  let from = before.length;
  while (from > 0 && !/\s/u.test(before[from - 1]!)) from--;
  if (from === before.length) return false;
  const candidate = before.slice(from).replace(/^[(„"“[]+/u, '').toLowerCase();
  if (ABBREVIATIONS.has(candidate)) return true;
  // A single letter (initials, `lit. c`) or letters with inner dots (`i.d.R`).
  return /^\p{L}$/u.test(candidate) || /^(?:\p{L}\.)+\p{L}$/u.test(candidate);
}

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
    const char = text[i]!;
    if (char === '(' || char === '[') depth++;
    else if ((char === ')' || char === ']') && depth > 0) depth--;
    else if (char === '\n') {
      push(i);
      depth = 0;
    } else if ((char === '.' || char === '!' || char === '?') && depth === 0) {
      const after = text.slice(i + 1);
      const next = /^["“”»']?\s+["„“]?([\p{Lu}\p{N}(„"])/u.exec(after);
      const atEnd = /^["“”»']?\s*$/u.test(after);
      if (atEnd) continue;
      if (!next) continue;
      if (char === '.' && endsWithAbbreviation(text.slice(start, i))) continue;
      // A number with a point before a lower-case word is an ordinal (*am 3. des Monats*), not an end.
      if (char === '.' && isDigit(text.charCodeAt(i - 1)) && /^\s+\p{Ll}/u.test(after)) continue;
      const closing = /^["“”»']?/u.exec(after)![0].length;
      push(i + 1 + closing);
    }
  }
  push(text.length);
  return sentences;
}
