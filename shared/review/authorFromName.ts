/**
 * A reviewer's identity from the name they type: initials for compact marks and a colour
 * for their markup, chosen from a fixed palette by the name so it stays the same.
 */
import { colorOfName } from './authorColors';
import type { Author } from './author';

export function authorFromName(name: string): Author {
  const trimmed = name.trim().replace(/\s+/gu, ' ');
  const words = trimmed.split(' ').filter((word) => /\p{L}/u.test(word));
  const letters = words.length >= 2 ? [words[0]!, words[words.length - 1]!] : words.slice(0, 1);
  const initials = letters.map((word) => [...word.replace(/[^\p{L}]/gu, '')][0] ?? '').join('').toUpperCase() || '?';
  return { name: trimmed, initials: initials.slice(0, 4), color: colorOfName(trimmed) };
}
