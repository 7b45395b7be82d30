/**
 * A reviewer's identity from the name they type: initials for compact marks and a colour
 * for their markup, chosen from a fixed palette by the name so it stays the same.
 */
import type { Author } from '../host/preferences';

const PALETTE = ['#1f5f8b', '#8a4b00', '#5b3f8c', '#2e6b3a', '#a11d5c', '#4a5a12', '#0f6e6e', '#7a3b1d'];

export function authorFromName(name: string): Author {
  const trimmed = name.trim().replace(/\s+/gu, ' ');
  const words = trimmed.split(' ').filter((word) => /\p{L}/u.test(word));
  const letters = words.length >= 2 ? [words[0]!, words[words.length - 1]!] : words.slice(0, 1);
  const initials = letters.map((word) => [...word.replace(/[^\p{L}]/gu, '')][0] ?? '').join('').toUpperCase() || '?';
  let hash = 0;
  for (const char of trimmed) hash = (hash * 31 + char.codePointAt(0)!) >>> 0;
  return { name: trimmed, initials: initials.slice(0, 4), color: PALETTE[hash % PALETTE.length]! };
}
