/**
 * Each author's markup in a colour of their own: the reviewer's chosen colour for their own
 * changes, a stable colour from a palette for everyone else (the same name, the same colour).
 */
const PALETTE = ['#b23a48', '#1f7a4d', '#7a4cc2', '#b8620a', '#0f6f8f', '#a23b8c', '#56721c', '#8a5a2b'];

export function colorForAuthor(author: string, own: { name: string; color: string } | null): string {
  if (own && author === own.name) return own.color;
  let hash = 0;
  for (const char of author) hash = (hash * 31 + char.codePointAt(0)!) >>> 0;
  return PALETTE[hash % PALETTE.length]!;
}
