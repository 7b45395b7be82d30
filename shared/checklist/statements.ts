/**
 * The statements of a sentence: the stretches of it that each say one thing. Words said of one
 * another stand in one statement and close together (*Änderungen dieser Vereinbarung bedürfen der
 * Schriftform*); words that merely share a sentence do not (*Nach Abschluss der vertraglich
 * vereinbarten Arbeiten … und die Löschung schriftlich zu bestätigen*: the *vertraglich* is the
 * work's, the *schriftlich* the confirmation's, thirty words apart).
 *
 * A sentence is cut into statements at semicolons, colons and table cells. A statement keeps its
 * subordinate clauses (*…, wenn eine Weisung gegen Datenschutzrecht verstößt*): a duty and its
 * condition are one thing said. But a subordinate or relative clause set between commas (*Die
 * Verarbeitung erfolgt, soweit nicht anders vereinbart, nur auf Weisung*) and a parenthesis
 * (*without undue delay (and in any event within 72 hours)*) are insertions: their words do not
 * part the words around them.
 */
import { latin } from '../text';

/** Where words stand in a sentence: start and end (exclusive). */
export type Range = readonly [number, number];

export interface Statement {
  readonly from: number;
  readonly to: number;
  /** Parentheses, and subordinate and relative clauses set into it by commas or dashes. */
  readonly insertions: readonly Range[];
}

const HARD = /[;:|](?=\s|$)|(?<=\s)\|/gu;
const SOFT = /\s*(?:,|\s[–—-](?=\s))\s*/gu;

/** Words that open a subordinate clause after a comma: conjunctions, relative and interrogative words. */
const SUBORDINATE = latin(
  /^(?:dass|daß|wenn|falls|sofern|soweit|sobald|solange|weil|da|ob|obwohl|obgleich|nachdem|bevor|ehe|bis|damit|indem|wobei|wodurch|womit|wofür|worauf|woraufhin|wonach|worüber|wozu|wie|als|um|ohne dass|es sei denn|welche[rsnm]?|if|unless|when|whenever|where|wherever|whereas|while|because|since|although|though|provided|until|before|after|so that|in order to|which|who|whom|whose|as soon as)(?![\p{L}\p{N}])/iu,
);
/** A relative pronoun, maybe after a preposition (*, die …*, *, bei denen …*): one only after a noun, which German writes with a capital. */
const RELATIVE = latin(/^(?:\p{L}+\s+)?(?:der|die|das|dem|den|deren|dessen|denen)\s+\p{Ll}/u);
const ENDS_WITH_NOUN = latin(/\p{Lu}[\p{L}-]*[)"“”]?$/u);

function opensSubordinate(piece: string, before: string): boolean {
  return SUBORDINATE.test(piece) || (RELATIVE.test(piece) && ENDS_WITH_NOUN.test(before));
}

/** `[from, to)` of `text` cut where `separator` matches, the separators left out. */
function cut(text: string, from: number, to: number, separator: RegExp): Range[] {
  const pieces: Range[] = [];
  let start = from;
  for (const match of text.slice(from, to).matchAll(separator)) {
    pieces.push([start, from + match.index]);
    start = from + match.index + match[0].length;
  }
  pieces.push([start, to]);
  return pieces.filter(([start, end]) => text.slice(start, end).trim() !== '');
}

const PARENTHESIS = /\([^()]*\)/gu;

function statementOf(sentence: string, [from, to]: Range): Statement {
  const pieces = cut(sentence, from, to, SOFT);
  const insertions: Range[] = [...sentence.slice(from, to).matchAll(PARENTHESIS)].map((match): Range => [from + match.index, from + match.index + match[0].length]);
  pieces.forEach((piece, index) => {
    // A clause that ends the statement is no insertion: nothing after it is parted by it.
    if (index === 0 || index === pieces.length - 1) return;
    if (opensSubordinate(sentence.slice(...piece), sentence.slice(...pieces[index - 1]!))) insertions.push(piece);
  });
  return { from, to, insertions };
}

const cache = new Map<string, readonly Statement[]>();
const CACHE_SIZE = 256;

export function statementsOf(sentence: string): readonly Statement[] {
  const before = cache.get(sentence);
  if (before) return before;
  const statements = cut(sentence, 0, sentence.length, HARD).map((part) => statementOf(sentence, part));
  if (cache.size >= CACHE_SIZE) cache.clear();
  cache.set(sentence, statements);
  return statements;
}
