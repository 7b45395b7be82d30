import i18next, { type i18n as I18n } from 'i18next';
import { describe, expect, it, vi } from 'vitest';
import { MESSAGES } from '../../shared/i18n';
import { translateOnce } from '../../renderer/translateOnce';

async function instance(language: 'de' | 'en', remember: boolean): Promise<I18n> {
  const created = i18next.createInstance();
  await created.init({
    lng: language,
    fallbackLng: 'en',
    resources: { de: { translation: MESSAGES.de }, en: { translation: MESSAGES.en } },
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  if (remember) translateOnce(created);
  return created;
}

describe('messages translated once per language', () => {
  it('gives the words i18next gives, labels and plurals, in both languages', async () => {
    for (const language of ['de', 'en'] as const) {
      const plain = (await instance(language, false)).getFixedT(null, 'translation');
      const remembering = (await instance(language, true)).getFixedT(null, 'translation');
      for (const count of [0, 1, 2, 1200, 1]) expect(remembering('outline.clauses', { count })).toBe(plain('outline.clauses', { count }));
      expect(remembering('cli.parties')).toBe(plain('cli.parties'));
      expect(remembering('cli.parties')).toBe(plain('cli.parties'));
    }
  });

  it('asks i18next once for the same key and values, again for other values or a value that is an object', async () => {
    const remembering = await instance('en', true);
    const translate = vi.spyOn(remembering, 't');
    const t = remembering.getFixedT(null, 'translation');
    t('outline.clauses', { count: 3 });
    t('outline.clauses', { count: 3 });
    expect(translate).toHaveBeenCalledTimes(1);
    // The number 1 picks the singular, the string '1' does not: they are different calls.
    expect(t('outline.clauses', { count: 1 })).not.toBe(t('outline.clauses', { count: '1' as unknown as number }));
    expect(translate).toHaveBeenCalledTimes(3);
    t('cli.parties', { context: { any: 'object' } } as never);
    t('cli.parties', { context: { any: 'object' } } as never);
    expect(translate).toHaveBeenCalledTimes(5);
  });

  it('speaks the language the UI has switched to, and what resources added at run time say', async () => {
    const remembering = await instance('en', true);
    const t = remembering.getFixedT(null, 'translation');
    const english = t('outline.clauses', { count: 2 });
    await remembering.changeLanguage('de');
    expect(t('outline.clauses', { count: 2 })).toBe((await instance('de', false)).getFixedT(null, 'translation')('outline.clauses', { count: 2 }));
    expect(t('outline.clauses', { count: 2 })).not.toBe(english);
    expect(t('cli.parties')).toBe('Parteien');
    remembering.addResource('de', 'translation', 'cli.parties', 'Vertragsparteien');
    expect(t('cli.parties')).toBe('Vertragsparteien');
  });
});
