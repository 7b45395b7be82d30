import { describe, expect, it } from 'vitest';
import type { ResponsibleParty } from '../../../shared/contract/model';
import { parseContract } from '../../../shared/parse/parseContract';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * DPAs the team wrote for the tests, in wordings the template does not use: a German SaaS
 * vendor (*Anbieterin* and *Kunde*, subjects after the verb, options, *Dem X obliegt*), a
 * German hosting contract (*Verantwortlicher* and *Auftragsverarbeiter*, headings that name a
 * party, *liegt beim*, *dieser*), an English SaaS addendum (*Supplier* and *Customer*, a
 * preamble in the perfect, possessives, *lies with*, the company's own name) and an
 * English managed-IT agreement (parts headed by party, present-tense descriptions,
 * agents, *as instructed by*). Each table is our reading as careful lawyers, measure by
 * measure. P provider, C customer, S shared, U unstated (only options, nobody obliged).
 */
const WRITTEN = resolve(import.meta.dirname, '../../fixtures/written');
const PARTY: Record<'P' | 'C' | 'S' | 'U', ResponsibleParty> = { P: 'provider', C: 'customer', S: 'shared', U: 'unstated' };

type Row = readonly [start: string, party: 'P' | 'C' | 'S' | 'U', explicit: boolean];

const TABLES: Record<string, readonly Row[]> = {
  'avv-saas-de.txt': [
    ['Rechenzentrum mit Zertifizierung', 'P', false],
    ['Zutritt zu den Serverräumen', 'P', false],
    ['Besucher werden nur in Begleitung', 'P', false],
    ['Die Büros des Kunden sichert der Kunde', 'C', true],
    ['Die Benutzerkonten der Kanzlei legt der Kunde', 'C', true],
    ['Zwei-Faktor-Authentifizierung kann vom Kunden', 'U', true],
    ['Passwörter müssen mindestens zwölf Zeichen', 'P', false],
    ['Die Anbieterin sperrt ein Benutzerkonto', 'P', true],
    ['Für die Sicherheit der Arbeitsplatzrechner', 'C', true],
    ['Rollen und Rechte innerhalb der Software vergibt der Kunde', 'S', true],
    ['Support-Mitarbeiter der Anbieterin', 'P', true],
    ['Administrative Zugriffe auf die Datenbanken', 'P', false],
    ['Alle Verbindungen zur Software', 'P', false],
    ['Für den Versand von Exporten', 'C', true],
    ['Auf Wunsch des Kunden richtet die Anbieterin', 'P', true],
    ['Änderungen an Mandantenakten', 'P', false],
    ['Die Auswertung des Änderungsprotokolls obliegt dem Kunden', 'C', true],
    ['Tägliche verschlüsselte Sicherung', 'P', false],
    ['Die Wiederherstellung einzelner Akten', 'S', true],
    ['Unterbrechungsfreie Stromversorgung', 'P', false],
    ['Die Daten jedes Kunden liegen', 'P', false],
    ['Test- und Produktivsysteme sind getrennt', 'P', false],
    ['Die Anbieterin lässt ihre Maßnahmen', 'P', true],
    ['Die regelmäßige Schulung der eigenen Beschäftigten', 'C', true],
  ],
  'avv-hosting-de.txt': [
    ['Umzäuntes Gelände', 'P', false],
    ['Zutritt zu den Serverräumen nur für namentlich', 'P', false],
    ['Die Schlüssel der Racks des Verantwortlichen', 'P', false],
    ['Der Zugang zu den Betriebssystemen', 'C', true],
    ['Dem Verantwortlichen obliegt', 'C', true],
    ['Das Managementnetz des Auftragsverarbeiters', 'P', false],
    ['Berechtigungen auf den Managed-Hosting-Systemen', 'P', false],
    ['Für Berechtigungen innerhalb der vom Verantwortlichen', 'C', true],
    ['Datenträger werden nach Außerbetriebnahme', 'P', false],
    ['Der Verantwortliche verschlüsselt', 'C', true],
    ['Sicherung der Daten auf den dedizierten Servern', 'C', false],
    ['Überwachung der eigenen Anwendungen', 'C', false],
    ['Redundante Stromversorgung', 'P', false],
    ['Brandfrüherkennung', 'P', false],
    ['Wird eine Störung erkannt', 'P', true],
    ['Die Server des Verantwortlichen sind physisch', 'P', false],
    ['Der Auftragsverarbeiter und der Verantwortliche', 'S', true],
    ['Auf Verlangen des Verantwortlichen', 'P', true],
  ],
  'dpa-saas-en.txt': [
    ['Hosting in ISO 27001', 'P', false],
    ['Offices of the Supplier', 'P', false],
    ["The Customer's account owner", 'C', true],
    ['Single sign-on via SAML can be enabled', 'U', true],
    ['Brightwave enforces', 'P', true],
    ['Customer is responsible', 'C', true],
    ['Customer Personal Data is encrypted', 'P', false],
    ['Encryption keys are managed by the Supplier', 'P', true],
    ['Administrative actions in the analytics console', 'P', false],
    ["It is the Customer's responsibility", 'C', true],
    ['Daily backups are kept', 'P', false],
    ['The Parties shall test', 'S', true],
    ['Where agreed in the Order Form', 'U', true],
    ['IP addresses are truncated', 'P', false],
    ['The Customer shall not send', 'C', true],
    ['All staff of the Supplier', 'P', false],
    ['Responsibility for informing data subjects', 'C', true],
  ],
  'dpa-managed-it-en.txt': [
    ['Cloudnest operates the servers', 'P', true],
    ['Backups are taken every night', 'P', false],
    ['Cloudnest staff access', 'P', true],
    ['Security patches are applied', 'P', false],
    ['Approval of new user accounts', 'C', false],
    ['Classification of documents', 'C', false],
    ['Processor will configure the firewall', 'P', true],
    ['The Controller decides on retention periods', 'S', true],
    ['Each party shall appoint', 'S', true],
    ["The Controller's IT lead approves", 'S', true],
    ['Laptops used by the Controller', 'S', true],
    ['Restores are performed by Cloudnest', 'P', true],
  ],
};

describe('responsibility on DPAs the template does not resemble', () => {
  it.each(Object.entries(TABLES))('agrees with our reading of every measure in %s', (file, table) => {
    const contract = parseContract(readFileSync(resolve(WRITTEN, file), 'utf8'));
    expect(contract.toms.map((tom) => tom.text.slice(0, 50))).toEqual(
      table.map(([start], index) => {
        expect(contract.toms[index]?.text.startsWith(start), `measure ${index + 1} starts “${start}”`).toBe(true);
        return contract.toms[index]!.text.slice(0, 50);
      }),
    );
    const actual = contract.toms.map((tom) => `${tom.text.slice(0, 40)} → ${tom.responsibility.party}`);
    const expected = table.map(([, party], index) => `${contract.toms[index]!.text.slice(0, 40)} → ${PARTY[party]}`);
    expect(actual).toEqual(expected);
  });

  it('decides every measure that an explicit cue decides from that cue, not from a frame', () => {
    for (const [file, table] of Object.entries(TABLES)) {
      const contract = parseContract(readFileSync(resolve(WRITTEN, file), 'utf8'));
      table.forEach(([start, , explicit], index) => {
        const reason = contract.toms[index]!.responsibility.reason.kind;
        if (explicit) expect([reason, start]).toEqual([expect.stringMatching(/^(?:cue|both|option)$/u), start]);
        else expect([reason, start]).toEqual(['frame', start]);
      });
    }
  });
});
