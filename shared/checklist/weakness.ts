/**
 * What makes a duty weak in a DPO's eyes: a description that only points to another
 * contract (Art. 28(3) wants the details in the contract itself), a duty made chargeable
 * (Art. 28(3)(e), (f), (h) assistance and audits for a fee), made conditional on a separate
 * agreement or on the scope of services, narrowed to a substitute (audits that *consist solely
 * of* written information, *satisfied by* reports), or softened to best efforts.
 */

export type WeaknessKind = 'reference' | 'chargeable' | 'conditional' | 'limited' | 'effort';

// Case-insensitive without the `u` flag wherever a pattern needs nothing of it: V8 matches
// `\b` and `\w` under `iu` several times slower, and these are tried on every sentence of a
// section. Both read ASCII word characters (`iu` adds only the long s `ſ` and the Kelvin sign).

const REFERENCE =
  /(?:(?:bestimm|richt|ergeb)\w*\s+sich\s+(?:\S+\s+){0,5}?(?:nach|aus)\s+(?!(?:der\s+|den\s+|dem\s+)?(?:Anlage|Anhang|Annex))|soweit\s+sich\s+(?:das|dies)\s+nicht\s+aus|(?:set\s+out|described|specified|defined|stated)\s+in\s+the\s+(?:Main\s+|Master\s+|Principal\s+|Services?\s+)?(?:Agreement|Order\s+Form|Contract|Terms)|https?:\/\/)/i;
const OTHER_CONTRACT =
  /(?:\p{L}+vertrag|Hauptvertrag|Vertragsverhältnis|Leistungsvereinbarung|Leistungsbeschreibung|Dienstleistungsvertrag|Rahmenvertrag|Kundennummer|Kundenkonto|Angaben|Agreement|Order\s+Form|Terms|https?:\/\/)/iu;

