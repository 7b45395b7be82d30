import { describe, expect, it } from 'vitest';
import { changeAuthors, contractChangeAuthors, countChanges, listChanges } from '../../../shared/redline';
import { parseContract } from '../../../shared/parse';
import { readTemplate } from '../../support/files';
import { negotiatedTemplate } from '../../support/negotiated';
import { ANNA, BEN, change } from '../../support/redline';

describe('the count and the authors of a contract’s changes, read without listing them', () => {
  const negotiated = negotiatedTemplate();

  it('count what the change list lists: parties, date, words, whole clauses and measures', () => {
    const listed = listChanges(negotiated);
    expect(new Set(listed.map((entry) => entry.target.kind))).toEqual(new Set(['party', 'date', 'clause', 'tom']));
    expect(listed.some((entry) => entry.whole)).toBe(true);
    expect(countChanges(negotiated)).toBe(listed.length);
    expect(countChanges(parseContract(readTemplate()))).toBe(0);
  });

  it('count a clause added as a whole once, though its words are marked inserted too', () => {
    const template = parseContract(readTemplate());
    const [section] = template.sections;
    const [clause] = section!.clauses;
    const id = 'added-whole';
    const wholeClause = { ...clause!, change: { id, kind: 'insert' as const, author: BEN.author, date: BEN.date }, segments: [{ ...change('insert', clause!.text, BEN), id }] };
    const contract = { ...template, sections: [{ ...section!, clauses: [wholeClause, ...section!.clauses.slice(1)] }, ...template.sections.slice(1)] };
    expect(listChanges(contract)).toHaveLength(1);
    expect(countChanges(contract)).toBe(1);
  });

  it('name the authors in the order they first appear, as the change list does', () => {
    expect(contractChangeAuthors(negotiated)).toEqual(changeAuthors(listChanges(negotiated)));
    expect(new Set(contractChangeAuthors(negotiated))).toEqual(new Set([ANNA.author, BEN.author]));
  });
});
