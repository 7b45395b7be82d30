/**
 * A text as a quote: its whitespace collapsed and trimmed (a word-level change carries the
 * spaces and line breaks around its words), and, where longer than `max` characters, cut
 * after the last whole word that fits, with an ellipsis where it was cut.
 */
export function excerpt(text: string, max: number): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  if (flat.length <= max) return flat;
  const space = flat.lastIndexOf(' ', max);
  // One word longer than the whole excerpt is cut inside it.
  const head = space > 0 ? flat.slice(0, space) : flat.slice(0, max);
  return `${head.replace(/[\s,;:]+$/u, '')}…`;
}
