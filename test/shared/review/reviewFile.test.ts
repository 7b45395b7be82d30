import { describe, expect, it } from 'vitest';
import { parseContract } from '../../../shared/parse/parseContract';
import { editText } from '../../../shared/review/operations';
import { newReview, parseReviewFile, serializeReview } from '../../../shared/review/reviewFile';
import { readTemplate } from '../../support/files';

const review = editText(
  newReview(parseContract(readTemplate()), { kind: 'template', name: 'avv-template.txt' }, '2026-11-26T09:00:00Z'),
  { kind: 'clause', id: 's1-c2' },
  'Die Kündigung des Hauptvertrags beendet gleichzeitig diese Vereinbarung.',
  { author: 'Anna', now: '2026-11-26T10:00:00Z', newId: (() => { let n = 0; return () => `c${++n}`; })() },
);

describe('the review file', () => {
  it('round-trips a review with its tracked changes', () => {
    const text = serializeReview(review);
    const parsed = parseReviewFile(text);
    expect(parsed).toEqual({ ok: true, review });
    const json = JSON.parse(text);
    expect(json).toMatchObject({ format: 'clausemark', version: 2 });
    expect(json.contract.sections[0].clauses[1].segments.map((segment: { kind: string }) => segment.kind)).toEqual(['equal', 'delete', 'equal', 'delete', 'insert', 'equal']);
  });

  it('opens a version 1 file, whose sentence readings repeated their words, as the same review', () => {
    const withVersion = { ...review, versions: [{ id: 'v1', name: 'Erster Entwurf', author: 'Anna', date: '2026-11-26T09:30:00Z', contract: review.contract, decisions: [] }] };
    // Version 1 wrote each sentence's words where version 2 writes where it ends.
    const older = JSON.parse(serializeReview(withVersion), (key, value: unknown) => {
      if (key !== 'sentences' || !Array.isArray(value)) return value;
      return value.map(({ end, ...sentence }: { start: number; end: number }) => ({ text: '#'.repeat(end - sentence.start), ...sentence }));
    });
    older.version = 1;
    expect(JSON.stringify(older)).toContain('"text":"#');
    expect(parseReviewFile(JSON.stringify(older))).toEqual({ ok: true, review: withVersion });
    const measure = review.contract.toms.find((tom) => tom.responsibility.sentences.length > 1)!;
    const [first, second] = measure.responsibility.sentences;
    expect(measure.text.slice(first!.start, first!.end)).toMatch(/\S$/u);
    expect(second!.start).toBeGreaterThanOrEqual(first!.end);
  });

  it('keeps where a frame’s words stand and a frame that disagrees, and opens files written before frames said where', () => {
    const framed = newReview(
      parseContract(
        'Data Processing Agreement\n\nMeadowbrook Ltd\n(the "Controller")\n\nand\n\nQuillstone Ltd\n(the "Processor")\n\n1. Security\n\n1.1 The Processor shall implement the technical and organisational measures set out in Annex II.\n\n' +
          'ANNEX II TECHNICAL AND ORGANISATIONAL MEASURES\n\nThe Controller implements the following measures:\n\n1. Access control\n\n- Role-based access\n',
      ),
      { kind: 'template', name: 'dpa.txt' },
      '2026-11-26T09:00:00Z',
    );
    expect(framed.contract.toms[0]!.responsibility.reason).toMatchObject({ scope: 'annex', at: 'ANNEX II', conflict: { party: 'provider', scope: 'contract', at: '1.1' } });
    expect(parseReviewFile(serializeReview(framed))).toEqual({ ok: true, review: framed });
    const older = JSON.parse(serializeReview(framed), (key, value: unknown) => (key === 'at' || key === 'conflict' ? undefined : value));
    const opened = parseReviewFile(JSON.stringify(older));
    expect(opened.ok && opened.review.contract.toms[0]!.responsibility.reason).toEqual({ kind: 'frame', scope: 'annex', frame: 'The Controller implements' });
  });

  it('refuses what is not JSON, not a review, from a future version, or of the wrong shape — and says where', () => {
    expect(parseReviewFile('{ nope')).toEqual({ ok: false, error: { code: 'not-json' } });
    expect(parseReviewFile('{"format":"other"}')).toEqual({ ok: false, error: { code: 'not-a-review' } });
    expect(parseReviewFile('{"format":"clausemark","version":7}')).toEqual({ ok: false, error: { code: 'future-version', version: 7 } });
    const broken = JSON.parse(serializeReview(review));
    broken.contract.sections[2].clauses[0].segments = [{ kind: 'insert', text: 'x' }];
    expect(parseReviewFile(JSON.stringify(broken))).toEqual({
      ok: false,
      error: { code: 'invalid', path: 'contract.sections.2.clauses.0.segments.0', problem: 'invalid-value', message: 'an insertion or deletion needs an author and an id' },
    });
    const extra = JSON.parse(serializeReview(review));
    extra.contract.toms[0].unexpected = true;
    expect(parseReviewFile(JSON.stringify(extra))).toMatchObject({ ok: false, error: { code: 'invalid', path: 'contract.toms.0', problem: 'invalid-value' } });
    const untitled = JSON.parse(serializeReview(review));
    delete untitled.contract.title;
    expect(parseReviewFile(JSON.stringify(untitled))).toMatchObject({ ok: false, error: { code: 'invalid', path: 'contract.title', problem: 'missing' } });
    const listless = JSON.parse(serializeReview(review));
    listless.contract.sections = 'none';
    expect(parseReviewFile(JSON.stringify(listless))).toMatchObject({ ok: false, error: { code: 'invalid', path: 'contract.sections', problem: 'wrong-type' } });
  });
});
