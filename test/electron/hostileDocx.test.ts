/**
 * Hostile and broken DOCX files (and a 300 MB file), made here in the set-up, through every
 * entry point that reads them: the app's open and compare handlers, and `clausemark parse`,
 * `import`, `export` and `compare`. Each is refused with one clear line that says what and
 * why, within seconds and in bounded memory, exit code 1 on the command line, and an
 * existing output file is left byte for byte as it was. Files whose parts only say to make
 * far more than they are (a numbering bomb, a footnote bomb) are read, in seconds and
 * bounded memory too.
 */
import { createHash } from 'node:crypto';
import { open, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createInflateRaw } from 'node:zlib';
import { unzipSync } from 'fflate';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOCX_LIMITS, exportDocx } from '../../shared/docx';
import { errorMessage } from '../../shared/host/errorMessage';
import { translator } from '../../shared/i18n';
import { newReview, serializeReview } from '../../shared/review/reviewFile';
import { runClausemarkMeasured, type MeasuredCliResult } from '../support/cli';
import { testHost, type TestHost, whole } from '../support/handlers';
import { boundedDocxCorpus, hostileDocxCorpus, largeDocument, type BoundedDocx, type HostileDocx } from '../support/hostileDocx';
import { negotiatedTemplate } from '../support/negotiated';

// Bounds in processor time, not on the clock: a machine loaded by the rest of the suite slows
// the clock, not the work, and the work is what a hostile file would blow up.
/** A refusal on the command line: start-up, reading and refusing together. */
const CLI_CPU_SECONDS = 3;
/** A refusal in the app’s handlers, without the start-up. */
const HANDLER_CPU_SECONDS = 5;

/** Processor time of this process (its threads too) while `work` runs. */
async function cpuMilliseconds<T>(work: () => Promise<T>): Promise<{ result: T; milliseconds: number }> {
  const started = process.cpuUsage();
  const result = await work();
  const used = process.cpuUsage(started);
  return { result, milliseconds: (used.user + used.system) / 1000 };
}
/** Node with the bundle takes 70–90 MB; refusing the zip bomb about 170 MB (it stops at 32 MB a part). */
const CLI_PEAK_RSS = 400 * 1024 * 1024;
const HUGE = 300 * 1024 * 1024;

let folder: string;
let host: TestHost;
let corpus: HostileDocx[];
let bounded: BoundedDocx[];
let existingReview: Buffer;
let existingDocx: Buffer;

/** The 300 MB files: sparse, so the test writes nothing like 300 MB. */
const LARGE: HostileDocx[] = [
  { name: 'huge.docx', bytes: new Uint8Array(0), error: { code: 'too-large', file: 'huge.docx' }, says: /too large to open \(300 MB\)/u },
  { name: 'huge.txt', bytes: new Uint8Array(0), error: { code: 'too-large', file: 'huge.txt' }, says: /too large to open \(300 MB\)/u },
];

const en = translator('en');
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const all = () => [...corpus, ...LARGE];

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'clausemark-hostile-docx-'));
  host = await testHost({ workDir: folder });
  const contract = negotiatedTemplate();
  const exported = await exportDocx({ contract }, { mode: 'redline', includeInternal: false, tomLayout: 'text', coverPage: false, author: '', title: '', now: '2026-11-26T00:00:00.000Z' });
  corpus = hostileDocxCorpus(exported);
  bounded = boundedDocxCorpus(exported);
  for (const file of [...corpus, ...bounded]) await writeFile(join(folder, file.name), file.bytes);
  for (const file of LARGE) {
    const handle = await open(join(folder, file.name), 'w');
    await handle.truncate(HUGE);
    await handle.close();
  }
  existingDocx = Buffer.from(exported);
  existingReview = Buffer.from(serializeReview(newReview(contract, { kind: 'template', name: 'avv-template.txt' }, '2026-11-26T00:00:00.000Z')));
}, 60_000);

afterAll(async () => {
  await host.cleanup();
  await rm(folder, { recursive: true, force: true });
});

/** The corpus by name: `it.each` names its cases before `beforeAll` makes the files. */
const NAMES = [
  'empty.docx',
  'random.docx',
  'text.docx',
  'truncated.docx',
  'no-document.docx',
  'broken-xml.docx',
  'zip-bomb.docx',
  'xxe.docx',
  'xxe-styles.docx',
  'billion-laughs.docx',
  'nested.docx',
  'flipped-letter.docx',
  'document-twice.docx',
  'empty-paragraphs.docx',
  'many-entries.docx',
  'huge.docx',
  'huge.txt',
];
/** The files that are read within the budget (`boundedDocxCorpus`). */
const READ = ['numbering-bomb.docx', 'footnote-bomb.docx', 'no-styles.docx'];
const file = (name: string): HostileDocx => {
  const found = all().find((candidate) => candidate.name === name);
  if (!found) throw new Error(`${name} is not in the corpus`);
  return found;
};

