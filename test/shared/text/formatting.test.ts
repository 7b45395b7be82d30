import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { errorMessage } from '../../../shared/host/errorMessage';
import { translator } from '../../../shared/i18n';
import { formatBytes, sizeOf } from '../../../shared/text/formatBytes';
import { formatDateTime } from '../../../shared/text/formatDate';
import { formatPercent } from '../../../shared/text/formatNumber';

describe('numbers and dates per language', () => {
  it('writes counts in messages as the language writes numbers', () => {
    expect(translator('en')('review.progress', { done: 1200, count: 2500 })).toBe('1,200 of 2,500 clauses reviewed');
    expect(translator('de')('review.progress', { done: 1200, count: 2500 })).toBe('1.200 von 2.500 Klauseln geprüft');
    expect(translator('de')('changes.count', { count: 1 })).toBe('1 offene Änderung');
  });

  it('says one of a thing in the singular, in every message that counts', () => {
    const en = translator('en');
    const de = translator('de');
    expect(en('matrix.cellSummary', { count: 1, provider: 1, customer: 0, shared: 0, unstated: 0 })).toBe('1 measure: provider 1, customer 0, shared 0, unstated 0');
    expect(en('export.summary.redline', { changes: en('export.summary.changes', { count: 1 }), comments: en('export.summary.comments', { count: 1 }) })).toBe('1 pending change, 1 comment for the counterparty');
    expect(de('export.summary.redline', { changes: de('export.summary.changes', { count: 1 }), comments: de('export.summary.comments', { count: 1 }) })).toBe('1 offene Änderung, 1 Kommentar für die Gegenseite');
    expect(de('report.comments', { internal: de('report.internalComments', { count: 1 }), external: de('report.externalComments', { count: 2 }) })).toBe('1 interner Kommentar und 2 externe Kommentare');
    expect(en('toms.shown', { shown: 1, count: 1 })).toBe('1 of 1 measure');
  });

  it('writes shares and sizes per language', () => {
    expect(formatPercent(68, 'en')).toBe('68%');
    expect(formatPercent(68, 'de')).toBe('68\u00a0%');
    expect(formatBytes(1536, 'en')).toBe('1.5 KB');
    expect(formatBytes(1536, 'de')).toBe('1,5 KB');
    expect(formatBytes(20 * 1024 * 1024, 'de')).toBe('20 MB');
    expect(errorMessage({ code: 'too-large', file: 'big.txt', detail: String(2.5 * 1024 * 1024), limit: 2 * 1024 * 1024 }, translator('de'), 'de')).toBe('„big.txt“ ist zu groß (2,5 MB). Clausemark öffnet Verträge bis 2 MB.');
  });

  it('writes dates in British English and in German', () => {
    const iso = '2025-03-01T10:30:00';
    expect(formatDateTime(iso, 'en')).toBe('1 Mar 2025, 10:30');
    expect(formatDateTime(iso, 'de')).toBe('01.03.2025, 10:30');
    expect(formatDateTime('not a date', 'de')).toBe('not a date');
  });
});

describe('sizes written without Intl', () => {
  it('reads as Intl writes the same size, in both languages', () => {
    const intl = (bytes: number, language: 'de' | 'en') => {
      const { value, digits, unit } = sizeOf(bytes);
      const locale = language === 'de' ? 'de-DE' : 'en-GB';
      return `${new Intl.NumberFormat(locale, { maximumFractionDigits: digits, minimumFractionDigits: 0 }).format(value)} ${unit}`;
    };
    const edges = [0, 1, 999, 1000, 1023, 1024, 1075, 1177, 10 * 1024 - 52, 10 * 1024 - 51, 1023 * 1024 + 1000, 1024 ** 3 * 5000];
    fc.assert(
      fc.property(fc.oneof(fc.constantFrom(...edges), fc.integer({ min: 0, max: 2 ** 45 })), fc.constantFrom('de' as const, 'en' as const), (bytes, language) => {
        expect(formatBytes(bytes, language)).toBe(intl(bytes, language));
      }),
      { numRuns: 5000 },
    );
  });
});
