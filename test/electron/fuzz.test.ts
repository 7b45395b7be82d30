/**
 * Fuzzing the readers and writers (#21), with fast-check: text contracts made of the pieces
 * that trouble readers (runs of whitespace, markers, role lines, control characters), review
 * files of the template with a value changed, cut or removed anywhere, and DOCX packages built
 * of paragraphs, tracked changes, comments and list numbering in any order. Each input is read
 * as the app reads it, in a worker with a time and heap bound, and must come to a document or
 * to a refusal the app words in both languages, never an escaped exception, a hang, a crash or
 * an internal error. What opens is then written as the app writes it, as a review and as a
 * DOCX, each over an existing file: what is written reads back, and what fails leaves the
 * existing file byte for byte as it was. `FUZZ_RUNS=500` runs each property that many times
 * instead of the few dozen of `npm test`. (Mutations of a valid DOCX's bytes and XML are in
 * `test/shared/docx/mutation.test.ts`.)
 */
import fc from 'fast-check';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../electron/handlers/atomicWrite';
import { writeDocx } from '../../electron/handlers/exportDocx';
import { loadBytes } from '../../electron/handlers/readDocument';
import { importDocx } from '../../shared/docx';
import { errorMessage } from '../../shared/host/errorMessage';
import { translator } from '../../shared/i18n';
import { parseContract } from '../../shared/parse/parseContract';
import { newReview, parseReviewFile, serializeReview } from '../../shared/review/reviewFile';
import { boundedLoader, type BoundedAnswer, type BoundedLoader } from '../support/boundedLoader';
import { docxPackage } from '../support/docxPackage';
import { readTemplate } from '../support/files';

const BOUND_MS = 15_000;
const RUNS = Number(process.env['FUZZ_RUNS'] ?? 0);
const runs = (fallback: number) => ({ numRuns: RUNS || fallback, endOnFailure: true });

const en = translator('en');
const de = translator('de');
const EXISTING = new TextEncoder().encode('an existing file, which a failed write must leave as it is');

let loader: BoundedLoader;
let folder: string;
let templateReview: string;

beforeAll(async () => {
  loader = await boundedLoader(BOUND_MS);
  folder = await mkdtemp(join(tmpdir(), 'clausemark-fuzz-'));
  templateReview = serializeReview(newReview(parseContract(readTemplate()), { kind: 'template', name: 'avv-template.txt' }, '2026-12-01T00:00:00.000Z'));
}, 30_000);

afterAll(async () => {
  for (const [file, counts] of outcomes) console.info(`fuzzed ${file}: ${[...counts.entries()].map(([outcome, count]) => `${outcome} ${count}`).join(', ')}`);
  await loader.close();
  await rm(folder, { recursive: true, force: true });
});

/** What the reads came to, per kind of input: to see that documents and refusals both turn up. */
const outcomes = new Map<string, Map<string, number>>();

