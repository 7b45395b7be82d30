/**
 * A long contract for measuring: `sections` × `clauses` numbered clauses of varied German
 * legal prose and an annex of measures, from a seeded generator, so every run measures
 * the same text. Written as plain text and read by the parser, like a user's file.
 */
import type { Contract, Tom } from '../../shared/contract/model';
import { parseContract } from '../../shared/parse/parseContract';
import { contractText } from './contractText';

const WORDS = (
  'Auftragnehmer Auftraggeber verarbeitet personenbezogene Daten ausschließlich nach dokumentierter Weisung und gewährleistet Vertraulichkeit ' +
  'Integrität Verfügbarkeit Belastbarkeit der Systeme Dienste sowie Unterauftragsverhältnisse Genehmigung vorherige schriftliche Zustimmung ' +
  'unverzüglich innerhalb angemessener Frist Meldung Verletzung Schutzes Aufsichtsbehörde betroffene Person Rechte Auskunft Berichtigung Löschung ' +
  'Einschränkung Datenübertragbarkeit Widerspruch Kontrolle Prüfung Nachweis Zertifizierung Verhaltensregeln Kosten Vergütung Haftung Vertragsende ' +
  'Rückgabe Vernichtung Kopien Sicherheitskopien Aufbewahrungspflichten Drittland Übermittlung Garantien Standardvertragsklauseln Maßnahmen technische ' +
  'organisatorische Stand Technik Implementierungskosten Risiko Eintrittswahrscheinlichkeit Schwere Pseudonymisierung Verschlüsselung Wiederherstellung ' +
  'Protokollierung Zugriff Zugang Zutritt Berechtigung Schlüssel Passwort Richtlinie Schulung Mitarbeiter Verpflichtung Geheimhaltung Vertragsstrafe'
).split(' ');

/** A small deterministic generator (mulberry32). */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function sentence(random: () => number, words: number): string {
  const picked = Array.from({ length: words }, () => WORDS[Math.floor(random() * WORDS.length)]!);
  return `Der ${picked.join(' ')} ${Math.floor(random() * 1000)}.`;
}

export function largeContract(sections: number, clauses: number, measures: number, seed = 1): Contract {
  const random = seeded(seed);
  const unread = { party: 'unstated' as const, cue: null, source: 'auto' as const, reason: { kind: 'none' as const }, cues: [], sentences: [] };
  const toms: Tom[] = Array.from({ length: measures }, (_, index) => ({
    id: '',
    category: { number: String(Math.floor(index / 20) + 1), title: `Kontrolle ${WORDS[index % WORDS.length]}` },
    services: [],
    serviceHeading: null,
    text: `${index % 3 === 0 ? 'Der Auftraggeber' : 'Der Auftragnehmer'} sorgt für ${sentence(random, 8 + Math.floor(random() * 10))}`,
    responsibility: unread,
  }));
  const written: Contract = {
    title: 'Vertrag zur Auftragsverarbeitung',
    date: null,
    language: 'de',
    parties: [],
    preamble: [],
    sections: Array.from({ length: sections }, (_, s) => ({
      id: '',
      number: String(s + 1),
      label: String(s + 1),
      title: `Regelung ${WORDS[s % WORDS.length]} ${s + 1}`,
      parts: [],
      clauses: Array.from({ length: clauses }, (_, c) => ({
        id: '',
        number: String(c + 1),
        label: `${c + 1}.`,
        heading: null,
        kind: 'numbered' as const,
        text: Array.from({ length: 1 + Math.floor(random() * 3) }, () => sentence(random, 12 + Math.floor(random() * 25))).join(' '),
      })),
    })),
    signature: [],
    annexes: measures > 0 ? [{ id: '', number: 'III', label: 'Anlage III', title: 'Technische und organisatorische Maßnahmen', items: [], isTomAnnex: true, preamble: [] }] : [],
    toms,
  };
  return parseContract(contractText(written));
}
