/**
 * A review file that fits the schema is read by the parser zod compiles from it ahead of time
 * (`reviewParser.generated.ts`), not by walking the schema at every start; one that does not
 * fit is still refused by the schema's own parse, with its path and problem.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseReviewFile, serializeReview } from '../../../shared/review/reviewFile';
import { compiledReviewParse } from '../../../shared/review/reviewParser.generated';
import { reviewSchemas } from '../../../shared/review/schema';
import { redlined } from '../../support/theirDocument';
import { reviewParserSource } from './reviewParserSource';

const { ReviewSchema } = reviewSchemas();

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the parser compiled from the review schema', () => {
  it('is the one zod compiles from today\'s schema', async () => {
    await expect(reviewParserSource()).toMatchFileSnapshot('../../../shared/review/reviewParser.generated.ts');
  });

  it('reads a review of a Word document as the schema reads it, key for key', () => {
    const json = JSON.parse(serializeReview(redlined()));
    expect(json.source.package).toBeDefined();
    const at = '2026-12-07T03:00:00.000Z';
    json.versions = [{ id: 'v1', name: 'Erster Entwurf', author: 'Anna', date: at, contract: json.contract, decisions: [] }];
    json.decisions = [
      { id: 'd1', by: 'Anna', at, rationale: 'zu weit', target: { kind: 'clause', id: 'c1' }, action: 'reject', change: { id: 'x1', kind: 'insert', author: 'Ben', date: at, text: 'auch', whole: false } },
      { id: 'd2', by: 'Anna', at, rationale: '', target: { kind: 'tom', id: 't1' }, action: 'override', from: 'provider', to: 'customer' },
    ];
    json.checklist = [{ itemId: 'art28-3a', status: 'weak', note: 'nur Textform', by: 'Anna', at }];
    expect(ReviewSchema.safeParse(json).success).toBe(true);
    const compiled = compiledReviewParse(json);
    expect(compiled).toEqual(ReviewSchema.parse(json));
    expect(JSON.stringify(compiled)).toBe(JSON.stringify(ReviewSchema.parse(json)));
  });

  it('writes a review as the schema writes it, without the schema\'s parse, and refuses one that does not fit as the schema does', () => {
    const review = redlined();
    const expected = `${JSON.stringify(ReviewSchema.parse(review))}\n`;
    const parse = vi.spyOn(ReviewSchema, 'parse');
    expect(serializeReview(review)).toBe(expected);
    expect(parse).not.toHaveBeenCalled();
    const broken = { ...review, contract: { ...review.contract, language: 'fr' } } as unknown as typeof review;
    expect(() => serializeReview(broken)).toThrow(/language/u);
    expect(parse).toHaveBeenCalledOnce();
  });

  it('reads a valid review file without the schema\'s parse', () => {
    const safeParse = vi.spyOn(ReviewSchema, 'safeParse');
    const text = serializeReview(redlined());
    expect(parseReviewFile(text)).toEqual({ ok: true, review: ReviewSchema.parse(JSON.parse(text)) });
    expect(safeParse).not.toHaveBeenCalled();
  });
});