/** A document, or a refusal with a cause of the file's own, worded in English and German. */
function expectDocumentOrWordedRefusal(answer: BoundedAnswer, file: string): void {
  const counts = outcomes.get(file) ?? new Map<string, number>();
  outcomes.set(file, counts);
  const outcome = answer.kind === 'refused' ? answer.error.code : answer.kind;
  counts.set(outcome, (counts.get(outcome) ?? 0) + 1);
  if (answer.kind === 'threw') expect.fail(`an exception escaped the reader: ${answer.stack}`);
  if (answer.kind === 'hung') expect.fail(`the read ran past ${BOUND_MS} ms`);
  if (answer.kind === 'crashed') expect.fail(`the reader's worker died: ${answer.message}`);
  if (answer.kind === 'opened') return;
  expect(answer.error.code, `${answer.error.code}: ${answer.error.detail ?? ''}`).not.toBe('internal');
  for (const t of [en, de]) {
    const message = errorMessage(answer.error, t);
    expect(message).toContain(file);
    expect(message).not.toMatch(/\n|undefined|\{\{|\[object|errors\./u);
  }
}

let written = 0;

/**
 * What opened, written as the app writes it over an existing file: a review (Save) and a DOCX
 * (Export). A write that succeeds reads back; one that fails leaves the existing file as it was.
 */
async function expectWritesReadBack(bytes: Uint8Array, file: string): Promise<void> {
  const loaded = await loadBytes(bytes, file);
  if (!loaded.ok) return;
  const target = join(folder, `out-${++written}`);
  const review = `${target}.clausemark`;
  await writeFile(review, EXISTING);
  let serialized: string | null = null;
  try {
    serialized = serializeReview(loaded.review);
    await writeFileAtomic(review, serialized, { backup: true });
  } catch {
    serialized = null;
  }
  if (serialized === null) expect(new Uint8Array(await readFile(review))).toEqual(EXISTING);
  else expect(parseReviewFile(await readFile(review, 'utf8')).ok).toBe(true);

  const docx = `${target}.docx`;
  await writeFile(docx, EXISTING);
  const choices = { mode: 'redline', includeInternal: true, tomLayout: 'table', coverPage: true, author: 'Anna Berger', title: '' } as const;
  const outcome = await writeDocx(docx, { contract: loaded.review.contract, choices }, '2026-12-01T00:00:00.000Z');
  if (outcome.status === 'saved') {
    const read = importDocx(new Uint8Array(await readFile(docx)));
    expect(read.ok ? 'read back' : read.error).toBe('read back');
  } else expect(new Uint8Array(await readFile(docx))).toEqual(EXISTING);
}

/** Pieces that trouble readers: markers, headings, role lines, whitespace runs, controls, odd characters. */
const TEXT_PIECES = [
  '§ 1 Gegenstand\n',
  '§ 2 Pflichten des Auftragnehmers\n',
  '1.1 ',
  '2. ',
  '(a) ',
  '- ',
  '# ',
  '## Anlage 1 Technische und organisatorische Maßnahmen\n',
  'Anlage 2\n',
  'Der Auftragnehmer ',
  'obliegt dem Auftraggeber',
  'The Processor shall ',
  'nachfolgend „Auftragnehmer“ genannt',
  '(the "Controller")',
  'Zutrittskontrolle:',
  'wird informiert',
  '. ',
  ': ',
  '\n',
  '\n\n',
  '\t',
  ' '.repeat(300),
  '\t'.repeat(300),
  '#'.repeat(50),
  '\u001b[2J',
  '\u0000',
  '\uFFFE',
  '\u202e',
  'ä',
  '𝔘',
];
const text = fc.array(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...TEXT_PIECES) }, { weight: 1, arbitrary: fc.string({ maxLength: 20 }) }), { maxLength: 120 }).map((pieces) => pieces.join(''));

/** The template's review with one value anywhere set to another, removed, or its file cut. */
type ReviewChange = (review: Record<string, unknown>) => void;

function pathsOf(value: unknown, into: (string | number)[][] = [], at: (string | number)[] = []): (string | number)[][] {
  if (at.length > 0) into.push(at);
  if (Array.isArray(value)) value.forEach((item, index) => pathsOf(item, into, [...at, index]));
  else if (typeof value === 'object' && value !== null) for (const [key, item] of Object.entries(value)) pathsOf(item, into, [...at, key]);
  return into;
}

const reviewChange: fc.Arbitrary<ReviewChange> = fc
  .tuple(fc.nat(), fc.oneof(fc.constant<'remove'>('remove'), fc.jsonValue({ maxDepth: 2 }), fc.constantFrom('', 'x', -1, 1e21, null, [], {}, 'kurz')))
  .map(([index, replacement]) => (review) => {
    const paths = pathsOf(review);
    const path = paths[index % paths.length]!;
    const parent = path.slice(0, -1).reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], review) as Record<string | number, unknown>;
    const key = path[path.length - 1]!;
    if (replacement === 'remove') {
      if (Array.isArray(parent)) parent.splice(Number(key), 1);
      else delete parent[key];
    } else parent[key] = replacement;
  });

const reviewFile = fc.oneof(
  { weight: 4, arbitrary: reviewChange.map((change) => {
    const review = JSON.parse(templateReview) as Record<string, unknown>;
    change(review);
    return JSON.stringify(review);
  }) },
  { weight: 1, arbitrary: fc.nat().map((cut) => templateReview.slice(0, cut % templateReview.length)) },
);