it('has every file of the corpus under test', () => {
  expect(all().map((entry) => entry.name).sort()).toEqual([...NAMES].sort());
});

describe('the zip bomb is one', () => {
  it('about 1 MB that unpacks to 1 GiB, as its headers say', async () => {
    const bomb = await readFile(join(folder, 'zip-bomb.docx'));
    expect(bomb.length).toBeLessThan(1.5 * 1024 * 1024);
    const view = new DataView(bomb.buffer, bomb.byteOffset, bomb.byteLength);
    const central = bomb.lastIndexOf(Buffer.from('PK\x01\x02', 'latin1'));
    const [compressed, size, nameLength] = [view.getUint32(central + 20, true), view.getUint32(central + 24, true), view.getUint16(central + 28, true)];
    expect(bomb.subarray(central + 46, central + 46 + nameLength).toString()).toBe('word/document.xml');
    expect(size).toBe(1024 * 1024 * 1024);
    // Inflated here as a stream, counted and dropped: the whole 1 GiB, never held at once.
    const local = view.getUint32(central + 42, true);
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    let inflated = 0;
    await pipeline(Readable.from([bomb.subarray(start, start + compressed)]), createInflateRaw(), async (chunks: AsyncIterable<Buffer>) => {
      for await (const chunk of chunks) inflated += chunk.length;
    });
    expect(inflated).toBe(size);
  }, 30_000);
});

