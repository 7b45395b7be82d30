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
import { longStatement, manyClauses, oneBlockOfLines, spacedHeading, spacedRoleLine, tabsInLine } from '../support/hostileText';

/** Far beyond what a linear read of these needs on a busy machine, far below what the quadratic ones took. */
const BOUND_MS = 40_000;

const SHAPES: readonly { readonly name: string; readonly bytes: () => Uint8Array }[] = [
  { name: 'a clause with 100,000 tabs inside a line', bytes: tabsInLine },
  { name: 'a Markdown heading with 20,000 spaces in it', bytes: spacedHeading },
  { name: 'a party’s role line of 60,000 spaces', bytes: spacedRoleLine },
  { name: 'a clause of 2 MB without a full stop that names the parties 50,000 times', bytes: () => longStatement(2 * 1024 * 1024) },
  { name: 'a section of 125,000 clauses', bytes: manyClauses },
];

/** Texts a reader may refuse, for a reason of the text's own, but must answer. */
const ANSWERED: readonly { readonly name: string; readonly bytes: () => Uint8Array }[] = [{ name: '125,000 lines without a blank line', bytes: oneBlockOfLines }];

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
