/**
 * A pattern's source with some of its escapes written otherwise. `rewrite` is asked at each
 * `\` (with whether it stands inside a character class) and gives what to write and how many
 * characters of the source that stands for, or null to keep the escape as it is. The rest of
 * the source, escaped characters included, is copied unchanged.
 *
 * It jumps from one `\`, `[` or `]` to the next and copies what lies between in one slice:
 * the patterns built when a command starts (the cue rules hold classes of a thousand
 * characters) were walked a character at a time, in code not yet compiled.
 */
export function rewriteEscapes(source: string, rewrite: (at: number, inClass: boolean) => { readonly text: string; readonly length: number } | null): string {
  const special = /[\\[\]]/g;
  let result = '';
  let copied = 0;
  let inClass = false;
  for (let match = special.exec(source); match !== null; match = special.exec(source)) {
    const at = match.index;
    if (match[0] !== '\\') {
      inClass = match[0] === '[';
      continue;
    }
    const rewritten = rewrite(at, inClass);
    if (rewritten) {
      result += source.slice(copied, at) + rewritten.text;
      copied = at + rewritten.length;
    }
    special.lastIndex = at + (rewritten ? rewritten.length : 2);
  }
  return result + source.slice(copied);
}