/** DOCX paragraphs of any kind in any order: headings, numbered and plain text, tracked changes, comments, list numbering. */
// eslint-disable-next-line no-control-regex -- what XML 1.0 forbids, left out of the generated parts
const escapeXml = (value: string) => value.replace(/[<>&"]/gu, (character) => `&#${character.charCodeAt(0)};`).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/gu, '');
const words = fc.constantFrom('Der Auftragnehmer prüft.', 'obliegt dem Auftraggeber', '1. Gegenstand', '§ 2 Pflichten', 'Anlage 1', 'Zutrittskontrolle', 'The Processor shall', ' ', '').chain((base) => fc.string({ maxLength: 12 }).map((extra) => escapeXml(base + extra)));
const run = words.map((value) => `<w:r><w:t xml:space="preserve">${value}</w:t></w:r>`);
const paragraphContent = fc.array(
  fc.oneof(
    { weight: 4, arbitrary: run },
    { weight: 1, arbitrary: fc.tuple(fc.nat(50), run).map(([id, inner]) => `<w:ins w:id="${id}" w:author="Jens" w:date="2026-01-02T03:04:05Z">${inner}</w:ins>`) },
    { weight: 1, arbitrary: fc.tuple(fc.nat(50), words).map(([id, value]) => `<w:del w:id="${id}" w:author="Jens"><w:r><w:delText>${value}</w:delText></w:r></w:del>`) },
    { weight: 1, arbitrary: fc.nat(5).map((id) => `<w:commentRangeStart w:id="${id}"/>`) },
    { weight: 1, arbitrary: fc.nat(5).map((id) => `<w:commentRangeEnd w:id="${id}"/><w:r><w:commentReference w:id="${id}"/></w:r>`) },
  ),
  { maxLength: 6 },
);
const paragraphProperties = fc.constantFrom('', '<w:pPr><w:pStyle w:val="Heading1"/></w:pPr>', '<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>', '<w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr></w:pPr>');
const docx = fc
  .tuple(
    fc.array(fc.tuple(paragraphProperties, paragraphContent).map(([properties, content]) => `<w:p>${properties}${content.join('')}</w:p>`), { minLength: 1, maxLength: 40 }),
    fc.constantFrom('decimal', 'lowerLetter', 'upperRoman', 'bullet'),
    fc.integer({ min: -5, max: 2_000_000_000 }),
  )
  .map(([paragraphs, format, start]) =>
    docxPackage({
      body: paragraphs.join(''),
      styles: '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>',
      numbering: `<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="${start}"/><w:numFmt w:val="${format}"/><w:lvlText w:val="%1."/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%1.%2)"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`,
      comments: Array.from({ length: 6 }, (_, id) => `<w:comment w:id="${id}" w:author="Anna" w:date="2026-01-02T03:04:05Z"><w:p><w:r><w:t>Note ${id}</w:t></w:r></w:p></w:comment>`).join(''),
    }),
  );

describe('fuzzed inputs', () => {
  it('text contracts open or are refused in words, and what opens is written and read back', async () => {
    await fc.assert(
      fc.asyncProperty(text, async (contract) => {
        const bytes = new TextEncoder().encode(`${readTemplate().slice(0, 400)}\n${contract}`);
        expectDocumentOrWordedRefusal(await loader.load(bytes, 'fuzzed.txt'), 'fuzzed.txt');
        await expectWritesReadBack(bytes, 'fuzzed.txt');
      }),
      runs(40),
    );
  }, 300_000);

  it('review files open or are refused in words, and what opens is written and read back', async () => {
    await fc.assert(
      fc.asyncProperty(reviewFile, async (file) => {
        const bytes = new TextEncoder().encode(file);
        expectDocumentOrWordedRefusal(await loader.load(bytes, 'fuzzed.clausemark'), 'fuzzed.clausemark');
        await expectWritesReadBack(bytes, 'fuzzed.clausemark');
      }),
      runs(40),
    );
  }, 300_000);

  it('DOCX packages open or are refused in words, and what opens is written and read back', async () => {
    await fc.assert(
      fc.asyncProperty(docx, async (bytes) => {
        expectDocumentOrWordedRefusal(await loader.load(bytes, 'fuzzed.docx'), 'fuzzed.docx');
        await expectWritesReadBack(bytes, 'fuzzed.docx');
      }),
      runs(40),
    );
  }, 300_000);
});