/** What every refusal must look like on the screen or the terminal: one line, what and why. */
function expectOneClearLine(line: string, entry: HostileDocx): void {
  expect(line).not.toContain('\n');
  expect(line).toContain(`“${entry.name}”`);
  expect(line).toMatch(entry.says);
  expect(line).not.toMatch(/undefined|null|\[object|Error:|\bat .*:\d+:\d+/u);
}

describe('through the app’s handlers', () => {
  it.each(NAMES)('open: %s is refused with what is wrong, quickly, and left untouched', async (name) => {
    const entry = file(name);
    const path = join(folder, name);
    const before = await stat(path);
    host.dialogs.openAnswers.push(path);
    const { result: outcome, milliseconds } = await cpuMilliseconds(async () => whole(host, await host.handlers.openFile()));
    expect(milliseconds).toBeLessThan(HANDLER_CPU_SECONDS * 1000);
    expect(outcome).toMatchObject({ status: 'failed', error: { ...entry.error, file: name } });
    if (outcome.status === 'failed') expectOneClearLine(errorMessage(outcome.error, en), entry);
    const after = await stat(path);
    expect([after.size, after.mtimeMs]).toEqual([before.size, before.mtimeMs]);
  });

  it.each(NAMES)('compare with a file: %s is refused the same way', async (name) => {
    host.dialogs.openAnswers.push(join(folder, name));
    const outcome = await host.handlers.openForComparison();
    expect(outcome).toMatchObject({ status: 'failed', error: { ...file(name).error, file: name } });
  });

  it('keeps nothing of a refused file: no recent entry, nothing written beside it', async () => {
    expect(await host.handlers.listRecent()).toEqual([]);
    expect((await readdir(folder)).sort()).toEqual([...NAMES, ...READ].sort());
  });
});

describe('files whose parts say to make far more than they are', () => {
  it('has every file of the bounded corpus under test', () => {
    expect(bounded.map((entry) => entry.name).sort()).toEqual([...READ].sort());
  });

  it.each(READ)('open: %s is read, quickly', async (name) => {
    host.dialogs.openAnswers.push(join(folder, name));
    const { result: outcome, milliseconds } = await cpuMilliseconds(async () => whole(host, await host.handlers.openFile()));
    expect(milliseconds).toBeLessThan(HANDLER_CPU_SECONDS * 1000);
    expect(outcome.status).toBe('opened');
    if (outcome.status === 'opened') expect(outcome.document.review.contract.sections.length).toBeGreaterThan(0);
  });

  it.each(READ)('clausemark parse %s --json: exit 0, seconds and bounded memory, an output of its own size', async (name) => {
    const work = await mkdtemp(join(folder, 'run-'));
    try {
      const result = await runClausemarkMeasured(['parse', join(folder, name), '--json'], join(work, 'usage.json'));
      expect(result.code, result.stderr).toBe(0);
      expect(result.cpuMilliseconds).toBeLessThan(CLI_CPU_SECONDS * 1000);
      expect(result.peakRss).toBeLessThan(CLI_PEAK_RSS);
      // The footnote bomb's note once, not once for each of its 20,000 references (200 MB).
      expect(result.stdout.length).toBeLessThan(1024 * 1024);
      if (name === 'numbering-bomb.docx') expect(result.stderr).toBe(`clausemark: ${en('docx.warnings.labels-cut', { count: 300 })}\n`);
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  });
});

describe('through the command line', () => {
  type Command = 'parse' | 'import' | 'export' | 'compare';
  interface Run extends MeasuredCliResult {
    /** Hashes of the existing outputs after the run, and what else is in their folder. */
    readonly review: string;
    readonly docx: string;
    readonly beside: readonly string[];
  }
  const COMMANDS: Record<Command, (input: string, out: { review: string; docx: string }) => string[]> = {
    parse: (input) => ['parse', input, '--json'],
    import: (input, out) => ['import', input, '--out', out.review],
    export: (input, out) => ['export', input, '--out', out.docx],
    // With --out: reading is the same as without, and the redline must not be written.
    compare: (input, out) => ['compare', 'template', input, '--out', out.docx],
  };
  const CASES = NAMES.flatMap((name) => (Object.keys(COMMANDS) as Command[]).map((command) => [command, name] as const));
  const runs = new Map<string, Run>();

  /** Runs one command beside fresh copies of the existing outputs. */
  async function run(command: Command, name: string): Promise<Run> {
    const work = await mkdtemp(join(folder, 'run-'));
    try {
      const outputs = { review: join(work, 'existing.clausemark'), docx: join(work, 'existing.docx') };
      await writeFile(outputs.review, existingReview);
      await writeFile(outputs.docx, existingDocx);
      const result = await runClausemarkMeasured(COMMANDS[command](join(folder, name), outputs), join(work, 'usage.json'));
      const beside = (await readdir(work)).filter((entry) => entry !== 'usage.json').sort();
      return { ...result, review: sha256(await readFile(outputs.review)), docx: sha256(await readFile(outputs.docx)), beside };
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  }

  beforeAll(async () => {
    // Two at a time: the processes are measured one by one, the suite need not wait for each.
    const queue = [...CASES];
    const worker = async () => {
      for (let next = queue.shift(); next; next = queue.shift()) runs.set(next.join(' '), await run(...next));
    };
    await Promise.all([worker(), worker()]);
  }, 180_000);

  it.each(CASES)('%s %s: exit 1, one clear line, seconds and bounded memory, existing output byte for byte', (command, name) => {
    const result = runs.get(`${command} ${name}`)!;
    expect(result.code, result.stderr).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.endsWith('\n')).toBe(true);
    const lines = result.stderr.slice(0, -1).split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^clausemark: /u);
    if (command === 'import' && !name.endsWith('.docx')) expect(lines[0]).toBe(`clausemark: ${en('cli.importNeedsDocx', { file: name })}`);
    else expectOneClearLine(lines[0]!, file(name));
    expect(result.cpuMilliseconds).toBeLessThan(CLI_CPU_SECONDS * 1000);
    expect(result.peakRss).toBeLessThan(CLI_PEAK_RSS);
    expect(result.review).toBe(sha256(existingReview));
    expect(result.docx).toBe(sha256(existingDocx));
    expect(result.beside).toEqual(['existing.clausemark', 'existing.docx']);
  });

  it('reports what it measured', () => {
    const most = (measure: (result: Run) => number) => [...runs.entries()].reduce((best, entry) => (measure(entry[1]) > measure(best[1]) ? entry : best));
    const [largest, memory] = most((result) => result.peakRss);
    const [slowest, time] = most((result) => result.cpuMilliseconds);
    console.info(`hostile input on the command line, ${runs.size} runs: peak RSS at most ${Math.round(memory.peakRss / 1024 / 1024)} MB (${largest}), processor time at most ${Math.round(time.cpuMilliseconds)} ms (${slowest})`);
    expect(runs.size).toBe(CASES.length);
  });
});

describe('a DOCX as large as the limits allow', () => {
  /** The budget of #21 for a DOCX within the limits: 600 MB for the whole process (Node itself takes 70–90 MB). */
  const PEAK_RSS = 600 * 1024 * 1024;

  it('clausemark parse reads a 28 MB document.xml of 166,000 paragraphs in bounded memory', async () => {
    const bytes = largeDocument();
    const xml = unzipSync(bytes, { filter: (entry) => entry.name === 'word/document.xml' })['word/document.xml']!;
    expect(xml.length).toBeGreaterThan(26 * 1024 * 1024);
    expect(xml.length).toBeLessThan(DOCX_LIMITS.maxPartBytes);
    const work = await mkdtemp(join(folder, 'large-'));
    try {
      await writeFile(join(work, 'large.docx'), bytes);
      const result = await runClausemarkMeasured(['parse', join(work, 'large.docx'), '--json'], join(work, 'usage.json'), 120_000);
      expect(result.code, result.stderr).toBe(0);
      expect(result.peakRss).toBeLessThan(PEAK_RSS);
      console.info(`a 28 MB document.xml on the command line: peak RSS ${Math.round(result.peakRss / 1024 / 1024)} MB, processor time ${Math.round(result.cpuMilliseconds)} ms, ${Math.round(result.milliseconds)} ms`);
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  }, 180_000);
});
