/**
 * The benchmark's floor for `compare` (test/bench/floor.mjs) is only a fair floor while it does
 * at least the printing a comparison does: every paragraph of the new file comes back in its
 * segments, and the old one's changed words as deletions, in the README's JSON shape.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const FLOOR = resolve(import.meta.dirname, '../../bench/floor.mjs');

interface Segment {
  readonly kind: 'equal' | 'insert' | 'delete';
  readonly text: string;
}

function floor(before: string, after: string): { summary: Record<string, number>; clauses: { status: string; segments: Segment[] }[]; toms: unknown[] } {
  const folder = mkdtempSync(join(tmpdir(), 'clausemark-floor-'));
  writeFileSync(join(folder, 'old.txt'), before);
  writeFileSync(join(folder, 'new.txt'), after);
  const run = spawnSync(process.execPath, [FLOOR, join(folder, 'old.txt'), join(folder, 'new.txt')], { encoding: 'utf8' });
  expect(run.status, run.stderr).toBe(0);
  return JSON.parse(run.stdout);
}

const side = (segments: readonly Segment[], drop: Segment['kind']) =>
  segments
    .filter((segment) => segment.kind !== drop)
    .map((segment) => segment.text)
    .join(' ');

describe('the benchmark floor of compare', () => {
  it('prints both texts back, paragraph by paragraph, with what changed between their shared words', () => {
    const before = '1 Gegenstand\n\nDer Auftragnehmer verarbeitet Daten nur auf Weisung.\n\nDie Laufzeit beträgt ein Jahr.\n';
    const after = '1 Gegenstand\n\nDer Auftragnehmer verarbeitet personenbezogene Daten ausschließlich auf dokumentierte Weisung.\n\nDie Laufzeit beträgt ein Jahr.\n';
    const json = floor(before, after);
    expect(Object.keys(json)).toEqual(['summary', 'clauses', 'toms']);
    expect(json.summary).toEqual({ unchanged: 2, changed: 1 });
    const changed = json.clauses.find((clause) => clause.status === 'changed')!;
    expect(changed.segments.map((segment) => segment.kind)).toEqual(['equal', 'delete', 'insert', 'equal']);
    expect(side(changed.segments, 'delete')).toBe('Der Auftragnehmer verarbeitet personenbezogene Daten ausschließlich auf dokumentierte Weisung.');
    expect(side(changed.segments, 'insert')).toBe('Der Auftragnehmer verarbeitet Daten nur auf Weisung.');
    const printed = json.clauses.map((clause) => side(clause.segments, 'delete')).join('\n\n');
    expect(printed).toBe(after);
  });
});
