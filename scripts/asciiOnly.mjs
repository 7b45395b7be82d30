// A bundle in ASCII only, its source map moved to match. esbuild escapes what is not ASCII in
// strings and templates, but leaves regular expression literals as written (`/[„“]/u`): one
// such character makes Node read the whole file as a two-byte string, which V8 then scans at
// start and again whenever it compiles a function lazily. `\uXXXX` means the same character
// in a pattern with or without the `u` flag, as in a string or an identifier; a pattern's
// `source` then spells it escaped, which no code of ours compares as text.
import { readFile, writeFile } from 'node:fs/promises';

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DIGIT = new Map([...BASE64].map((character, index) => [character, index]));

function decodeSegment(segment) {
  const values = [];
  let value = 0;
  let shift = 0;
  for (const character of segment) {
    const digit = DIGIT.get(character);
    value += (digit & 31) << shift;
    if (digit & 32) shift += 5;
    else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}

function encodeValue(value) {
  let rest = value < 0 ? (-value << 1) | 1 : value << 1;
  let text = '';
  do {
    let digit = rest & 31;
    rest >>>= 5;
    if (rest > 0) digit |= 32;
    text += BASE64[digit];
  } while (rest > 0);
  return text;
}

/** Each generated line's escapes as [column in the original, characters added there], in order. */
function escapeLines(code) {
  const lines = code.split('\n');
  const added = lines.map(() => []);
  const escaped = lines.map((line, index) =>
    line.replace(/[\u0080-\u{10ffff}]/gu, (character, column) => {
      // A character outside the Basic Multilingual Plane is two code units, written as two escapes.
      const units = [...Array(character.length).keys()].map((unit) => `\\u${character.charCodeAt(unit).toString(16).padStart(4, '0')}`).join('');
      added[index].push([column, units.length - character.length]);
      return units;
    }),
  );
  return { code: escaped.join('\n'), added };
}

/** The mappings with each segment's generated column moved by what was added before it on its line. */
function movedMappings(mappings, added) {
  return mappings
    .split(';')
    .map((line, index) => {
      const shifts = added[index] ?? [];
      if (shifts.length === 0 || line === '') return line;
      let column = 0;
      let previous = 0;
      return line
        .split(',')
        .map((segment) => {
          const [delta, ...rest] = decodeSegment(segment);
          column += delta;
          let moved = column;
          for (const [at, count] of shifts) if (at < column) moved += count;
          const text = encodeValue(moved - previous) + rest.map(encodeValue).join('');
          previous = moved;
          return text;
        })
        .join(',');
    })
    .join(';');
}

/** Rewrites `file` (and `file.map`, when there is one) to ASCII only. */
export async function asciiOnly(file) {
  const { code, added } = escapeLines(await readFile(file, 'utf8'));
  if (added.every((line) => line.length === 0)) return;
  await writeFile(file, code);
  const mapFile = `${file}.map`;
  const map = JSON.parse(await readFile(mapFile, 'utf8').catch(() => 'null'));
  if (map === null) return;
  await writeFile(mapFile, JSON.stringify({ ...map, mappings: movedMappings(map.mappings, added) }));
}
