import { describe, expect, it, vi } from 'vitest';
import { classifyToms } from '../../../shared/responsibility/classify';
import * as english from '../../../shared/responsibility/cuesEnglish';

// Building the English rules was most of the cue reader's start: a German annex's first edit or decision in a fresh window paid it.
vi.mock('../../../shared/responsibility/cuesEnglish', async (original) => {
  const real = await original<typeof english>();
  return { ...real, englishRules: vi.fn(real.englishRules) };
});

const read = (text: string) => classifyToms([{ category: { number: '1', title: 'Kontrolle' }, services: [], text }], null, [])[0]!;

describe('the cue rules of each language', () => {
  it('reads German measures without building the English rules, and English ones with them', () => {
    const built = vi.mocked(english.englishRules);
    expect(read('Die Verwaltung der Benutzerrechte erfolgt durch den Auftraggeber.').party).toBe('customer');
    expect(read('Es obliegt dem Kunden, die Zugangsdaten geheim zu halten.').party).toBe('customer');
    expect(built).not.toHaveBeenCalled();
    expect(read('The Customer shall keep its passwords secret.').party).toBe('customer');
    expect(read('The Supplier has implemented the following measures:').party).toBe('provider');
    expect(built).toHaveBeenCalledTimes(1);
  });
});
