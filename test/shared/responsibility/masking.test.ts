import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Party } from '../../../shared/contract/model';
import { actorsFor, maskMentions, roleOfMasked } from '../../../shared/responsibility/actors';
import { latin } from '../../../shared/text/latin';

const PARTIES: readonly Party[] = [
  { role: 'customer', name: 'Harbour Retail GmbH', address: [], roleLabel: 'Kunde', roleLine: '(nachfolgend „Kunde“)' },
  { role: 'provider', name: 'TrafficPlex GmbH', address: [], roleLabel: 'Auftragnehmer', roleLine: '– Auftragnehmer –' },
];
const actors = actorsFor(PARTIES);

/** Where the masked text differs from the text: the masked mentions, as [start, end) pairs. */
function maskedSpans(text: string): [number, number][] {
  const masked = maskMentions(text, actors);
  expect(masked).toHaveLength(text.length);
  const spans: [number, number][] = [];
  for (let i = 0; i < masked.length; i++) {
    if (roleOfMasked(masked[i]!) === null) continue;
    let end = i + 1;
    while (end < masked.length && masked[end] === '\uE004') end++;
    spans.push([i, end]);
    i = end - 1;
  }
  return spans;
}

/** The same mentions found the plain way: the boundary before each one as a lookbehind in the pattern (letters of the Latin script, as the patterns read them). */
function spansByLookbehind(text: string): [number, number][] {
  const pattern = latin(new RegExp(`(?<![\\p{L}\\p{N}-])(?:${actors.mention})`, 'gu'));
  return [...text.matchAll(pattern)].map((match) => [match.index, match.index + match[0].length]);
}

describe('masking party mentions', () => {
  it('masks a mention and leaves the rest of the text as it was', () => {
    const text = 'Der Auftragnehmer informiert den Kunden; Harbour Retail GmbH prüft.';
    const masked = maskMentions(text, actors);
    expect(masked.replace(/[\uE000-\uE006]+/gu, '#')).toBe('Der # informiert den #; # prüft.');
    expect(maskedSpans(text).map(([start]) => roleOfMasked(masked[start]!))).toEqual(['provider', 'customer', 'customer']);
  });

  it('never masks a word inside a compound, but does mask the mention right after one', () => {
    const text = 'Der Kunden-Zugang und das Kundenmenü; Cloud-Service Providers und XKunde Kunde.';
    const masked = maskMentions(text, actors);
    expect(masked.replace(/[\uE000-\uE006]+/gu, '#')).toBe('Der Kunden-Zugang und das Kundenmenü; Cloud-Service # und XKunde #.');
  });

  it('finds exactly the mentions a boundary before and after them allows, in any text', () => {
    const pieces = ['Kunde', 'Kunden', 'Auftragnehmer', 'Service Providers', 'Service', 'Providers', 'Harbour', 'Retail GmbH', 'TrafficPlex', "'s", '’s', 'we', 'you', '-', ' ', 'X', 'é', '1', '.', '𝔸'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        expect(maskedSpans(text)).toEqual(spansByLookbehind(text));
      }),
      { numRuns: 500 },
    );
  });
});
