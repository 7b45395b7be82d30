import { describe, expect, it } from 'vitest';
import type { Party, ResponsibleParty } from '../../../shared/contract/model';
import { leadInFrame } from '../../../shared/responsibility/annexFrame';
import { classifyClauseText, classifyToms, type TomInput } from '../../../shared/responsibility/classify';

/**
 * The traps a naive matcher falls into, one measure each, German and English. Every
 * measure stands in an annex whose preamble gives its measures to the provider, so a
 * measure that names nobody (or names a party in a role that does not make it act)
 * must come out `provider`, with the frame as its reason.
 */
const PARTIES: readonly Party[] = [
  { role: 'customer', name: 'Harbour Retail GmbH', address: [], roleLabel: 'Kunde', roleLine: '(nachfolgend „Kunde“)' },
  { role: 'provider', name: 'TrafficPlex GmbH', address: [], roleLabel: 'Auftragnehmer', roleLine: '– Auftragnehmer –' },
];

const PROVIDER_FRAME_DE = leadInFrame(['Die folgenden technischen und organisatorischen Maßnahmen werden vom Auftragnehmer umgesetzt:'], PARTIES);
const PROVIDER_FRAME_EN = leadInFrame(['The Supplier has implemented the following technical and organisational measures:'], PARTIES);

function measure(text: string, title = 'Zugangskontrolle', services: string[] = []): TomInput {
  return { category: { number: '2', title }, services, text };
}

function classifyOne(text: string, language: 'de' | 'en' = 'de') {
  return classifyToms([measure(text)], language === 'de' ? PROVIDER_FRAME_DE : PROVIDER_FRAME_EN, PARTIES)[0]!;
}

type Case = readonly [trap: string, text: string, party: ResponsibleParty, cue?: string];

