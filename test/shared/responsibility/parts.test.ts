import { describe, expect, it } from 'vitest';
import type { Party, ResponsibleParty } from '../../../shared/contract/model';
import { leadInFrame } from '../../../shared/responsibility/annexFrame';
import { classifyToms, type TomInput } from '../../../shared/responsibility/classify';

/**
 * A measure whose own words name one party and which leaves a part to the other: a statement
 * of it that names nobody (the annex's or the list's frame carries it), or a setting the other
 * party switches on. A run-in heading, a sentence that goes on about what the named party does,
 * and a right of the other party are no such part.
 */
const PARTIES: readonly Party[] = [
  { role: 'customer', name: 'Lindenhof Pflegedienst gGmbH', address: [], roleLabel: 'Kunde', roleLine: '(nachfolgend „Kunde“)' },
  { role: 'provider', name: 'Nordlicht Software GmbH', address: [], roleLabel: 'Anbieter', roleLine: '(nachfolgend „Anbieter“)' },
];

const FRAME_DE = leadInFrame(['Der Anbieter setzt folgende Maßnahmen um:'], PARTIES);
const FRAME_EN = leadInFrame(['The Processor has implemented the following measures:'], PARTIES);

function measure(text: string): TomInput {
  return { category: { number: '1', title: 'Verfügbarkeitskontrolle' }, services: [], text };
}

type Case = readonly [what: string, text: string, party: ResponsibleParty];

const CASES: readonly (readonly [...Case, 'de' | 'en'])[] = [
  ['a part that names nobody before the other party’s', 'Sicherungen werden täglich erstellt und 30 Tage aufbewahrt. Die Wiederherstellung einzelner Dateien obliegt dem Kunden.', 'shared', 'de'],
  ['a part that names nobody before the other party’s', "Incident notices are sent to the Customer's security contact by e-mail. The Customer is responsible for keeping that contact up to date.", 'shared', 'en'],
  ['a part that names nobody after the other party’s', 'Die Wiederherstellung einzelner Dateien obliegt dem Kunden. Sicherungen werden täglich erstellt.', 'shared', 'de'],
  ['a run-in heading', 'Benutzerverwaltung. Die Vergabe der Benutzerkonten obliegt dem Kunden.', 'customer', 'de'],
  ['a run-in heading', 'Account Management. The Customer is responsible for creating user accounts.', 'customer', 'en'],
  ['a sentence going on about what the party does', 'Das Passwort wird vom Kunden selbst vergeben. Das Passwort muss mindestens zwölf Zeichen haben.', 'customer', 'de'],
  ['a sentence going on about what the party does', 'The Customer sets the retention period. The retention period must not exceed 90 days.', 'customer', 'en'],
  ['a sentence taking up what the party does later in it', 'Der Kunde legt für jede Pflegekraft ein Konto an. Nach dem Austritt wird das Konto innerhalb eines Tages gesperrt.', 'customer', 'de'],
  ['a sentence taking up what the party does later in it', 'The Customer sets an initial password for each user. After the first login the password must be changed.', 'customer', 'en'],
  ['a setting the other party switches on', 'Der Anbieter speichert Passwörter nur als Hash. Kunden können die Zwei-Faktor-Anmeldung für ihre Nutzer erzwingen.', 'shared', 'de'],
  ['a setting the other party switches on', 'The Processor supports single sign-on. Customers can enforce multi-factor authentication for their users.', 'shared', 'en'],
  ['a right of the other party', 'Der Anbieter protokolliert alle Zugriffe. Der Kunde kann eine Kopie der Protokolle verlangen.', 'provider', 'de'],
  ['a right of the other party', 'The Processor keeps access logs for 90 days. The Customer may request a copy of the logs.', 'provider', 'en'],
];

describe('parts of a measure left to the other party', () => {
  it.each(CASES.map(([what, text, party, language]) => ({ what, text, party, language })))('$what ($language): $text', ({ text, party, language }) => {
    const [responsibility] = classifyToms([measure(text)], language === 'de' ? FRAME_DE : FRAME_EN, PARTIES);
    expect(responsibility!.party).toBe(party);
  });

  it('names both cues, the frame’s for the part that names nobody', () => {
    const [responsibility] = classifyToms([measure(CASES[0]![1])], FRAME_DE, PARTIES);
    expect(responsibility!.reason).toEqual({ kind: 'both', providerCue: 'Der Anbieter setzt folgende Maßnahmen um:', customerCue: 'obliegt dem Kunden' });
  });

  it('splits an item of a list whose lead-in names the party', () => {
    const list = [measure('Der Anbieter betreibt ein Meldeverfahren für Sicherheitsvorfälle:'), measure('Meldungen gehen per E-Mail an den Kunden. Die Weiterleitung an die Aufsichtsbehörde obliegt dem Kunden.')];
    expect(classifyToms(list, null, PARTIES)[1]!.party).toBe('shared');
  });
});
