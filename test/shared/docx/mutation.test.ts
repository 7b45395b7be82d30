/**
 * Property: any mutation of a valid DOCX — bytes of the zip flipped, inserted or deleted;
 * or the XML of a part cut, duplicated, moved or given odd attribute values, then zipped
 * again — is read as the app reads a file (`loadBytes`) into either a document or a
 * typed error the app can word, never an escaped exception, a hang or a runaway heap.
 * Each read runs in a worker with a time and heap bound (`boundedLoader`).
 * `DOCX_MUTATION_RUNS=2500` runs each property that many times instead of the 150 and 100 of `npm test`.
 */
import fc from 'fast-check';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportDocx } from '../../../shared/docx';
import type { DocxErrorReason } from '../../../shared/docx';
import { errorMessage } from '../../../shared/host/errorMessage';
import { translator } from '../../../shared/i18n';
import { boundedLoader, type BoundedAnswer, type BoundedLoader } from '../../support/boundedLoader';
import { negotiatedTemplate } from '../../support/negotiated';
import type { HostError, HostErrorCode } from '../../../shared/documents/errors';

/** A read of this document takes 20–250 ms (up to a second at worst); far past that, on a busy machine too, is a hang. */
const BOUND_MS = 10_000;
const RUNS = Number(process.env['DOCX_MUTATION_RUNS'] ?? 0);

const CODES: readonly HostErrorCode[] = ['empty', 'too-large', 'unreadable', 'no-structure', 'invalid-docx'];
const REASONS: readonly DocxErrorReason[] = [
  'not-a-zip',
  'truncated',
  'zip64',
  'encrypted',
  'compression',
  'duplicate-entry',
  'size-mismatch',
  'checksum',
  'too-many-entries',
  'entry-too-large',
  'total-too-large',
  'ratio',
  'missing-part',
  'not-docx',
  'encoding',
  'xml',
  'dtd',
  'too-deep',
  'too-many-items',
  'no-text',
];

let loader: BoundedLoader;
let valid: Uint8Array;
let parts: Record<string, string>;
let binaryParts: Record<string, Uint8Array>;
/** The digest of the intact file's contract (`LoadAnswer`). */
let intact: string;
/** What the reads came to, per property: to see that both documents and each kind of refusal turn up. */
const outcomes = new Map<string, Map<string, number>>();
let tally = new Map<string, number>();

beforeAll(async () => {
  loader = await boundedLoader(BOUND_MS);
  // Everything the writer can put in: tracked changes, comments with replies, a resolved one, an internal note, a cover page, the measures as a table.
  valid = await exportDocx({ contract: negotiatedTemplate() }, { mode: 'redline', includeInternal: true, tomLayout: 'table', coverPage: true, author: 'Anna Berger', title: '', now: '2026-11-26T00:00:00.000Z' });
  const read = await loader.load(valid, 'mutated.docx');
  if (read.kind !== 'opened') throw new Error(`the intact file was not read: ${read.kind}`);
  intact = read.contract;
  const files = unzipSync(valid);
  parts = {};
  binaryParts = {};
  for (const [name, content] of Object.entries(files)) {
    if (/\.(xml|rels)$/u.test(name)) parts[name] = strFromU8(content);
    else binaryParts[name] = content;
  }
}, 30_000);

afterAll(async () => {
  await loader.close();
  for (const [property, counts] of outcomes) console.info(`DOCX mutations, ${property}: ${[...counts.entries()].map(([outcome, count]) => `${outcome} ${count}`).join(', ')}`);
});

const en = translator('en');
const de = translator('de');

/**
 * The one property of every read: a document or a typed error in words, within its bounds.
 * `sameOrRefused`: the bytes were damaged, not rewritten, so a document read must be the intact one's
 * (a flipped byte is caught by the zip's sizes and CRC-32, never read as other words).
 */
