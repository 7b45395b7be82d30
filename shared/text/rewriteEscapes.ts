/**
 * A pattern's source with some of its escapes written otherwise. `rewrite` is asked at each
 * `\` (with whether it stands inside a character class) and gives what to write and how many
 * characters of the source that stands for, or null to keep the escape as it is. The rest of
 * the source, escaped characters included, is copied unchanged.
 */
export function rewriteEscapes(source: string, rewrite: (at: number, inClass: boolean) => { readonly text: string; readonly length: number } | null): string {
  // Copied a stretch at a time between the characters that matter: the cue rules' sources run to
  // thousands of characters, and copying them one character at a time was most of building the rules.
  const special = /[\\[\]]/gu;
  let result = '';
  let inClass = false;
  let copied = 0;
  for (let found = special.exec(source); found !== null; found = special.exec(source)) {
    const i = found.index;
    if (source[i] !== '\\') {
      inClass = source[i] === '[';
      continue;
    }
    const rewritten = rewrite(i, inClass);
    const length = rewritten ? rewritten.length : 2;
    result += source.slice(copied, i) + (rewritten ? rewritten.text : source.slice(i, i + 2));
    copied = i + length;
    special.lastIndex = copied;
  }
  return result + source.slice(copied);
}
