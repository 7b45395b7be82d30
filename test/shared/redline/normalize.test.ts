import { describe, expect, it } from 'vitest';
import type { Segment } from '../../../shared/contract/model';
import { normalize } from '../../../shared/redline/segments';

const plain = (text: string): Segment => ({ kind: 'equal', text });
const inserted = (text: string, id: string, date: string, author = 'Anna'): Segment => ({ kind: 'insert', text, id, author, date });

describe('normalize', () => {
  it('joins a run of plain words into one segment and keeps a segment alone as it was', () => {
    const alone = inserted('neu ', 'c9', '2026-01-01T00:00:00Z');
    const out = normalize([plain('Der '), plain(''), plain('Kunde '), plain('prüft '), alone, plain('jährlich.')]);
    expect(out).toEqual([plain('Der Kunde prüft '), alone, plain('jährlich.')]);
    expect(out[1]).toBe(alone);
  });

  it('gives a joined change of one author the latest date and the id of a part older than the latest date before it', () => {
    const out = normalize([
      inserted('a ', 'c1', '2026-01-02T00:00:00Z'),
      inserted('b ', 'c2', '2026-01-03T00:00:00Z'),
      inserted('c ', 'c3', '2026-01-01T00:00:00Z'),
      inserted('d', 'c4', '2026-01-02T12:00:00Z', 'Ben'),
    ]);
    expect(out).toEqual([inserted('a b c ', 'c3', '2026-01-03T00:00:00Z'), inserted('d', 'c4', '2026-01-02T12:00:00Z', 'Ben')]);
  });
});
