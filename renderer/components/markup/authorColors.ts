/**
 * Each author's markup in a colour of their own: the reviewer's chosen colour for their own
 * changes, a stable colour from a palette for everyone else (the same name, the same colour).
 */
/** Each at least 4.5:1 against a white page (WCAG AA for text). */
const PALETTE = ['#b23a48', '#1f7a4d', '#6f43b5', '#9a4f00', '#0f6f8f', '#a23b8c', '#4f6a19', '#8a5a2b'];

export function colorForAuthor(author: string, own: { name: string; color: string } | null): string {
  if (own && author === own.name) return own.color;
  let hash = 0;
  for (const char of author) hash = (hash * 31 + char.codePointAt(0)!) >>> 0;
  return PALETTE[hash % PALETTE.length]!;
}
