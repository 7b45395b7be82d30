import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OPTION_WORDS } from '../../../shared/responsibility/cues';
import { latin } from '../../../shared/text/latin';

/**
 * `OPTION_WORDS` as it reads plainly: Unicode, case-insensitive, a letter after *des* or *der*
 * as `\p{L}` of the Latin script. The app's pattern leaves out the `u` flag for speed and must
 * find what this one finds on Latin text (where they differ, on the long s `ſ` and the Kelvin
 * and Ångström signs that `iu` folds to s, k and å, no contract writes).
 */
const unicodeCaseless = latin(
  /(?:\bauf\s+Wunsch(?!\s+(?:des|der)\s+\p{L})|\b(?:sofern|soweit|falls|wenn)\s+(?:dies\s+)?(?:gesondert\s+|ausdrücklich\s+)?(?:vereinbart|gewünscht|beauftragt|gebucht)|\bnach\s+Wahl\s+des\s+Auftragnehmers|\bwahlweise|\boptional|\bsteht\s+es\s+(?:\S+\s+){0,3}frei|\b(?:if|where|when|unless\s+otherwise)\s+agreed|\bupon\s+agreement|\bat\s+its\s+(?:sole\s+)?(?:option|discretion)|\bif\s+(?:so\s+)?(?:ordered|purchased|subscribed)|\boptionally)\b/iu,
);

describe('option words', () => {
  it.each([
    ['Auf Wunsch wird eine Verschlüsselung eingerichtet.', true],
    ['AUF WUNSCH wird eine Verschlüsselung eingerichtet.', true],
    ['Eine Verschlüsselung erfolgt auf Wunsch des Auftraggebers.', false],
    ['Eine Verschlüsselung erfolgt auf Wunsch der jeweiligen Kundin.', false],
    ['Backups werden, SOFERN AUSDRÜCKLICH VEREINBART, täglich erstellt.', true],
    ['Backups werden, sofern gesondert gewünscht, täglich erstellt.', true],
    ['Dem Auftraggeber steht es jederzeit frei, Kontrollen durchzuführen.', true],
    ['Encryption at rest, where agreed in the Order Form.', true],
    ['The Supplier may, at its sole discretion, appoint auditors.', true],
    ['Der Auftragnehmer löscht die Daten nach Wahl des Auftragnehmers.', true],
    ['Der Auftragnehmer löscht die Daten unverzüglich.', false],
    ['Die Freigabe erfolgt durch den Kunden.', false],
  ])('%s → %s', (text, expected) => {
    expect(OPTION_WORDS.test(text)).toBe(expected);
    expect(unicodeCaseless.test(text)).toBe(expected);
  });

  it('finds exactly what the plain Unicode pattern finds, on any Latin text built of its words', () => {
    const words = ['auf', 'Wunsch', 'WUNSCH', 'des', 'der', 'Kunden', 'kunden', 'ẞtraße', 'ﬁnanz', 'ı', 'ĸ', 'sofern', 'Soweit', 'dies', 'ausdrücklich', 'AUSDRÜCKLICH', 'vereinbart', 'gewünscht', 'nach', 'Wahl', 'Auftragnehmers', 'wahlweise', 'optional', 'optionally', 'steht', 'es', 'frei', 'freiwillig', 'if', 'where', 'agreed', 'upon', 'agreement', 'at', 'its', 'sole', 'option', 'so', 'ordered', 'é', 'Łódź', 'ł', 'µ', '1', '—'];
    const separators = [' ', '  ', ', ', '\n', '', '-', 'ä', '_'];
    const text = fc.array(fc.tuple(fc.constantFrom(...words), fc.constantFrom(...separators)), { maxLength: 12 }).map((parts) => parts.map(([word, separator]) => word + separator).join(''));
    fc.assert(
      fc.property(text, (sample) => {
        expect(OPTION_WORDS.exec(sample)?.index ?? null).toBe(unicodeCaseless.exec(sample)?.index ?? null);
      }),
      { numRuns: 2000 },
    );
  });

  it('reads any letter of the Latin script after des or der as a named wish, as the Unicode pattern does', () => {
    const latinScript = [...Array.from({ length: 0x250 }, (_, code) => code), 0x1e9e, 0xfb00, 0xfb01, 0xfb02, 0xfb03, 0xfb04, 0xfb05, 0xfb06];
    for (const code of latinScript) {
      const sample = `auf Wunsch des ${String.fromCodePoint(code)}x`;
      expect(OPTION_WORDS.test(sample), `U+${code.toString(16)}`).toBe(unicodeCaseless.test(sample));
    }
  });
});
