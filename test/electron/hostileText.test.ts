/**
 * Text contracts shaped so that a reader whose cost grows faster than the text never finishes:
 * long runs of whitespace where patterns look for a line's end, a heading or a role line; one
 * paragraph of megabytes without a full stop that names the parties thousands of times; more
 * lines than V8 takes as arguments. Each is opened as the app opens it, in a worker with a time
 * bound, and must open. The bound only tells a finished read from a hung one: the old readers
 * took minutes, or never finished, or overflowed the stack, where these take seconds. The
 * budgets themselves live in `npm run bench`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { boundedLoader, type BoundedLoader } from '../support/boundedLoader';
import { readTemplate } from '../support/files';

/** Far beyond what a linear read of these needs on a busy machine, far below what the quadratic ones took. */
const BOUND_MS = 40_000;

const template = readTemplate().split('\n');
const encoder = new TextEncoder();

/** The template with `lines` put in after its line `at` (a line of the first section's clauses). */
function withLines(at: number, lines: readonly string[]): Uint8Array {
  return encoder.encode([...template.slice(0, at), ...lines, ...template.slice(at)].join('\n'));
}

const FIRST_CLAUSE = template.findIndex((line) => /^1\.\s/u.test(line));
const statement = 'Der Auftragnehmer wird die Daten verarbeiten und der Auftraggeber wird informiert ';

const SHAPES: readonly { readonly name: string; readonly bytes: () => Uint8Array }[] = [
  // `/\s+$/` tried every start of the run: 35 s for 40,000 tabs, 100,000 never ended.
  { name: 'a clause with 100,000 tabs inside a line', bytes: () => withLines(FIRST_CLAUSE + 1, [`Der Auftragnehmer ${'\t'.repeat(100_000)} verarbeitet.`]) },
  // A Markdown heading's closing `#`s were found by a pattern cubic in a run of spaces: 38 s for 3,000.
  { name: 'a Markdown heading with 20,000 spaces in it', bytes: () => withLines(FIRST_CLAUSE - 1, [`# Anlage${' '.repeat(20_000)}x`]) },
  // The role-line pattern's optional spaces around optional words: 6.5 s for 20,000 spaces, minutes for 60,000.
  { name: 'a party’s role line of 60,000 spaces', bytes: () => withLines(12, [`nachfolgend${' '.repeat(60_000)}genannt`]) },
  // Whether a statement is passive was asked once for every party it names, over the whole statement: 30 s for 1 MB.
  { name: 'a clause of 2 MB without a full stop that names the parties 50,000 times', bytes: () => withLines(FIRST_CLAUSE + 1, [`1.1 ${statement.repeat(25_000)}`]) },
  // `Math.max(...lengths)` over the lines overflowed V8's stack, and the user read that the file was no text.
  { name: 'a section of 125,000 clauses', bytes: () => withLines(FIRST_CLAUSE + 1, Array.from({ length: 125_000 }, (_, i) => `1.${i + 2} Der Auftragnehmer verarbeitet Daten.`)) },
];

/** Texts a reader may refuse, for a reason of the text's own, but must answer. */
const ANSWERED: readonly { readonly name: string; readonly bytes: () => Uint8Array }[] = [
  // One block of lines: each line copied the block read so far, 27 s for 20,000 lines; 125,000 overflowed the stack.
  { name: '125,000 lines without a blank line', bytes: () => encoder.encode(['§ 1 Gegenstand', ...Array.from({ length: 125_000 }, (_, i) => `1.${i} Der Auftragnehmer verarbeitet Daten.`)].join('\n')) },
];

let loader: BoundedLoader;

beforeAll(async () => {
  loader = await boundedLoader(BOUND_MS, 1024);
});

afterAll(async () => {
  await loader.close();
});

describe('text contracts shaped against the readers', () => {
  it.each(SHAPES.map((shape) => [shape.name, shape] as const))('opens %s', async (_, shape) => {
    const answer = await loader.load(shape.bytes(), 'shaped.txt');
    expect(answer.kind === 'opened' ? 'opened' : answer).toBe('opened');
  }, BOUND_MS + 20_000);

  it.each(ANSWERED.map((shape) => [shape.name, shape] as const))('answers %s with a document or a reason of its own', async (_, shape) => {
    const answer = await loader.load(shape.bytes(), 'shaped.txt');
    const outcome = answer.kind === 'opened' ? 'opened' : answer.kind === 'refused' && answer.error.code !== 'internal' ? 'refused' : answer;
    expect(['opened', 'refused']).toContain(outcome);
  }, BOUND_MS + 20_000);
});
