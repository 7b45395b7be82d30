import { describe, expect, it } from 'vitest';
import { parseContract } from '../../../shared/parse/parseContract';
import { changeAuthors, listChanges } from '../../../shared/redline/changes';
import { findClause } from '../../../shared/contract/items';
import { addComment, decideChanges, editText } from '../../../shared/review/operations';
import { parseReviewFile, newReview, serializeReview } from '../../../shared/review/reviewFile';
import { deleteVersion, findVersion, restoreVersion, saveVersion } from '../../../shared/compare/versions';
import { readTemplate } from '../../support/files';

function counter(prefix: string) {
  let n = 0;
  return () => `${prefix}${++n}`;
}

const base = newReview(parseContract(readTemplate()), { kind: 'template', name: 'avv-template.txt' }, '2026-11-26T09:00:00Z');
const anna = { author: 'Anna Schmidt', now: '2026-11-26T10:00:00Z', newId: counter('a') };
const ben = { author: 'Ben Krüger', now: '2026-11-28T10:00:00Z', newId: counter('b') };
const text = (review: typeof base, id: string) => findClause(review.contract, id)!.clause.text;

describe('versions of a review', () => {
  it('freezes the whole review under a name with author and time, and keeps it through a save and a load', () => {
    let review = editText(base, { kind: 'clause', id: 's11-c1' }, 'Es gilt das Recht der Republik Österreich.', anna);
    review = addComment(review, { kind: 'clause', id: 's11-c1' }, { text: 'Nur wenn nötig.', visibility: 'internal' }, anna).review;
    const { review: saved, id } = saveVersion(review, '  Our markup 1 ', anna);
    const version = findVersion(saved, id)!;
    expect(version).toMatchObject({ name: 'Our markup 1', author: 'Anna Schmidt', date: anna.now });
    expect(version.contract).toBe(review.contract);
    expect(listChanges(version.contract)).toHaveLength(2);

    // Later edits leave the version as it was.
    const later = editText(saved, { kind: 'clause', id: 's11-c2' }, 'Gerichtsstand ist Hamburg.', ben);
    expect(text(later, 's11-c2')).toBe('Gerichtsstand ist Hamburg.');
    expect(findClause(findVersion(later, id)!.contract, 's11-c2')!.clause.text).toBe(text(base, 's11-c2'));

    const reloaded = parseReviewFile(serializeReview(later));
    expect(reloaded.ok && reloaded.review.versions.map((entry) => [entry.name, entry.author])).toEqual([['Our markup 1', 'Anna Schmidt']]);
    expect(deleteVersion(later, id, ben.now).versions).toEqual([]);
  });

  it('restores a version as tracked changes of the one who restores it, never silently', () => {
    const { review: saved, id } = saveVersion(base, 'Provider template 2018-06-09', anna);
    let review = editText(saved, { kind: 'clause', id: 's11-c2' }, 'Gerichtsstand ist Hamburg.', ben);
    review = decideChanges(review, 'all', 'accept', { by: 'Ben Krüger', now: ben.now, rationale: '', newId: ben.newId });
    expect(text(review, 's11-c2')).toBe('Gerichtsstand ist Hamburg.');

    const restored = restoreVersion(review, id, { ...anna, now: '2026-11-30T09:00:00Z' });
    expect(changeAuthors(listChanges(restored.contract))).toEqual(['Anna Schmidt']);
    expect(text(restored, 's11-c2')).toBe(text(base, 's11-c2'));
    const accepted = decideChanges(restored, 'all', 'accept', { by: 'Anna Schmidt', now: anna.now, rationale: '', newId: anna.newId });
    expect(text(accepted, 's11-c2')).toBe(text(base, 's11-c2'));
    const rejected = decideChanges(restored, 'all', 'reject', { by: 'Anna Schmidt', now: anna.now, rationale: '', newId: anna.newId });
    expect(text(rejected, 's11-c2')).toBe('Gerichtsstand ist Hamburg.');
    expect(restored.versions).toEqual(review.versions);
    expect(restored.decisions).toEqual(review.decisions);
  });

  it('changes nothing for a version that is not there', () => {
    expect(restoreVersion(base, 'missing', anna)).toBe(base);
    expect(deleteVersion(base, 'missing', anna.now)).toBe(base);
  });
});
