import { describe, expect, it } from 'vitest';
import { together } from '../../../shared/checklist/grammar';
import type { Entry } from '../../../shared/checklist/items';
import { matchEntry } from '../../../shared/checklist/match';
import { statementsOf } from '../../../shared/checklist/statements';

const words = (sentence: string, entry: Entry, leadIn: string | null = null) => {
  const said = matchEntry(sentence, entry, { leadIn, context: () => '', party: null, force: 'none' });
  return said && said.words.map(([from, to]) => said.text.slice(from, to));
};

describe('the statements of a sentence', () => {
  it('cuts at semicolons, colons and table cells, and keeps a condition with its duty', () => {
    const sentence = 'Der Auftragnehmer informiert den Auftraggeber, wenn eine Weisung verstößt; Kopien: keine | Anlage 2';
    expect(statementsOf(sentence).map(({ from, to }) => sentence.slice(from, to).trim())).toEqual([
      'Der Auftragnehmer informiert den Auftraggeber, wenn eine Weisung verstößt',
      'Kopien',
      'keine',
      'Anlage 2',
    ]);
  });

  it.each([
    ['Die Verarbeitung erfolgt, soweit im Einzelfall nichts anderes schriftlich vereinbart ist, nur auf Weisung.', 'soweit im Einzelfall nichts anderes schriftlich vereinbart ist'],
    ['Unterlagen, die im Zusammenhang mit dem Auftrag stehen, sind herauszugeben.', 'die im Zusammenhang mit dem Auftrag stehen'],
    ['The processor shall, where the law so requires, notify the controller.', 'where the law so requires'],
    ['The processor shall notify the controller without undue delay (and in any event within 72 hours) of a breach.', '(and in any event within 72 hours)'],
  ])('reads a clause or parenthesis set into “%s” as an insertion', (sentence, insertion) => {
    const [statement] = statementsOf(sentence);
    expect(statement!.insertions.map(([from, to]) => sentence.slice(from, to))).toEqual([insertion]);
  });

  it('does not take an article after a comma for a relative pronoun', () => {
    const sentence = 'Die Parteien verpflichten sich, die Vertraulichkeit zu wahren, und sichern dies zu.';
    expect(statementsOf(sentence)[0]!.insertions).toEqual([]);
  });
});

describe('words said together', () => {
  const entry: Entry = [together([/\bWeisung\b/u, /\bnur\b/u], { reach: 2 })];

  it('finds them within one statement and within reach, across an insertion', () => {
    expect(words('Die Verarbeitung erfolgt nur auf Weisung.', entry)).toEqual(['Weisung', 'nur']);
    expect(words('Die Verarbeitung erfolgt nur, soweit nichts anderes vereinbart ist, auf Weisung.', entry)).toEqual(['Weisung', 'nur']);
    expect(words('Sie erfolgt nur (von Notfällen abgesehen) auf Weisung.', entry)).toEqual(['Weisung', 'nur']);
  });

  it('does not find them in two statements or too far apart', () => {
    expect(words('Die Daten werden nur in Frankfurt gespeichert; Auskünfte erteilt er auf Weisung.', entry)).toBeNull();
    expect(words('Die Verarbeitung erfolgt nur in den Rechenzentren des Auftragnehmers auf Weisung.', entry)).toBeNull();
  });

  it('takes the closest of several matches', () => {
    const sentence = 'Weisung erteilt der Kunde, und die Verarbeitung erfolgt nur auf Weisung des Kunden.';
    const said = matchEntry(sentence, [together([/\bWeisung\b/u, /\bnur\b/u], { reach: 10 })])!;
    expect(said.words.map(([from]) => from)).toEqual([sentence.lastIndexOf('Weisung'), sentence.indexOf('nur')]);
  });

  it('does not find them in a statement that says `unless`', () => {
    const form: Entry = [together([/\bVertrag\b/u, /\bschriftlich\b/u], { reach: 5, unless: /\binformier/u })];
    expect(words('Der Vertrag wird schriftlich geschlossen.', form)).toEqual(['Vertrag', 'schriftlich']);
    expect(words('Über den Vertrag wird er schriftlich informiert.', form)).toBeNull();
    expect(words('Der Vertrag wird schriftlich geschlossen; er wird darüber informiert.', form)).toEqual(['Vertrag', 'schriftlich']);
  });

  it('finds a term in the lead-in of a list only where the item says the rest', () => {
    const entry: Entry = [/\bimpact assessment\b/u, { leadIn: /\bassist\b/u }];
    const leadIn = 'The processor shall assist the controller with the following obligations:';
    expect(words('(1) a data protection impact assessment where required', entry, leadIn)).toEqual(['assist', 'impact assessment']);
    expect(words('(1) a data protection impact assessment where required', entry, 'The controller alone carries out:')).toBeNull();
    expect(words('(1) a data protection impact assessment where required', entry)).toBeNull();
  });
});