function expectDocumentOrClearError(answer: BoundedAnswer, sameOrRefused = false): void {
  if (answer.kind === 'threw') expect.fail(`an exception escaped the reader: ${answer.stack}`);
  if (answer.kind === 'hung') expect.fail(`the read ran past ${BOUND_MS} ms`);
  if (answer.kind === 'crashed') expect.fail(`the reader's worker died: ${answer.message}`);
  if (answer.kind === 'opened') {
    tally.set('opened', (tally.get('opened') ?? 0) + 1);
    expect(answer.sections + answer.annexes).toBeGreaterThan(0);
    if (sameOrRefused) expect(answer.contract, 'a damaged file was read with other content').toBe(intact);
    return;
  }
  const error: HostError = answer.error;
  expect(CODES).toContain(error.code);
  if (error.code === 'invalid-docx') expect(REASONS).toContain(error.reason);
  expect(error.file).toBe('mutated.docx');
  for (const t of [en, de]) {
    const message = errorMessage(error, t);
    expect(message).toContain('mutated.docx');
    expect(message).not.toMatch(/\n|undefined|\{\{|\[object/u);
  }
  const key = error.code === 'invalid-docx' ? `${error.reason}` : error.code;
  tally.set(key, (tally.get(key) ?? 0) + 1);
}

/** Somewhere in the file, with extra weight on the zip's headers: the first bytes and the central directory at the end. */
/** In [0, 1), evenly: doubles crowd near 0 (as many below 1e-300 as above 0.5), so not `fc.double`. */
const fraction = fc.noBias(fc.integer({ min: 0, max: 999_999 })).map((millionths) => millionths / 1_000_000);

// Unbiased: fast-check leans to 0 and other edges, which would cut most files to nothing.
const position = fc.noBias(
  fc.oneof(
    { weight: 3, arbitrary: fraction.map((fraction) => (length: number) => Math.floor(fraction * length)) },
    { weight: 1, arbitrary: fc.nat(600).map((offset) => (length: number) => Math.min(offset, length - 1)) },
    { weight: 2, arbitrary: fc.nat(2_500).map((offset) => (length: number) => Math.max(0, length - 1 - offset)) },
  ),
);

type ByteMutation = (bytes: Uint8Array) => Uint8Array;
const byteMutation: fc.Arbitrary<ByteMutation> = fc.oneof(
  fc.tuple(position, fc.nat(7)).map(([at, bit]) => (bytes: Uint8Array) => {
    const copy = bytes.slice();
    copy[at(copy.length)]! ^= 1 << bit;
    return copy;
  }),
  fc.tuple(position, fc.integer({ min: 0, max: 255 })).map(([at, value]) => (bytes: Uint8Array) => {
    const copy = bytes.slice();
    copy[at(copy.length)] = value;
    return copy;
  }),
  fc.tuple(position, fc.uint8Array({ minLength: 1, maxLength: 16 })).map(([at, inserted]) => (bytes: Uint8Array) => {
    const where = at(bytes.length);
    return Uint8Array.from([...bytes.subarray(0, where), ...inserted, ...bytes.subarray(where)]);
  }),
  fc.tuple(position, fc.integer({ min: 1, max: 64 })).map(([at, length]) => (bytes: Uint8Array) => {
    const where = at(bytes.length);
    return Uint8Array.from([...bytes.subarray(0, where), ...bytes.subarray(where + length)]);
  }),
  position.map((at) => (bytes: Uint8Array) => bytes.slice(0, at(bytes.length))),
);

/** Start and end offsets of every tag in the text, and for a start tag its element's end. */
function tags(xml: string): { start: number; end: number; name: string; closing: boolean; selfClosing: boolean }[] {
  return [...xml.matchAll(/<(\/?)([A-Za-z_][\w.:-]*)[^<>]*?(\/?)>/gu)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    name: match[2]!,
    closing: match[1] === '/',
    selfClosing: match[3] === '/',
  }));
}

/** The `index`-th element, whole: from its start tag to its end tag (or its one empty-element tag). */
function elementAt(xml: string, index: number): { start: number; end: number } {
  const all = tags(xml);
  const starts = all.filter((tag) => !tag.closing);
  const first = starts[index % starts.length]!;
  if (first.selfClosing) return first;
  let depth = 0;
  for (const tag of all.slice(all.indexOf(first))) {
    if (tag.name !== first.name || tag.selfClosing) continue;
    depth += tag.closing ? -1 : 1;
    if (depth === 0) return { start: first.start, end: tag.end };
  }
  return first;
}

/** The `index`-th attribute that is not a namespace declaration, with its name and value. */
function attributeAt(xml: string, index: number): RegExpExecArray | undefined {
  const attributes = [...xml.matchAll(/\s([\w:]+)="([^"]*)"/gu)].filter((match) => match[1] !== 'xmlns' && !match[1]!.startsWith('xmlns:'));
  return attributes.length === 0 ? undefined : (attributes[index % attributes.length] as RegExpExecArray);
}

const ELEMENT_NAMES = fc.constantFrom('w:p', 'w:r', 'w:t', 'w:ins', 'w:del', 'w:delText', 'w:moveFrom', 'w:tbl', 'w:tr', 'w:tc', 'w:comment', 'w:numPr', 'w:pStyle', 'w:commentRangeStart', 'w:commentReference', 'w:footnoteReference', 'w:fldSimple', 'w:hyperlink', 'w:body', 'w:sdt', 'w:abstractNum', 'w:lvl', 'w:style', 'w:unknownElement');

const ODD_VALUES = ['', '-1', '0', '4294967296', '99999999999999999999', 'x', '&amp;', ' ', '1e309', 'NaN', 'Heading1', '0;1', 'rId1'];

type TextMutation = (xml: string) => string;


/** The parts worth mutating, the main document most often. */
function partName(): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 6, arbitrary: fc.constant('word/document.xml') },
    { weight: 4, arbitrary: fc.constantFrom('word/comments.xml', 'word/commentsExtended.xml', 'word/numbering.xml', 'word/styles.xml', 'word/footnotes.xml') },
    { weight: 2, arbitrary: fc.constantFrom('[Content_Types].xml', '_rels/.rels', 'word/_rels/document.xml.rels') },
  );
}

