/**
 * Which measures a clause is about. A clause on technical and organisational measures as
 * such (Art. 32 GDPR, the TOM annex by name, or any clause of a section titled so) relates
 * to the whole annex; other clauses relate to the categories that share a topic with them
 * (deletion ↔ *Datenträgerkontrolle*, audits ↔ *Überprüfung, Bewertung und Evaluierung*).
 */
import type { Annex, Clause, Contract, Section, Tom } from '../contract';

export type TopicId =
  | 'physical'
  | 'access'
  | 'authorisation'
  | 'media'
  | 'separation'
  | 'pseudonymisation'
  | 'transfer'
  | 'input'
  | 'availability'
  | 'review';

interface Topic {
  readonly id: TopicId;
  /** Words in a clause that raise the topic. */
  readonly clause: RegExp;
  /** Words in a category title that belong to it. */
  readonly category: RegExp;
}

const TOPICS: readonly Topic[] = [
  { id: 'physical', clause: /Zutritt|Gebäude|Räumlichkeit|Rechenzentr|physical access|premises|physical facilit/iu, category: /Zutritt|physical|premises/iu },
  { id: 'access', clause: /Zugang|Passw|Kennw|Authentifi|Anmeldung|\blogin|password|authenticat/iu, category: /Zugangskontrolle|identification|authenticat|user identification/iu },
  {
    id: 'authorisation',
    clause: /Zugriff|Berechtigung|unterstellte Person|authori[sz]ed to process|access to (?:the )?personal data|personnel/iu,
    category: /Zugriffskontrolle|authori[sz]ation|access control|governance/iu,
  },
  {
    id: 'media',
    clause: /Lösch|lösch|vernicht|Rückgabe|aushändig|Datenträger|Kopien|Duplikat|eras|delet|destr|return (?:of )?(?:all )?(?:the )?personal data|copies/iu,
    category: /Datenträger|Lösch|erasure|deletion|data carrier|storage|retention/iu,
  },
  { id: 'separation', clause: /Trennung|getrennt|Zweckbindung|purpose limitation|separat/iu, category: /Trennung|separation|minimi[sz]ation/iu },
  { id: 'pseudonymisation', clause: /Pseudonym|Verschlüssel|pseudonym|encrypt/iu, category: /Pseudonym|Verschlüssel|pseudonym|encrypt/iu },
  {
    id: 'transfer',
    clause: /Weitergabe|Übermittlung|Übertragung|Drittland|Verlagerung|transfer|transmission|third countr|disclos/iu,
    category: /Weitergabe|Übermittlung|transmission|transfer/iu,
  },
  { id: 'input', clause: /Eingabe|Protokoll|Berichtigung|Nachvollzieh|logging|\binput|rectif|accura/iu, category: /Eingabe|input|logging|quality/iu },
  {
    id: 'availability',
    clause: /Verfügbarkeit|Backup|Sicherungskop|Sicherheitskop|Datensicherung|Wiederherstell|Belastbarkeit|availability|backup|restor|resilien|Datenpanne|Verletzung(?:en)? (?:des Schutzes )?personenbezogener|breach/iu,
    category: /Verfügbarkeit|Wiederherstell|Belastbarkeit|availability|restor|resilien/iu,
  },
  {
    id: 'review',
    clause: /Überprüfung|Kontrollrecht|Kontrolle|Prüfung|Prüfer|Audit|Nachweis|Evaluier|Zertifizier|Inspektion|inspection|audit|demonstrate compliance|certific/iu,
    category: /Überprüfung|Evaluierung|Bewertung|testing|assessing|evaluating|certification|accountability/iu,
  },
];

const TOMS_AS_SUCH =
  /technisch\p{L}*\s+und\s+organisatorisch\p{L}*\s+Maßnahmen|technisch-organisatorisch|technical\s+and\s+organi[sz]ational\s+(?:security\s+)?measures|\bTOMs?\b|Art(?:ikel|icle|\.)?\s*32\b/iu;

export type TomRelation =
  | { readonly kind: 'all'; readonly toms: readonly Tom[] }
  | { readonly kind: 'topics'; readonly topics: readonly TopicId[]; readonly toms: readonly Tom[] }
  | { readonly kind: 'none'; readonly toms: readonly Tom[] };

function tomAnnexReference(annex: Annex | undefined): RegExp | null {
  if (!annex) return null;
  const [word, number] = annex.label.split(/\s+/u);
  if (!word || !number) return null;
  return new RegExp(`\\b(?:Anlage|Anhang|Annex|Schedule|Appendix)\\s+${number}\\b`, 'iu');
}

export function topicsOf(text: string): TopicId[] {
  return TOPICS.filter((topic) => topic.clause.test(text)).map((topic) => topic.id);
}

export function categoryTopics(title: string): TopicId[] {
  return TOPICS.filter((topic) => topic.category.test(title)).map((topic) => topic.id);
}

export function relatedToms(contract: Contract, section: Section, clause: Clause): TomRelation {
  if (contract.toms.length === 0) return { kind: 'none', toms: [] };
  const reference = tomAnnexReference(contract.annexes.find((annex) => annex.isTomAnnex));
  const text = `${clause.heading ?? ''} ${clause.text}`;
  if (TOMS_AS_SUCH.test(section.title) || TOMS_AS_SUCH.test(text) || (reference !== null && reference.test(text))) {
    return { kind: 'all', toms: contract.toms };
  }
  const topics = topicsOf(`${text} ${section.title}`);
  if (topics.length === 0) return { kind: 'none', toms: [] };
  // Many measures share a category: its title is read once, not once per measure.
  const related = new Map<string, boolean>();
  const toms = contract.toms.filter((tom) => {
    const title = tom.category.title;
    let hit = related.get(title);
    if (hit === undefined) {
      hit = categoryTopics(title).some((topic) => topics.includes(topic));
      related.set(title, hit);
    }
    return hit;
  });
  return toms.length === 0 ? { kind: 'none', toms } : { kind: 'topics', topics, toms };
}
