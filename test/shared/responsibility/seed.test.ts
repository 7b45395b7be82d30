import { describe, expect, it } from 'vitest';
import type { ResponsibleParty } from '../../../shared/contract/model';
import { parseContract } from '../../../shared/parse/parseContract';
import { readTemplate } from '../../support/files';

/**
 * Our own reading of Anlage III, measure by measure, as a careful lawyer reads it.
 * P = provider (Auftragnehmer), C = customer (Auftraggeber), S = shared.
 */
const EXPECTED: readonly (readonly [string, 'P' | 'C' | 'S'])[] = [
  // 1 Zutrittskontrolle: verbless measures under the annex frame.
  ['elektronisches Zutrittskontrollsystem', 'P'],
  ['Hochsicherheitszaun', 'P'],
  ['durchgehend besetzter Leitstand', 'P'],
  ['Bewachung durch zertifiziertes', 'P'],
  ['Videoüberwachung', 'P'],
  ['organisatorisch getrennte Berechtigungsvergabe', 'P'],
  ['durchgehende Besetzung des Empfangs', 'P'],
  ['Manuelle Schließanlage', 'P'],
  // 2 Zugangskontrolle
  ['Das Passwort für das Kundenmenü', 'C'], // wird vom Auftraggeber selbst vergeben
  ['Die Login-Versuche zum Kundenmenü', 'P'],
  ['Standardmäßige Deaktivierung', 'P'], // Schlüsseln des Auftraggebers: owner, not actor
  ['Der Auftraggeber kann auf Wunsch', 'C'], // kann auf Wunsch is an option; wird … ändern is the duty
  ['Für die Zugangskontrolle für auf dem Cloud-VPS', 'C'],
  ['Der Administrator-Zugang ist ausschließlich', 'P'],
  ['Der Kunden-Zugang (SSH)', 'S'], // vom Auftraggeber vergeben, durch den Auftragnehmer protokolliert
  ['Der Kunden-Zugang zu Datenbanken', 'S'], // vom Auftragnehmer erzeugten / vom Auftraggeber gewählten
  ['Der Kunden-Zugang per FTP-Protokoll', 'S'],
  ['Die Login-Versuche für FTP-, MySQL- und SSH-Zugänge', 'P'],
  ['Für die Zugangskontrolle für auf dem Webservice', 'C'],
  ['Administrator-Zugang nur per', 'P'],
  ['Kunden-Zugang (E-Mail-Abruf und -Versand)', 'C'], // vom Kunden zu vergebendes
  ['Mit Zustimmung des Auftraggebers', 'P'], // consent is a condition; wird der Auftragnehmer … setzen
  ['Die Login-Versuche für E-Mail-Accounts', 'P'],
  // 3 Zugriffskontrolle
  ['Die Zugriffskontrolle liegt in der Verantwortung', 'C'],
  ['Der Auftragnehmer wird durch zeitnahe Einspielen', 'P'],
  ['Für die übertragenen Daten und installierte Software', 'C'],
  ['Der Auftragnehmer wird durch zeitnahe Einspielen', 'P'],
  // 4 Datenträgerkontrolle
  ['Festplatten werden bei Außerbetriebnahme', 'P'],
  // 5 Trennungskontrolle
  ['Für interne Verwaltungs- und Administrationssysteme', 'P'],
  ['Test- und Produktionssysteme sind logisch getrennt.', 'P'],
  ['Die Trennungskontrolle ist vom Auftragnehmer zu verantworten', 'P'],
  ['Die Daten werden physisch oder logisch getrennt', 'P'],
  ['Test- und Produktionssysteme sind logisch getrennt.', 'P'],
  // 6 Pseudonymisierung
  ['Der Auftraggeber ist für die Pseudonymisierung', 'C'],
  // 7 Weitergabekontrolle
  ['Der Auftragnehmer unterrichtet alle Mitarbeiter', 'P'],
  ['Der Auftragnehmer wird die Daten nach Auftragsbeendigung', 'P'],
  ['Der Auftraggeber wird im Rahmen der technischen Möglichkeiten', 'S'],
  // 8 Eingabekontrolle
  ['Personenbezogene Daten werden im Rahmen des Kundenmenüs vom Kunden', 'C'],
  ['Übermittelt der Kunde auf anderem Wege', 'C'], // hat er … zu prüfen: er = der Kunde
  ['Die Eingabekontrolle obliegt dem Auftraggeber', 'C'],
  // 9 Verfügbarkeitskontrolle
  ['Backup- und Recovery-Konzept mit mindestens täglicher', 'P'],
  ['Sachkundiger Einsatz von Sicherheitsmaßnahmen', 'P'],
  ['Einsatz von Festplattenspiegelung bei allen', 'P'],
  ['Monitoring aller relevanten Systeme', 'P'],
  ['Einsatz unterbrechungsfreier Stromversorgung', 'P'],
  ['On-Demand-DDoS-Protection', 'P'],
  ['Die Datensicherung obliegt dem Auftraggeber', 'C'],
  ['Einsatz von Festplattenspiegelung', 'P'], // verbless: the annex frame
  ['Einsatz unterbrechungsfreier Stromversorgung', 'P'],
  ['Der Auftragnehmer stellt dem Auftraggeber, sofern vereinbart', 'C'], // options; der Auftraggeber bleibt … verantwortlich
  ['Ein Layer 3/4-DDoS-Schutz', 'S'], // one sentence splits the measure
  ['Backup- und Recovery-Konzept mit täglicher Sicherung der Daten, Aufbewahrungszeitraum', 'P'],
  ['Einsatz von Festplattenspiegelung', 'P'],
  ['Einsatz von Netzersatzanlagen', 'P'],
  ['Einsatz von Softwarefirewalls', 'P'],
  ['Dauerhaft aktiver Layer 3/4-DDoS-Schutz', 'P'],
  ['Dauerhaft aktiver Layer 7-DDoS-Schutz', 'P'],
  ['Backup- und Recovery-Konzept mit täglicher Sicherung der Daten', 'P'],
  ['Einsatz von Festplattenspiegelung', 'P'],
  ['Einsatz unterbrechungsfreier Stromversorgung', 'P'],
  ['Einsatz von Softwarefirewalls', 'P'],
  // 10 Rasche Wiederherstellbarkeit
  ['Der Auftragnehmer hält interne Prozesse', 'P'],
  ['Die Verantwortung für die rasche Wiederherstellbarkeit obliegt dem Auftraggeber', 'C'], // the Snapshot sentence is conditional
  ['Der Auftragnehmer stellt dem Auftraggeber im Kundenmenü', 'P'],
  ['Der Auftragnehmer hält interne Prozesse', 'P'],
  // 11 Überprüfung, Bewertung und Evaluierung
  ['Die Mitarbeiter werden regelmäßig im Datenschutz geschult', 'P'],
  ['Datenschutzfreundliche Voreinstellungen', 'P'],
];

