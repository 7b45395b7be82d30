import { describe, expect, it } from 'vitest';
import { checkContract, describeChecklistReason, type ChecklistItemId } from '../../../shared/checklist';
import { translator } from '../../../shared/i18n';
import { parseContract } from '../../../shared/parse/parseContract';

/** A contract of one section whose numbered clauses are `clauses`. */
function section(title: string, clauses: readonly string[]) {
  return parseContract(`Vertrag\n\n1 ${title}\n\n${clauses.map((clause, index) => `${index + 1}. ${clause}`).join('\n')}\n`);
}

const item = (contract: ReturnType<typeof parseContract>, id: ChecklistItemId) => checkContract(contract).find((result) => result.id === id)!;

describe('what weakens a duty is read where it stands', () => {
  it.each([
    ['en', ['We notify you of each new sub-processor 30 days in advance.', 'If you object to a new sub-processor, we will use reasonable efforts to offer you an alternative.']],
    ['de', ['Der Auftragnehmer informiert den Auftraggeber über jeden neuen Unterauftragnehmer.', 'Widerspricht der Auftraggeber der Beauftragung, bemüht sich der Auftragnehmer nach besten Kräften um eine Alternative.']],
  ])('best efforts for an act beside the duty do not weaken it (%s)', (_, clauses) => {
    expect(item(section('Sub-processors', clauses), 'art28-2-objection')).toMatchObject({ status: 'covered', clauses: ['1.1', '1.2'] });
  });

  it.each([
    ['en', 'We will use reasonable efforts to notify you of any personal data breach.', 'reasonable efforts'],
    ['de', 'Der Auftragnehmer bemüht sich, Datenschutzverletzungen unverzüglich an den Auftraggeber zu melden.', 'bemüht sich'],
  ])('best efforts that introduce the duty weaken it (%s)', (_, breach, words) => {
    const contract = section('Support', ['We assist you with data protection impact assessments. Der Auftragnehmer unterstützt bei Datenschutz-Folgenabschätzungen.', breach]);
    expect(item(contract, 'art28-3-f')).toMatchObject({ status: 'weak', reason: { kind: 'weakened', weakness: 'effort', words, cite: '1.2' } });
  });

  it.each([
    [
      'de',
      [
        'Der Auftragnehmer trifft die technischen und organisatorischen Maßnahmen nach Anlage 2.',
        'Er unterstützt den Auftraggeber durch geeignete technische und organisatorische Maßnahmen bei der Beantwortung von Anträgen betroffener Personen auf Auskunft, Berichtigung, Löschung und Datenübertragbarkeit, wobei ihm der Auftraggeber den dafür entstehenden Aufwand und die Kosten dieser Unterstützung zu erstatten hat.',
      ],
    ],
    [
      'en',
      [
        'We implement the technical and organisational measures set out in Annex 2.',
        'We assist you by implementing appropriate technical and organisational measures to help you meet your obligation to respond to requests from data subjects under data protection law, provided that you reimburse the reasonable costs of such assistance.',
      ],
    ],
  ])('costs said of another duty in the section do not weaken the security measures (%s)', (_, clauses) => {
    const contract = section('Obligations', clauses);
    expect(item(contract, 'art28-3-c')).toMatchObject({ status: 'covered', reason: { kind: 'covered', cite: '1.1' } });
    expect(item(contract, 'art28-3-e')).toMatchObject({ status: 'weak', reason: { kind: 'weakened', weakness: 'chargeable' } });
  });

  it.each([
    ['en', 'art28-3-b', 'We ensure that every person we authorise to process personal data has agreed to keep it confidential.'],
    ['en', 'art28-3-g', 'We delete or return the personal data at the end of the service as agreed in the order form.'],
    ['de', 'art28-3-g', 'Der Auftragnehmer löscht die Daten nach Vertragsende wie vereinbart oder gibt sie zurück.'],
  ] as const)('what was agreed sets no condition (%s): %s', (_, id, text) => {
    expect(item(section('General', [text]), id)).toMatchObject({ status: 'covered' });
  });

  it.each([
    ['en', 'We delete or return the personal data at the end of the service where agreed in the order form.', 'where agreed'],
    ['de', 'Der Auftragnehmer löscht die Daten nach Vertragsende oder gibt sie zurück, sofern dies vereinbart ist.', 'sofern dies vereinbart'],
  ])('a condition of an agreement still weakens (%s)', (_, text, words) => {
    expect(item(section('General', [text]), 'art28-3-g')).toMatchObject({ status: 'weak' });
    expect(JSON.stringify(item(section('General', [text]), 'art28-3-g').reason)).toContain(words);
  });

  it.each([
    ['en', ['You may audit our compliance with this DPA once a year. Such audits shall consist solely of a review of our written policies.'], 'shall consist solely of', 'Replaced by less in 1.1: “shall consist solely of”.'],
    ['de', ['Der Auftraggeber ist berechtigt, die Einhaltung dieser Vereinbarung zu überprüfen.', 'Vor-Ort-Kontrollen sind nur in begründeten Einzelfällen zulässig.'], 'nur in begründeten Einzelfällen', 'Durch weniger ersetzt in 1.2: „nur in begründeten Einzelfällen“.'],
    ['de', ['Der Auftraggeber ist berechtigt, die Einhaltung dieser Vereinbarung zu überprüfen.', 'Die Überprüfung beschränkt sich auf die Vorlage aktueller Zertifikate.'], 'beschränkt sich auf die Vorlage', 'Durch weniger ersetzt in 1.2: „beschränkt sich auf die Vorlage“.'],
  ])('audits replaced by less are weak, and the reason says so (%s)', (language, clauses, words, said) => {
    const audits = item(section('Audits', clauses), 'art28-3-h');
    expect(audits).toMatchObject({ status: 'weak', reason: { kind: 'weakened', weakness: 'limited', words } });
    expect(describeChecklistReason(audits.reason, translator(language as 'de' | 'en'))).toBe(said);
  });
});
