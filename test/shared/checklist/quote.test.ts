import { describe, expect, it } from 'vitest';
import { checkContract, describeChecklistReason } from '../../../shared/checklist';
import { quoteOf } from '../../../shared/checklist/quote';
import { translator } from '../../../shared/i18n';
import { parseContract } from '../../../shared/parse/parseContract';
import { readTemplate } from '../../support/files';
import type { Range } from '../../../shared/checklist/statements';

const rangeOf = (sentence: string, words: string): Range => [sentence.indexOf(words), sentence.indexOf(words) + words.length];

/** A sentence of 400 characters and more, with its deciding words near its start and its end. */
const LONG =
  'Nach Beendigung des Vertrags hat der Auftragnehmer sämtliche in seinen Besitz gelangten Unterlagen, erstellte Verarbeitungs- und Nutzungsergebnisse sowie Datenbestände, ' +
  'die im Zusammenhang mit dem Auftragsverhältnis stehen, einschließlich aller Kopien auf Sicherungsbändern, Testsystemen und den Arbeitsplatzrechnern der mit der Verarbeitung ' +
  'befassten Mitarbeiter des Auftragnehmers und seiner Unterauftragnehmer, nach Wahl des Auftraggebers zurückzugeben oder datenschutzgerecht zu löschen.';

describe('the quote of a checklist result', () => {
  it('is the whole sentence when it is short', () => {
    expect(quoteOf('- Der Auftragnehmer löscht die Daten.', [[20, 26]])).toBe('Der Auftragnehmer löscht die Daten.');
  });

  it('shows every deciding word of a long sentence, with ellipses for what it leaves out', () => {
    const quote = quoteOf(LONG, [rangeOf(LONG, 'Beendigung'), rangeOf(LONG, 'löschen')]);
    expect(quote).toContain('Beendigung des Vertrags');
    expect(quote).toContain('datenschutzgerecht zu löschen.');
    expect(quote).toMatch(/^Nach Beendigung .+ … .+ zu löschen\.$/u);
    expect(quote.length).toBeLessThan(LONG.length);
  });

  it('shows a word whole when the words that decided end inside it, and each piece within its clause', () => {
    const quote = quoteOf(LONG, [rangeOf(LONG, 'Beendig'), rangeOf(LONG, 'Zusammenh'), rangeOf(LONG, 'lösch')]);
    expect(quote).toBe('Nach Beendigung des Vertrags hat der … die im Zusammenhang mit dem Auftragsverhältnis … oder datenschutzgerecht zu löschen.');
  });

  it('shows a window about deciding words that fit in one, cut at whole words', () => {
    const quote = quoteOf(LONG, [rangeOf(LONG, 'Arbeitsplatzrechnern'), rangeOf(LONG, 'Unterauftragnehmer')]);
    expect(quote).toMatch(/^….*Arbeitsplatzrechnern.*Unterauftragnehmer.*…$/u);
    expect(quote.length).toBeLessThanOrEqual(182);
    const inner = quote.slice(1, -1);
    expect(LONG).toContain(inner);
    expect(LONG[LONG.indexOf(inner) - 1]).toBe(' ');
  });

  it('ends a piece at the comma after a whole word, not one word before it', () => {
    const sentence =
      'Der Auftragnehmer stellt dem Auftraggeber sämtliche hierfür erforderlichen Informationen zur Verfügung, damit dieser die Einhaltung der in dieser Vereinbarung und ihren Anlagen niedergelegten Pflichten überprüfen kann, und ermöglicht Kontrollen durch den Auftraggeber oder einen von ihm beauftragten Prüfer.';
    const quote = quoteOf(sentence, [rangeOf(sentence, 'Informationen'), rangeOf(sentence, 'beauftragten Prüfer')]);
    expect(quote).toContain('Informationen zur Verfügung …');
    expect(quote).toContain('beauftragten Prüfer.');
  });

  it('quotes the words that decided an item in a long clause', () => {
    const contract = parseContract(`Vertrag\n\n1 Rückgabe und Löschung\n\n1. ${LONG}\n`);
    const deletion = checkContract(contract).find((item) => item.id === 'art28-3-g')!;
    expect(deletion.status).toBe('covered');
    const reason = deletion.reason.kind === 'covered' ? deletion.reason.quote : '';
    expect(reason).toContain('zurückzugeben');
    expect(reason).toContain('löschen');
    expect(deletion.evidence.map((evidence) => evidence.aspect)).toEqual(['deletion', 'return']);
    for (const { aspect, quote } of [{ aspect: 'deletion', quote: reason }, { aspect: 'return', quote: reason }, ...deletion.evidence]) {
      expect(quote).toContain(aspect === 'deletion' ? 'löschen' : 'zurückzugeben');
      expect(quote).toMatch(/Beendigung|nach Wahl/u);
    }
  });

  it('credits the written form to the clause that says it, not to a deletion confirmed in writing (issue #20)', () => {
    const template = readTemplate();
    const edited = template.replace('datenschutzgerecht zu vernichten.', 'datenschutzgerecht zu vernichten und die Löschung schriftlich zu bestätigen.');
    expect(edited).not.toBe(template);
    const form = checkContract(parseContract(edited)).find((item) => item.id === 'art28-9')!;
    expect(form.clauses).not.toContain('10.2');
    expect(form).toMatchObject({ status: 'covered', clauses: ['9.1'], reason: { kind: 'covered', cite: '9.1' } });
    expect(describeChecklistReason(form.reason, translator('en'))).toContain('Textform');
  });
});