const CHARGEABLE =
  /(?:Vergütungsanspruch|Vergütung|zu\s+vergüten|Kosten\w*\s+(?:\S+\s+){0,3}?(?:zu\s+)?(?:erstatten|tragen|ersetzen)|Entgelt|Aufw(?:a|ä)nd\w*\s+(?:\S+\s+){0,3}?(?:zu\s+)?(?:erstatten|ersetzen|vergüten)|kostenpflichtig|gegen\s+(?:gesonderte\s+)?(?:Berechnung|Bezahlung)|at\s+(?:the\s+)?(?:Customer|Controller|Client)['’]s\s+(?:sole\s+)?(?:cost|expense)|(?:audit|additional|professional|service)\s+fees|subject\s+to\s+(?:\S+\s+){0,4}?fees|\bfees?\s+(?:apply|will\s+be\s+charged|shall\s+be\s+payable)|\bcharges?\s+(?:for|at)\b|\breimburse)/i;
const FREE = /(?:kostenlos|unentgeltlich|kostenfrei|ohne\s+(?:zusätzliche\s+)?Kosten|free\s+of\s+charge|at\s+no\s+(?:additional\s+)?(?:cost|charge))/i;

// *where agreed* and *if agreed* set a condition; *as agreed* (*has agreed*) only points to what was agreed.
const CONDITIONAL =
  /(?:soweit\s+vom\s+Leistungsumfang\s+umfasst|(?:sofern|soweit|falls)\s+(?:dies\s+)?(?:gesondert\s+)?vereinbart|nach\s+gesonderter\s+Vereinbarung|im\s+Rahmen\s+der\s+technischen\s+Möglichkeiten|soweit\s+technisch\s+möglich|\b(?:where|if)\s+(?:separately\s+)?agreed|to\s+the\s+extent\s+(?:agreed|included|covered|technically\s+(?:possible|feasible))|subject\s+to\s+(?:a\s+separate|an\s+additional|additional)\s+(?:agreement|order))/i;

/** A duty replaced by something less: audits that consist of, or are satisfied by, documents and reports. */
const LIMITED =
  /(?:\b(?:shall|will|must)\s+(?:only\s+)?(?:consist\s+(?:solely|only|exclusively)\s+of|be\s+(?:deemed\s+)?satisfied\s+by|not\s+extend\s+beyond)|\b(?:limited|restricted)\s+to\s+(?:\S+\s+){0,2}?(?:provision|review|written|reports?|certificat\w*|documentation|documents|questionnaires?|information|interviews)\b|\bin\s+lieu\s+of\b|\bbeschränk\w*\s+sich\s+(?:\S+\s+){0,2}?auf\s+(?:\S+\s+){0,2}?(?:Vorlage|Zertifikat\w*|Bericht\w*|Testat\w*|Nachweis\w*|Auskünfte|Unterlagen|Informationen|Dokumentation)|\b(?:wird|werden)\s+(?:\S+\s+){0,6}?(?:durch|mit)\s+(?:\S+\s+){0,4}?ersetzt\b|\bnur\s+(?:im|in)\s+begründeten\s+(?:Einzel)?f(?:a|ä)ll\w*|\bonly\s+in\s+(?:justified|exceptional)\s+(?:cases|circumstances))/i;

const EFFORT = /(?:nach\s+besten\s+Kräften|im\s+Rahmen\s+(?:des|seiner)\s+Möglichkeiten|bemüh\w*\s+sich|(?:commercially\s+)?reasonable\s+efforts|best\s+efforts|(?:use|uses)\s+(?:its\s+)?endeavou?rs)/i;

export interface Weakness {
  readonly kind: WeaknessKind;
  /** The words that weaken it, as written. */
  readonly words: string;
}

/** A description that only points to another contract (not to an annex of this one). */
export function referenceIn(sentence: string): Weakness | null {
  const match = REFERENCE.exec(sentence);
  if (!match) return null;
  const rest = sentence.slice(match.index);
  const other = OTHER_CONTRACT.exec(rest);
  if (!other) return null;
  // The words from the reference to the contract it names (*bestimmen sich … nach den … Angaben*).
  const end = rest.indexOf(' ', other.index + other[0].length);
  const words = rest.slice(0, end < 0 ? rest.length : end).replace(/[.,;:]+$/u, '');
  return { kind: 'reference', words: words.length <= 140 ? words : match[0].trim() };
}

/**
 * The restrictions that a sentence of their own may set for a whole topic (*Für
 * Unterstützungsleistungen kann der Auftragnehmer eine Vergütung beanspruchen*): costs, conditions
 * and substitutes. Best efforts qualify only the act they introduce (*use reasonable efforts to
 * provide an alternative*), so they weaken a duty only in the sentence that says it.
 */
export const TOPIC_RESTRICTIONS = [
  { kind: 'chargeable', pattern: CHARGEABLE },
  { kind: 'conditional', pattern: CONDITIONAL },
  { kind: 'limited', pattern: LIMITED },
] as const satisfies readonly { kind: WeaknessKind; pattern: RegExp }[];

/** Whether the sentence makes the help free (*kostenlos*, *at no additional cost*): no costs then weaken it. */
export function isFree(sentence: string): boolean {
  return FREE.test(sentence);
}

/** Best efforts in `sentence`, with where they stand, or null. */
export function effortIn(sentence: string): (Weakness & { readonly at: number; readonly end: number }) | null {
  const effort = EFFORT.exec(sentence);
  return effort ? { kind: 'effort', words: effort[0].trim(), at: effort.index, end: effort.index + effort[0].length } : null;
}

/** A restriction of a duty anywhere in `sentence`: chargeable, conditional, limited, or best efforts. */
export function restrictionIn(sentence: string): Weakness | null {
  const charge = CHARGEABLE.exec(sentence);
  if (charge && !FREE.test(sentence)) return { kind: 'chargeable', words: charge[0].trim() };
  for (const { kind, pattern } of TOPIC_RESTRICTIONS.slice(1)) {
    const match = pattern.exec(sentence);
    if (match) return { kind, words: match[0].trim() };
  }
  const effort = effortIn(sentence);
  return effort && { kind: effort.kind, words: effort.words };
}