const GERMAN: readonly Case[] = [
  ['owner (genitive)', 'Für die Inbetriebnahme wird eine Berechtigungsvergabe von kryptografischen Schlüsseln des Auftraggebers durchgeführt.', 'provider', 'werden vom Auftragnehmer umgesetzt'],
  ['owner as subject of a passive', 'Die Server des Kunden sind physisch von anderen Systemen getrennt.', 'provider'],
  ['condition (consent)', 'Mit Zustimmung des Auftraggebers wird der Auftragnehmer ein temporäres Passwort setzen.', 'provider', 'wird der Auftragnehmer'],
  ['condition (request of the other party)', 'Auf Verlangen des Kunden wird der Auftragnehmer zusätzliche Bandbreite bereitstellen.', 'provider', 'wird der Auftragnehmer'],
  ['condition with an agent', 'Bei Freigabe durch den Auftraggeber werden die Protokolle Grundlage der Prüfung.', 'provider'],
  ['beneficiary', 'Die Sicherung der Daten erfolgt täglich für den Auftraggeber.', 'provider'],
  ['recipient', 'Störungen werden dem Auftraggeber unverzüglich gemeldet.', 'provider'],
  ['compound (Kunden-Zugang)', 'Der Kunden-Zugang ist ausschließlich mit kryptografischem Schlüssel möglich.', 'provider'],
  ['compound (Kundenmenü)', 'Das Kundenmenü ist nur über TLS erreichbar.', 'provider'],
  ['option (kann auf Wunsch)', 'Der Auftraggeber kann auf Wunsch ein Server-Passwort vergeben.', 'unstated'],
  ['option (passive with kann)', 'Zwei-Faktor-Authentifizierung kann vom Kunden aktiviert werden.', 'unstated'],
  ['option (sofern vereinbart)', 'Der Auftragnehmer stellt, sofern vereinbart, tägliche Snapshots bereit.', 'unstated'],
  ['prohibition is a duty', 'Der Auftraggeber darf Zugangsdaten nicht an Dritte weitergeben.', 'customer', 'Der Auftraggeber darf'],
  ['one sentence splits the measure', 'Ein Layer 3/4-DDoS-Schutz wird nach Vereinbarung bereitgestellt, der Layer-7-DDoS-Schutz obliegt dem Auftraggeber', 'shared'],
  ['verbless measure', 'Einsatz von Festplattenspiegelung', 'provider', 'werden vom Auftragnehmer umgesetzt'],
  ['told, not obliged (passive subject)', 'Der Auftraggeber wird über Sicherheitsvorfälle unverzüglich informiert.', 'provider'],
  ['object after the verb (feminine)', 'Die Auftragnehmerin informiert die Kundin über jede Änderung.', 'provider'],
  ['dative after the verb (feminine)', 'Der Auftragnehmer stellt der Kundin monatlich einen Bericht zur Verfügung.', 'provider'],
  ['receiving verb', 'Der Kunde erhält bei jeder Anmeldung eine Benachrichtigung.', 'provider'],
  ['people of the customer act', 'Die Mitarbeiter des Kunden vergeben die Passwörter selbst.', 'customer'],
  ['subject after the verb', 'Für die Sicherheit der Endgeräte sorgt der Kunde.', 'customer', 'sorgt der Kunde'],
  ['subject after an unlisted verb', 'Die Datensicherung verantwortet der Kunde selbst.', 'customer', 'verantwortet der Kunde'],
  ['obliegt dem X', 'Die Datensicherung obliegt dem Auftraggeber.', 'customer', 'obliegt dem Auftraggeber'],
  ['Dem X obliegt', 'Dem Kunden obliegt die Pflege der Benutzerkonten.', 'customer', 'Dem Kunden obliegt'],
  ['liegt in der Verantwortung des X', 'Die Zugriffskontrolle liegt in der Verantwortung des Auftraggebers.', 'customer', 'in der Verantwortung des Auftraggebers'],
  ['liegt beim X', 'Der Zugang zu den Betriebssystemen liegt beim Kunden.', 'customer', 'liegt beim Kunden'],
  ['ist vom X zu verantworten', 'Die Trennungskontrolle ist vom Auftragnehmer zu verantworten.', 'provider', 'vom Auftragnehmer zu verantworten'],
  ['Für … ist allein der X verantwortlich', 'Für die installierte Software ist allein der Auftraggeber verantwortlich.', 'customer', 'ist allein der Auftraggeber verantwortlich'],
  ['X bleibt … verantwortlich', 'Der Auftraggeber bleibt auch bei Nutzung der Snapshots für die Datensicherung verantwortlich.', 'customer'],
  ['ist Sache des X', 'Die Schulung der Beschäftigten ist Sache des Kunden.', 'customer'],
  ['Sache des X ist es', 'Sache des Kunden ist es, seine Endgeräte zu schützen.', 'customer'],
  ['Es obliegt dem X', 'Es obliegt dem Kunden, die Zugangsdaten geheim zu halten.', 'customer', 'obliegt dem Kunden'],
  ['two main clauses', 'Der Kunde legt die Löschfristen fest, der Anbieter setzt sie um.', 'shared'],
  ['option of a plural subject', 'Kunden können die Zwei-Faktor-Authentifizierung aktivieren.', 'unstated'],
  ['selbst verantworten', 'Der Auftraggeber wird die Vergabe von Berechtigungen selbst verantworten.', 'customer', 'Der Auftraggeber'],
  ['Der X hat … zu', 'Der Auftragnehmer hat alle Zugriffe zu protokollieren.', 'provider', 'Der Auftragnehmer'],
  ['Der X stellt sicher', 'Der Auftragnehmer stellt sicher, dass Updates zeitnah eingespielt werden.', 'provider'],
  ['Der X hält … vor', 'Der Auftragnehmer hält interne Prozesse zur Wiederherstellung vor.', 'provider'],
  ['passive with agent', 'Die Berechtigungen werden vom Auftraggeber vergeben.', 'customer', 'vom Auftraggeber'],
  ['two agents', 'Berechtigungen werden vom Auftraggeber vergeben und durch den Auftragnehmer protokolliert.', 'shared'],
  ['participle', 'Der Zugang erfolgt mit einem vom Auftraggeber gewählten Passwort.', 'customer', 'vom Auftraggeber'],
  ['gerundive', 'Kunden-Zugang durch ein vom Kunden zu vergebendes Passwort', 'customer', 'vom Kunden'],
  ['instructions are no measure of the one who gives them', 'Daten werden nur auf vom Auftraggeber erteilte Weisungen verarbeitet.', 'provider'],
  ['kundenseitig', 'Die Verschlüsselung der Endgeräte erfolgt kundenseitig.', 'customer'],
  ['pronoun er', 'Übermittelt der Kunde auf anderem Wege Daten, hat er die Korrektheit selbst zu prüfen.', 'customer', 'hat er'],
  ['demonstrative dieser', 'Für Berechtigungen in den vom Kunden installierten Anwendungen ist dieser selbst verantwortlich.', 'customer'],
  ['party name without article', 'TrafficPlex prüft die Protokolle wöchentlich.', 'provider', 'TrafficPlex'],
  ['both parties', 'Die Parteien stimmen einen Notfallplan ab.', 'shared'],
  ['coordinated subjects', 'Der Auftraggeber und der Auftragnehmer testen den Notfallplan jährlich.', 'shared'],
];