/** Mutations after which the part is no longer well-formed XML: the reader must say so. */
const breaking: fc.Arbitrary<TextMutation> = fc.oneof(
  // Delete a range of characters.
  fc.tuple(fraction, fc.integer({ min: 1, max: 400 })).map(([fraction, length]) => (xml: string) => {
    const at = Math.floor(fraction * xml.length);
    return xml.slice(0, at) + xml.slice(at + length);
  }),
  // Duplicate one tag somewhere else (unbalanced).
  fc.tuple(fc.noBias(fc.nat()), fc.noBias(fc.nat())).map(([from, to]) => (xml: string) => {
    const all = tags(xml);
    if (all.length === 0) return xml;
    const tag = all[from % all.length]!;
    const at = all[to % all.length]!.end;
    return xml.slice(0, at) + xml.slice(tag.start, tag.end) + xml.slice(at);
  }),
  // Rename one tag (its partner keeps the old name).
  fc.tuple(fc.noBias(fc.nat()), ELEMENT_NAMES).map(
    ([index, name]) =>
      (xml: string) => {
        const all = tags(xml);
        if (all.length === 0) return xml;
        const tag = all[index % all.length]!;
        const at = tag.start + (tag.closing ? 2 : 1);
        return xml.slice(0, at) + name + xml.slice(at + tag.name.length);
      },
  ),
  // Cut an attribute's closing quote.
  fc.noBias(fc.nat()).map((index) => (xml: string) => {
    const match = attributeAt(xml, index);
    return match ? xml.slice(0, match.index) + ` ${match[1]}="${match[2]}` + xml.slice(match.index + match[0].length) : xml;
  }),
);

/**
 * Mutations that keep the part well-formed but put things where they do not belong or
 * give them values they never have: these reach past the XML parser into the reader.
 */
