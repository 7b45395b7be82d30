/** Multiset comparison of words: what the input has that the parsed contract lacks, and vice versa. */
import type { Contract } from '../../shared/contract/model';
import { contractTexts, wordsOf } from '../../shared/contract/words';

function count(words: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1);
  return counts;
}

export function wordDifference(input: string, contract: Contract): { missing: string[]; extra: string[] } {
  const expected = count(wordsOf(input));
  const actual = count(contractTexts(contract).flatMap(wordsOf));
  const missing: string[] = [];
  const extra: string[] = [];
  for (const [word, n] of expected) for (let i = actual.get(word) ?? 0; i < n; i++) missing.push(word);
  for (const [word, n] of actual) for (let i = expected.get(word) ?? 0; i < n; i++) extra.push(word);
  return { missing, extra };
}