const ENGLISH: readonly Case[] = [
  ['owner (compound defined term)', 'Customer Personal Data is encrypted at rest with AES-256.', 'provider', 'The Supplier has implemented'],
  ['owner (possessive)', "Backups of the Customer's workspace are kept for 30 days.", 'provider'],
  ['condition (consent)', "With the Customer's prior consent, the Supplier will reset the password.", 'provider', 'the Supplier will'],
  ['condition (request)', "Upon the Customer's written request, the Supplier shall provide a copy of the logs.", 'provider'],
  ['condition (as instructed by)', 'The Supplier configures the firewall as instructed by the Customer.', 'provider'],
  ['beneficiary', 'The Supplier keeps a copy of the configuration on behalf of the Customer.', 'provider'],
  ['recipient', 'Incidents are reported to the Customer within 24 hours.', 'provider'],
  ['compound (Customer-managed)', 'Customer-managed keys are supported on request.', 'provider'],
  ['option (may)', 'The Customer may enable single sign-on.', 'unstated'],
  ['option (passive with can)', 'Single sign-on can be enabled by the Customer.', 'unstated'],
  ['option (where agreed)', 'Where agreed in the Order Form, the Supplier will provide a warm standby.', 'unstated'],
  ['prohibition is a duty', 'The Customer may not share credentials with third parties.', 'customer'],
  ['one statement splits the measure', 'Network firewalls are operated at the perimeter; host firewalls are the responsibility of the Customer.', 'shared'],
  ['verbless measure', 'Redundant power supply with diesel generator', 'provider', 'The Supplier has implemented'],
  ['told, not obliged', 'The Customer will be notified of security incidents.', 'provider'],
  ['receiving verb', 'The Customer receives a notification for every new login.', 'provider'],
  ["the Customer's people act", "The Customer's administrators create and remove user accounts.", 'customer'],
  ['shall', 'The Customer shall keep its credentials confidential.', 'customer', 'The Customer shall'],
  ['must', 'The Supplier must apply critical patches within 72 hours.', 'provider', 'The Supplier must'],
  ['is solely responsible for', 'The Customer is solely responsible for the security of its devices.', 'customer', 'The Customer is solely responsible'],
  ['is the responsibility of', 'Endpoint protection is the responsibility of the Customer.', 'customer', 'is the responsibility of the Customer'],
  ["the Customer's responsibility", "It is the Customer's responsibility to review the audit log.", 'customer'],
  ['lies with', 'Responsibility for informing data subjects lies with the Customer.', 'customer', 'lies with the Customer'],
  ['passive with agent', 'Encryption keys are managed by the Supplier in a hardware security module.', 'provider', 'managed by the Supplier'],
  ['present tense description', 'The Supplier encrypts all backups.', 'provider'],
  ['two subjects', 'The Customer decides on retention periods and the Supplier implements them.', 'shared'],
  ['the Parties shall', 'The Parties shall test the restoration together once a year.', 'shared', 'The Parties shall'],
  ['each party shall', 'Each party shall appoint a security contact.', 'shared'],
  ['party name', 'TrafficPlex enforces multi-factor authentication for its engineers.', 'provider', 'TrafficPlex'],
  ['a vendor speaking as we', 'We encrypt data at rest using AES-256.', 'provider', 'We'],
  ['the customer addressed as you', 'You are responsible for the security of your account credentials.', 'customer'],
  ['agent after the measure’s own noun', 'Penetration tests performed annually by the Supplier', 'provider'],
  ['agent after another noun is no actor', 'Access to data processed by the Customer is logged.', 'provider', 'The Supplier has implemented'],
  ['pronoun it', 'The Supplier shall notify the Customer of any request. It shall not respond to the request itself.', 'provider'],
];

describe('traps in German measures', () => {
  it.each(GERMAN.map(([trap, text, party, cue]) => ({ trap, text, party, cue })))('$trap', ({ text, party, cue }) => {
    const responsibility = classifyOne(text, 'de');
    expect(responsibility.party).toBe(party);
    if (cue) expect(responsibility.cue).toBe(cue);
    for (const found of responsibility.cues) expect(text.slice(found.start, found.start + found.text.length)).toBe(found.text);
  });
});

describe('traps in English measures', () => {
  it.each(ENGLISH.map(([trap, text, party, cue]) => ({ trap, text, party, cue })))('$trap', ({ text, party, cue }) => {
    const responsibility = classifyOne(text, 'en');
    expect(responsibility.party).toBe(party);
    if (cue) expect(responsibility.cue).toBe(cue);
    for (const found of responsibility.cues) expect(text.slice(found.start, found.start + found.text.length)).toBe(found.text);
  });
});

