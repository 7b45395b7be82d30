/**
 * Where the contract's body names an annex: by its label as written (`Anlage 1`, `SECURITY
 * EXHIBIT`), by any annex word with its number in another numeral (`Annex 2` for `ANNEX II`,
 * `Anhang 1` for `Anlage I`), or, when the sentence speaks of the technical and organisational
 * measures, by an annex word with no number at all (*die in der Anlage beschriebenen
 * technischen und organisatorischen Maßnahmen*).
 */
import type { Annex } from '../contract';
import { romanToInt, latin, latinSource } from '../text';

const ANNEX_WORDS = '(?:Anlagen?|Anh(?:a|ä)nge?|Beilagen?|Annex(?:es)?|Appendix|Appendices|Exhibits?|Schedules?|Attachments?)';

/** The measures of Art. 32 named as such: a sentence with these words and a bare annex word means the TOM annex. */
const TOM_PHRASES = latin(/technisch\p{L}*\s+und\s+organisatorisch|technical\s+and\s+organi[sz]ational|Sicherheitsma(?:ß|ss)nahmen|security\s+measures/iu);
const TOM_ABBREVIATION = /\bTOMs?\b/u;

export function namesTheMeasures(text: string): boolean {
  return TOM_PHRASES.test(text) || TOM_ABBREVIATION.test(text);
}

const ROMAN = [
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
] as const;

function toRoman(value: number): string {
  let rest = value;
  let roman = '';
  for (const [amount, digits] of ROMAN) {
    while (rest >= amount) {
      roman += digits;
      rest -= amount;
    }
  }
  return roman;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

/** The ways one annex number is written: `2` and `II`; a letter only as itself. */
function numerals(number: string): string[] {
  const bare = number.trim();
  if (/^\d{1,2}$/u.test(bare)) return [bare, toRoman(Number(bare))];
  if (/^[IVX]{1,6}$/iu.test(bare)) {
    const value = romanToInt(bare.toUpperCase());
    return value > 0 && value < 40 ? [bare, String(value)] : [bare];
  }
  return /^\p{L}$/u.test(bare) ? [bare] : [];
}

/** A pattern that finds a reference to `annex` in a sentence (case-insensitive), or null when the annex has no name to find. */
export function annexReference(annex: Pick<Annex, 'label' | 'number'>): RegExp {
  const parts: string[] = [];
  const written = annex.label.trim();
  if (written !== '') parts.push(`(?<![\\p{L}\\p{N}])${written.split(/\s+/u).map(escape).join('\\s+')}(?![\\p{L}\\p{N}])`);
  const numbers = numerals(annex.number);
  if (numbers.length > 0) parts.push(`(?<![\\p{L}\\p{N}])${ANNEX_WORDS}\\s*(?:Nr\\.?\\s*|No\\.?\\s*)?(?:${numbers.map(escape).join('|')})(?![\\p{L}\\p{N}])`);
  // An annex word that no number follows (*der Anlage*, *this Annex*): it counts only beside the words for the measures.
  parts.push(`(?<bare>(?<![\\p{L}\\p{N}])${ANNEX_WORDS}(?![\\p{L}\\p{N}])(?!\\s*(?:Nr\\.?\\s*|No\\.?\\s*)?(?:\\d|[IVX]+(?![\\p{L}])|\\p{Lu}(?![\\p{L}]))))`);
  return new RegExp(latinSource(parts.join('|')), 'iu');
}

/** Where in `sentence` the annex is named: where its name ends, and where a title after it (in brackets or after a dash) ends. */
export function findReference(sentence: string, reference: RegExp): { start: number; nameEnd: number; end: number } | null {
  const match = reference.exec(sentence);
  if (!match) return null;
  if (match.groups?.['bare'] !== undefined && !namesTheMeasures(sentence)) return null;
  const after = /^(?:\s*\([^)]*\)|\s*[–—-]\s[^.;]*)?/u.exec(sentence.slice(match.index + match[0].length))![0];
  const nameEnd = match.index + match[0].length;
  return { start: match.index, nameEnd, end: nameEnd + after.length };
}

export interface AnnexReferences {
  /** Whether `text` names one of the annexes at all. */
  readonly names: (text: string) => boolean;
  /** Where `sentence` names the first of the annexes it names (see `findReference`), or null. */
  readonly find: (sentence: string) => ReturnType<typeof findReference>;
}

/**
 * The references to several annexes, found the way `annexReference` and `findReference` find
 * them. Every reference holds the first word of its annex's label or an annex word: a text
 * without any of those (most of a contract's body) is passed over by a plain search for
 * them, which costs a fifth of the references' own patterns with their boundaries.
 */
export function annexReferences(annexes: readonly Pick<Annex, 'label' | 'number'>[]): AnnexReferences {
  const references = annexes.map(annexReference);
  const firstWords = annexes.map((annex) => annex.label.trim().split(/\s+/u)[0]!).filter((word) => word !== '');
  const words = new RegExp([...firstWords.map(escape), ANNEX_WORDS].join('|'), 'iu');
  return {
    names: (text) => words.test(text) && references.some((reference) => reference.test(text)),
    find: (sentence) => {
      if (!words.test(sentence)) return null;
      for (const reference of references) {
        const found = findReference(sentence, reference);
        if (found) return found;
      }
      return null;
    },
  };
}