const wellFormed: fc.Arbitrary<TextMutation> = fc.oneof(
  // Remove a whole element.
  fc.noBias(fc.nat()).map((index) => (xml: string) => {
    if (tags(xml).length === 0) return xml;
    const { start, end } = elementAt(xml, index);
    return xml.slice(0, start) + xml.slice(end);
  }),
  // Copy or move a whole element after another tag, out of place.
  fc.tuple(fc.noBias(fc.nat()), fc.noBias(fc.nat()), fc.boolean()).map(([from, to, move]) => (xml: string) => {
    if (tags(xml).length === 0) return xml;
    const { start, end } = elementAt(xml, from);
    const element = xml.slice(start, end);
    const rest = move ? xml.slice(0, start) + xml.slice(end) : xml;
    const all = tags(rest);
    const at = all.length === 0 ? 0 : all[to % all.length]!.end;
    return rest.slice(0, at) + element + rest.slice(at);
  }),
  // Rename a whole element, start and end tag, to another element of WordprocessingML.
  fc.tuple(fc.noBias(fc.nat()), ELEMENT_NAMES).map(([index, name]) => (xml: string) => {
    const all = tags(xml);
    if (all.length === 0) return xml;
    const { start, end } = elementAt(xml, index);
    const inner = tags(xml.slice(start, end));
    const first = inner[0]!;
    const last = inner[inner.length - 1]!;
    const renamed = (tag: (typeof inner)[number]) => `<${tag.closing ? '/' : ''}${name}${xml.slice(start + tag.start + (tag.closing ? 2 : 1) + tag.name.length, start + tag.end)}`;
    if (inner.length === 1) return xml.slice(0, start) + renamed(first) + xml.slice(end);
    return xml.slice(0, start) + renamed(first) + xml.slice(start + first.end, start + last.start) + renamed(last) + xml.slice(end);
  }),
  // Remove an attribute.
  fc.noBias(fc.nat()).map((index) => (xml: string) => {
    const match = attributeAt(xml, index);
    return match ? xml.slice(0, match.index) + xml.slice(match.index + match[0].length) : xml;
  }),
  // Give an attribute an odd value: empty, negative, huge, another id.
  fc.tuple(fc.noBias(fc.nat()), fc.constantFrom(...ODD_VALUES)).map(([index, value]) => (xml: string) => {
    const match = attributeAt(xml, index);
    return match ? `${xml.slice(0, match.index)} ${match[1]}="${value}"${xml.slice(match.index + match[0].length)}` : xml;
  }),
);

/** A part or two made ill-formed, or up to four well-formed changes (which get further into the reader). */
const textMutations = fc.oneof(
  { weight: 1, arbitrary: fc.array(fc.tuple(partName(), breaking), { minLength: 1, maxLength: 2 }) },
  { weight: 3, arbitrary: fc.array(fc.tuple(partName(), wellFormed), { minLength: 1, maxLength: 4 }) },
);

describe('a mutated DOCX is read into a document or a clear error, never a crash or a hang', () => {
  it('with bytes of the zip flipped, set, inserted, deleted or cut off: refused, or read exactly as before', async () => {
    outcomes.set('bytes', (tally = new Map()));
    await fc.assert(
      fc.asyncProperty(fc.array(byteMutation, { minLength: 1, maxLength: 6 }), async (mutations) => {
        const bytes = mutations.reduce((current, mutate) => (current.length === 0 ? current : mutate(current)), valid);
        expectDocumentOrClearError(await loader.load(bytes, 'mutated.docx'), true);
      }),
      { numRuns: RUNS || 150 },
    );
  }, RUNS ? RUNS * 1_000 : 60_000);

  it('with the XML of its parts cut, duplicated, moved, renamed or given odd values, zipped again', async () => {
    outcomes.set('XML', (tally = new Map()));
    await fc.assert(
      fc.asyncProperty(textMutations, async (mutations) => {
        const mutated = { ...parts };
        for (const [name, mutate] of mutations) if (mutated[name] !== undefined) mutated[name] = mutate(mutated[name]);
        const files: Record<string, Uint8Array> = { ...binaryParts };
        for (const [name, xml] of Object.entries(mutated)) files[name] = strToU8(xml);
        expectDocumentOrClearError(await loader.load(zipSync(files), 'mutated.docx'));
      }),
      { numRuns: RUNS || 100 },
    );
  }, RUNS ? RUNS * 1_000 : 60_000);
});
