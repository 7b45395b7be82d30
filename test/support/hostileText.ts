/**
 * Text contracts shaped against the readers (#21): the template with a line or a paragraph a
 * reader whose cost grows faster than its input never finishes, or with more lines than V8
 * takes as arguments. Read by the tests (in a bounded worker) and timed by the bench.
 */
import { readTemplate } from './files';

const encoder = new TextEncoder();

/** The template with `lines` put in after its line `at`. */
function templateWith(at: (lines: readonly string[]) => number, added: readonly string[]): Uint8Array {
  const template = readTemplate().split('\n');
  const index = at(template);
  return encoder.encode([...template.slice(0, index), ...added, ...template.slice(index)].join('\n'));
}

const firstClause = (lines: readonly string[]) => lines.findIndex((line) => /^1\.\s/u.test(line)) + 1;
const beforeFirstClause = (lines: readonly string[]) => firstClause(lines) - 2;
const inPartyBlock = () => 12;

const STATEMENT = 'Der Auftragnehmer wird die Daten verarbeiten und der Auftraggeber wird informiert ';

/** A clause with a run of 100,000 tabs inside a line (`/\s+$/` tried every start of it: 35 s for 40,000, 100,000 never ended). */
export const tabsInLine = (): Uint8Array => templateWith(firstClause, [`Der Auftragnehmer ${'\t'.repeat(100_000)} verarbeitet.`]);

/** A Markdown heading with 20,000 spaces in it (the closing-`#` pattern was cubic in a run of spaces: 38 s for 3,000). */
export const spacedHeading = (): Uint8Array => templateWith(beforeFirstClause, [`# Anlage${' '.repeat(20_000)}x`]);

/** A party's role line of 60,000 spaces (the role patterns' optional spaces: 6.5 s for 20,000, minutes for 60,000). */
export const spacedRoleLine = (): Uint8Array => templateWith(inPartyBlock, [`nachfolgend${' '.repeat(60_000)}genannt`]);

/** A clause of `bytes` without a full stop that names the parties throughout (passive asked per cue: 30 s for 1 MB). */
export const longStatement = (bytes: number): Uint8Array => templateWith(firstClause, [`1.1 ${STATEMENT.repeat(Math.floor(bytes / STATEMENT.length))}`]);

/** A section of 125,000 numbered clauses (`Math.max(...lengths)` overflowed V8's stack). */
export const manyClauses = (): Uint8Array =>
  templateWith(
    firstClause,
    Array.from({ length: 125_000 }, (_, i) => `1.${i + 2} Der Auftragnehmer verarbeitet Daten.`),
  );

/** 125,000 lines without a blank line between them (each line copied the block read so far: 27 s for 20,000). */
export const oneBlockOfLines = (): Uint8Array =>
  encoder.encode(['§ 1 Gegenstand', ...Array.from({ length: 125_000 }, (_, i) => `1.${i} Der Auftragnehmer verarbeitet Daten.`)].join('\n'));