describe('the reason shown for a decision', () => {
  it('names the option that decided nothing', () => {
    expect(classifyOne('Der Auftraggeber kann auf Wunsch ein Server-Passwort vergeben.').reason).toEqual({ kind: 'option', cue: 'Der Auftraggeber kann' });
  });

  it('names both cues of a shared measure', () => {
    const responsibility = classifyOne('Berechtigungen werden vom Auftraggeber vergeben und durch den Auftragnehmer protokolliert.');
    expect(responsibility.reason).toEqual({ kind: 'both', providerCue: 'durch den Auftragnehmer', customerCue: 'vom Auftraggeber' });
  });

  it('names the annex preamble for a measure that names nobody', () => {
    expect(classifyOne('Videoüberwachung der Eingänge').reason).toEqual({ kind: 'frame', frame: 'werden vom Auftragnehmer umgesetzt', scope: 'annex' });
  });

  it('leaves a measure unstated when nothing names a party and there is no frame', () => {
    const [responsibility] = classifyToms([measure('Videoüberwachung der Eingänge')], null, PARTIES);
    expect(responsibility).toMatchObject({ party: 'unstated', cue: null, reason: { kind: 'none' } });
  });

  it.each([
    ['Auf Wunsch kann eine Verschlüsselung der Datenbank eingerichtet werden.', 'de'],
    ['Nutzer können ihre Berichte selbst exportieren.', 'de'],
    ['Users can export their reports.', 'en'],
    ['Encryption may be enabled on request.', 'en'],
  ] as const)('says that a measure naming nobody under a frame is only offered: %s', (text, language) => {
    expect(classifyOne(text, language)).toMatchObject({ party: 'unstated', cue: null, reason: { kind: 'option', cue: text } });
  });
});

describe('frames above the measures', () => {
  it('lets a line that assigns its category frame the measures after it (German and English)', () => {
    const german = classifyToms(
      [measure('Die Eingabekontrolle obliegt dem Auftraggeber.', 'Eingabekontrolle'), measure('Protokollierung aller Änderungen', 'Eingabekontrolle'), measure('Protokollierung aller Zugriffe', 'Zugriffskontrolle')],
      PROVIDER_FRAME_DE,
      PARTIES,
    );
    expect(german.map((r) => r.party)).toEqual(['customer', 'customer', 'provider']);
    expect(german[1]!.reason).toMatchObject({ kind: 'frame', scope: 'category' });
    const english = classifyToms(
      [measure('Input control is the responsibility of the Customer.', 'Input control'), measure('Changes are logged with user and time.', 'Input control')],
      PROVIDER_FRAME_EN,
      PARTIES,
    );
    expect(english.map((r) => r.party)).toEqual(['customer', 'customer']);
  });

  it('does not take a word inside the category name for the category (Zugang ≠ Zugangskontrolle)', () => {
    const [, next] = classifyToms(
      [measure('Der Zugang zu den Betriebssystemen liegt beim Kunden.'), measure('Das Managementnetz ist nur über VPN erreichbar.')],
      PROVIDER_FRAME_DE,
      PARTIES,
    );
    expect(next!.party).toBe('provider');
  });

  it('reads a heading that names whose measures follow', () => {
    const headed = (serviceHeading: string, text: string): TomInput => ({ ...measure(text), services: [serviceHeading], serviceHeading });
    const result = classifyToms(
      [
        headed('Maßnahmen des Auftraggebers', 'Sicherung der Daten auf den dedizierten Servern'),
        headed('Part A Measures of the Processor', 'Backups are taken every night.'),
        headed('Customer responsibilities', 'Classification of documents by sensitivity'),
        headed('Gemeinsame Maßnahmen des Auftraggebers und des Auftragnehmers', 'Notfallübung einmal im Jahr'),
      ],
      PROVIDER_FRAME_DE,
      PARTIES,
    );
    expect(result.map((r) => [r.party, r.reason.kind === 'frame' ? r.reason.scope : r.reason.kind])).toEqual([
      ['customer', 'service'],
      ['provider', 'service'],
      ['customer', 'service'],
      ['provider', 'annex'],
    ]);
  });
});

describe('duty clauses', () => {
  it('reads who a clause obliges, German and English', () => {
    expect(classifyClauseText('Der Auftragnehmer hat den Auftraggeber unverzüglich zu informieren, wenn er der Meinung ist, eine Weisung verstoße gegen Datenschutzvorschriften.', PARTIES)).toMatchObject({
      party: 'provider',
      cue: 'Der Auftragnehmer',
    });
    expect(classifyClauseText('The processor shall immediately inform the controller if, in its opinion, instructions infringe the GDPR.', [])).toMatchObject({
      party: 'provider',
      cue: 'The processor shall',
    });
    expect(classifyClauseText('Soweit der Auftraggeber Unterstützung benötigt, hat er die hierdurch entstehenden Kosten zu erstatten.', PARTIES).party).toBe('customer');
  });

  it('reads a right as an option, not a duty', () => {
    const responsibility = classifyClauseText('Für die Ermöglichung von Kontrollen durch den Auftraggeber kann der Auftragnehmer einen Vergütungsanspruch geltend machen.', PARTIES);
    expect(responsibility).toMatchObject({ party: 'unstated', reason: { kind: 'option', cue: 'kann der Auftragnehmer' } });
  });
});
