/**
 * Patterns over the Latin script. The patterns that read a contract's layout and grammar
 * name letters and digits as Unicode classes (`\p{L}`, `\p{Ll}`, `\p{Lu}`, `\p{N}`);
 * `latin` gives the same pattern with each of these classes cut to the Latin script:
 * U+0000–U+024F, the capital sharp s `ẞ` and the ligatures `ﬀ`–`ﬆ` that text taken from a
 * PDF holds. German and English contracts are written in it, and on text in it the cut
 * pattern matches exactly where the original does; a letter of another script (Greek,
 * Cyrillic) counts as no letter.
 *
 * Why: V8 compiles a property class into a search over hundreds of ranges of every script,
 * astral ones included, in each pattern that holds it, and again in every run of the app or
 * the command. The cue rules and the parser hold over a hundred such classes; cut to Latin
 * they compile in a fifth of the time, which was a sixth of parsing a 1000-clause contract.
 */
import { rewriteEscapes } from './rewriteEscapes';

/** The Latin script's blocks and the letters outside them that German and English text uses. */
const LATIN: readonly (readonly [number, number])[] = [
  [0x0000, 0x024f],
  [0x1e9e, 0x1e9e],
  [0xfb00, 0xfb06],
];

/** The code points of `LATIN` that `property` matches, as the body of a character class. */
function classBody(property: RegExp): string {
  let body = '';
  for (const [from, to] of LATIN) {
    let start = -1;
    for (let code = from; code <= to + 1; code++) {
      const inside = code <= to && property.test(String.fromCodePoint(code));
      if (inside && start < 0) start = code;
      if (!inside && start >= 0) {
        const first = `\\u{${start.toString(16)}}`;
        body += start === code - 1 ? first : `${first}-\\u{${(code - 1).toString(16)}}`;
        start = -1;
      }
    }
  }
  return body;
}

let bodies: Readonly<Record<string, string>> | null = null;
function classBodies(): Readonly<Record<string, string>> {
  bodies ??= { L: classBody(/\p{L}/u), Ll: classBody(/\p{Ll}/u), Lu: classBody(/\p{Lu}/u), N: classBody(/\p{N}/u) };
  return bodies;
}

const PROPERTY = /^\\p\{(L|Ll|Lu|N)\}/u;

/**
 * `source` (of a pattern with the `u` flag) with `\p{L}`, `\p{Ll}`, `\p{Lu}` and `\p{N}`
 * cut to the Latin script, inside a character class and outside one. Other escapes,
 * including other property classes, stay as they are.
 */
export function latinSource(source: string): string {
  // A source built only of parts already cut (the rules' statement lead, the masked mentions) is as it was.
  if (!source.includes('\\p{')) return source;
  const classes = classBodies();
  return rewriteEscapes(source, (at, inClass) => {
    if (source[at + 1] !== 'p') return null;
    const property = PROPERTY.exec(source.slice(at, at + 6));
    if (!property) return null;
    const body = classes[property[1]!]!;
    return { text: inClass ? body : `[${body}]`, length: property[0].length };
  });
}

/** `pattern` with its letter and digit classes cut to the Latin script (see `latinSource`); the same flags. */
export function latin(pattern: RegExp): RegExp {
  if (!pattern.unicode) throw new TypeError('latin needs a pattern with the u flag');
  return new RegExp(latinSource(pattern.source), pattern.flags);
}