const PARTY: Record<'P' | 'C' | 'S', ResponsibleParty> = { P: 'provider', C: 'customer', S: 'shared' };

describe('responsibility of every measure in the template', () => {
  const contract = parseContract(readTemplate());

  it('agrees with our expected table for all 67 measures', () => {
    expect(contract.toms).toHaveLength(EXPECTED.length);
    const actual = contract.toms.map((tom) => [tom.text.slice(0, 40), tom.responsibility.party]);
    const expected = EXPECTED.map(([start, party], index) => {
      expect(contract.toms[index]!.text.startsWith(start)).toBe(true);
      return [contract.toms[index]!.text.slice(0, 40), PARTY[party]];
    });
    expect(actual).toEqual(expected);
  });

  it('shows the cue that decided, and the annex preamble for measures that name nobody', () => {
    const find = (start: string) => contract.toms.find((tom) => tom.text.startsWith(start))!.responsibility;
    expect(find('Die Eingabekontrolle obliegt')).toMatchObject({ cue: 'obliegt dem Auftraggeber', reason: { kind: 'cue', cue: 'obliegt dem Auftraggeber' } });
    expect(find('Einsatz von Festplattenspiegelung')).toMatchObject({
      party: 'provider',
      cue: 'werden vom Auftragnehmer umgesetzt',
      reason: { kind: 'frame', scope: 'annex', frame: 'werden vom Auftragnehmer umgesetzt' },
    });
    const shared = find('Der Kunden-Zugang (SSH)');
    expect(shared.reason).toEqual({ kind: 'both', providerCue: 'durch den Auftragnehmer', customerCue: 'vom Auftraggeber' });
    for (const tom of contract.toms) {
      for (const cue of tom.responsibility.cues) expect(tom.text.slice(cue.start, cue.start + cue.text.length)).toBe(cue.text);
    }
  });

  it('reads each sentence on its own: a duty, an option or neither', () => {
    const snapshots = contract.toms.find((tom) => tom.text.startsWith('Der Auftragnehmer stellt dem Auftraggeber, sofern vereinbart'))!;
    expect(snapshots.responsibility.sentences.map((sentence) => [sentence.force, sentence.party])).toEqual([
      ['option', 'provider'],
      ['duty', 'customer'],
      ['option', 'provider'],
    ]);
  });
});
