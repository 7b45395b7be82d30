/**
 * A pattern's source with some of its escapes written otherwise. `rewrite` is asked at each
 * `\` (with whether it stands inside a character class) and gives what to write and how many
 * characters of the source that stands for, or null to keep the escape as it is. The rest of
 * the source, escaped characters included, is copied unchanged.
 */
export function rewriteEscapes(source: string, rewrite: (at: number, inClass: boolean) => { readonly text: string; readonly length: number } | null): string {
  let result = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const char = source[i]!;
    if (char === '\\') {
      const rewritten = rewrite(i, inClass);
      result += rewritten ? rewritten.text : source.slice(i, i + 2);
      i += (rewritten ? rewritten.length : 2) - 1;
      continue;
    }
    if (char === '[') inClass = true;
    else if (char === ']') inClass = false;
    result += char;
  }
  return result;
}
