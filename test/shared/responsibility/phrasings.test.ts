import { describe, expect, it } from 'vitest';
import { leadInFrame } from '../../../shared/responsibility/annexFrame';
import { classifyToms } from '../../../shared/responsibility/classify';

/**
 * Phrasings of measures as German and English TOM annexes write them, beyond the traps:
 * each read in an annex whose preamble gives its measures to the provider. Our reading as
 * lawyers: P provider, C customer, S shared, U unstated (an option, nobody obliged).
 */
const de = ['Die folgenden Maßnahmen werden vom Auftragnehmer umgesetzt:'];
const en = ['The Supplier has implemented the following measures:'];
const PARTY = { P: 'provider', C: 'customer', S: 'shared', U: 'unstated' } as const;

const PHRASINGS: readonly (readonly ['P' | 'C' | 'S' | 'U', string, readonly string[]])[] = [
  ['P', 'Alarmanlage, Chipkarten, Videoüberwachung', de],
  ['P', 'Der Zutritt zu den Räumlichkeiten ist nur berechtigten Personen gestattet.', de],
  ['P', 'Es werden Protokolle über alle Zugriffe geführt.', de],
  ['C', 'Der Auftraggeber ist für die Sicherheit seiner Zugangsdaten selbst verantwortlich.', de],
  ['C', 'Die Verwaltung der Benutzerrechte erfolgt durch den Auftraggeber.', de],
  ['C', 'Die Verantwortung für die Datensicherung liegt beim Kunden.', de],
  ['P', 'Der Auftraggeber erhält Zugriff auf ein Protokoll aller Anmeldungen.', de],
  ['P', 'Eine Verschlüsselung der Daten erfolgt auf Wunsch des Auftraggebers.', de],
  ['U', 'Auf Wunsch kann eine Verschlüsselung eingerichtet werden.', de],
  ['U', 'Kunden können die Zwei-Faktor-Authentifizierung aktivieren.', de],
  ['C', 'Der Kunde hat dafür Sorge zu tragen, dass Passwörter sicher verwahrt werden.', de],
  ['C', 'Es obliegt dem Kunden, die Zugangsdaten geheim zu halten.', de],
  ['C', 'Sache des Kunden ist es, seine Endgeräte zu schützen.', de],
  ['C', 'Hierfür ist der Kunde zuständig.', de],
  ['P', 'Der Anbieter verpflichtet sich, Sicherheitsupdates binnen 14 Tagen einzuspielen.', de],
  ['P', 'Mitarbeiter werden auf das Datengeheimnis verpflichtet.', de],
  ['S', 'Der Kunde legt die Löschfristen fest, der Anbieter setzt sie um.', de],
  ['C', 'Die Auftraggeberin sichert ihre Daten selbst.', de],
  ['P', 'Die Auftragnehmerin stellt sicher, dass die Auftraggeberin jederzeit Zugriff hat.', de],
  ['C', 'Die Kontrolle der Zugriffsprotokolle ist Aufgabe des Auftraggebers.', de],
  ['P', 'Regelmäßige Penetrationstests durch externe Dienstleister', de],
  ['C', 'Customer is responsible for configuring user roles.', en],
  ['S', 'The Customer is responsible for its endpoints, and the Supplier will harden its servers.', en],
  ['P', 'Access is granted on a least-privilege basis.', en],
  ['P', 'Supplier maintains SOC 2 Type II certification.', en],
  ['U', 'Customers can configure IP allow-lists.', en],
  ['P', 'We encrypt data at rest using AES-256.', en],
  ['C', 'You are responsible for the security of your account credentials.', en],
  ['P', 'Logs are reviewed by our security team weekly.', en],
  ['C', 'Customer must enable MFA for all administrator accounts.', en],
  ['P', 'Penetration tests are performed annually by an independent third party.', en],
  ['C', 'Customer shall be responsible for backups of data stored on its own systems.', en],
  ['P', 'The Supplier will, at the Customer\'s request, provide a copy of the logs.', en],
  ['P', 'Supplier personnel are bound by confidentiality obligations.', en],
  ['P', 'Der Auftragnehmer gewährleistet, dass alle Systeme überwacht werden.', de],
  ['C', 'Backups werden durch den Auftraggeber selbst erstellt.', de],
  ['P', 'Der Auftraggeber wird vom Auftragnehmer über Änderungen informiert.', de],
  ['P', 'Eine Protokollierung erfolgt seitens des Auftragnehmers.', de],
  ['P', 'Verantwortlich für die Umsetzung ist der Auftragnehmer.', de],
  ['P', 'Die Pflege der Firewall übernimmt der Auftragnehmer.', de],
  ['C', 'Zuständig für die Löschung ist der Kunde.', de],
  ['C', 'Beim Kunden liegt die Verantwortung für die Endgeräte.', de],
  ['P', 'Dem Auftraggeber wird ein Zugang zum Protokoll bereitgestellt.', de],
  ['U', 'Der Auftraggeber kann die Löschung jederzeit selbst vornehmen.', de],
  ['S', 'Auftragnehmer und Auftraggeber legen die Fristen gemeinsam fest.', de],
  ['P', 'The Processor has appointed a data protection officer.', en],
  ['P', 'The Controller is informed of any incident within 24 hours.', en],
  ['C', 'Backups are the responsibility of the Customer.', en],
  ['C', 'Responsibility for user access management rests with Customer.', en],
  ['S', 'Customer and Supplier will jointly review the measures annually.', en],
  ['P', 'The Supplier and its sub-processors shall train their staff.', en],
  ['C', 'The Customer shall ensure that its users keep their passwords secret.', en],
  ['P', 'Data is deleted within 30 days after the Customer terminates the agreement.', en],
  ['P', 'Where the Customer requests deletion, the Supplier deletes the data within 30 days.', en],
  // A modal naming nobody: what the measure makes possible or rules out is the frame's; a permission or an offer is no one's duty.
  ['P', 'Gelöschte Datensätze können innerhalb von 30 Tagen wiederhergestellt werden.', de],
  ['P', 'Zugriffe auf die Patientenakte können anhand der Protokolle nachvollzogen werden.', de],
  ['P', 'Personenbezogene Daten dürfen nur verschlüsselt übertragen werden.', de],
  ['U', 'Daten dürfen an verbundene Unternehmen übermittelt werden.', de],
  ['P', 'Backups can be restored within four hours.', en],
  ['P', "Every change to a user's role can be traced in the audit log.", en],
  ['P', "Users cannot see other tenants' data.", en],
  ['U', 'Encryption may be enabled on request.', en],
  ['U', 'Personal data may be disclosed to affiliates.', en],
];

describe('phrasings of TOM annexes', () => {
  it.each(PHRASINGS.map(([party, text, preamble]) => ({ party, text, preamble })))('$text → $party', ({ party, text, preamble }) => {
    const [responsibility] = classifyToms([{ category: { number: '1', title: 'Kontrolle' }, services: [], text }], leadInFrame(preamble, []), []);
    expect(responsibility!.party).toBe(PARTY[party]);
  });
});
