/**
 * Frames: words outside a measure that say who carries it when the measure names nobody.
 * The annex preamble (*Die folgenden TOMs werden vom Auftragnehmer umgesetzt*, *The
 * Supplier has implemented the following measures*), a heading that names a party
 * (*Maßnahmen des Verantwortlichen*, *Part B Measures of the Controller*, *Customer
 * responsibilities*), and a line that assigns its whole category or service (*Die
 * Eingabekontrolle obliegt dem Auftraggeber*).
 */
import type { FrameConflict, FrameScope, PartyRole, TomCategory } from '../contract';
import { MASKED, maskMentions, roleOfMasked, type Actors } from './actors';
import { readText, type Reading } from './reading';
import { allMatches, excerpt, latin } from '../text';
import { onlyAcknowledges } from './carryingOut';

const MASKED_MENTION = new RegExp(MASKED.any, 'gu');
const ARTICLES = /\b(?:der|die|das|den|dem|the)\b/giu;

export interface Frame {
  readonly party: PartyRole;
  /** The words that set the frame (`werden vom Auftragnehmer umgesetzt`). */
  readonly cue: string;
  readonly scope: FrameScope;
  /** Where the words stand, when they stand outside the measures' own part of the annex (`Anlage 1`, `7 ¶1`). */
  readonly at?: string;
  /** A farther frame, or one as near, that names the other party. */
  readonly conflict?: FrameConflict;
}

const PASSIVE_FRAME =
  /(?:werden|wird|are|is|will\s+be|shall\s+be)\s+(?:\S+\s+){0,3}?(?:vom|von\s+(?:dem|der)|durch\s+(?:den|die)|by(?:\s+the)?)\s+\S+(?:\s+(?:getroffen|umgesetzt|ergriffen|implementiert|gewährleistet|implemented|taken|maintained|applied))?/u;

/**
 * The frame a text sets (an annex preamble, a lead-in ending in `:`): the one party it gives
 * duties to, or else the party its words say the measures are of (*Diese Anlage beschreibt
 * die Maßnahmen, die der Auftragnehmer getroffen hat*, *Description of the measures
 * implemented by the processor*). A party that only reviewed or accepted them frames nothing.
 */
export function readFrame(text: string, actors: Actors, scope: Frame['scope']): Frame | null {
  if (onlyAcknowledges(text)) return null;
  const reading = readText(text, actors);
  const duties = reading.statements.flatMap((statement) => statement.duties);
  const parties = new Set(duties.map((cue) => cue.party));
  if (parties.size === 0) return headingFrame(text, actors, scope);
  if (parties.size !== 1) return null;
  const party = [...parties][0]!;
  if (party === 'shared' || party === 'unstated') return null;
  const passive = PASSIVE_FRAME.exec(text);
  const actor = duties[0]!.text.split(/\s+/u).pop()!;
  if (passive && passive[0].includes(actor)) return { party, cue: passive[0], scope };
  // The party's name alone (*Embrace*, *Der Auftragnehmer*) says too little: the sentence that holds it says what it undertakes.
  const bare = maskMentions(duties[0]!.text, actors).replace(MASKED_MENTION, '').replace(ARTICLES, '').trim() === '';
  const sentence = bare ? reading.sentences.find((candidate) => candidate.cues.includes(duties[0]!)) : undefined;
  return { party, cue: sentence ? excerpt(text.slice(sentence.start, sentence.end), 160) : duties[0]!.text, scope };
}

/** German participles and finite forms of carrying measures out (*getroffen, umgesetzt, ergreift*). */
const CARRIED_OUT_DE = '(?:getroffen|ergriffen|umgesetzt|implementiert|eingerichtet|eingesetzt|gewährleistet|trifft|ergreift|umsetzt|implementiert)';

/** Headings that name whose measures follow, over the masked heading (`maskMentions`); compiled once. */
const HEADING_FRAME = (() => {
  const X = `(?<actor>${MASKED.any})`;
  const P = `(?<owner>${MASKED.possessive})`;
  return new RegExp(
    [
      `\\b(?:Ma(?:ß|ss)nahmen|Pflichten|Aufgaben|Verantwortung|Verantwortlichkeiten|Mitwirkungspflichten|Obliegenheiten|Zuständigkeiten)\\s+(?:des|der)\\s+${X}`,
      `\\b(?:[Mm]easures|[Rr]esponsibilities|[Oo]bligations|[Dd]uties|[Cc]ontrols)\\s+(?:of|by|taken\\s+by|implemented\\s+by|for)\\s+(?:the\\s+)?${X.replace('actor', 'actor2')}`,
      // Whose measures, said by who took them: *Maßnahmen, die der Auftragnehmer getroffen hat*, *die vom Auftragnehmer umgesetzten Maßnahmen*, *measures (that have been) implemented by the Processor*.
      `\\bMa(?:ß|ss)nahmen(?:(?:\\s+[^\\s,]+){0,2},)?\\s+(?:die|welche)\\s+(?:der\\s+|die\\s+)?${X.replace('actor', 'actor4')}\\s+(?:\\S+\\s+){0,6}?${CARRIED_OUT_DE}`,
      `\\b(?:vom|von\\s+(?:dem|der))\\s+${X.replace('actor', 'actor5')}\\s+(?:\\S+\\s+){0,3}?${CARRIED_OUT_DE}\\p{L}*\\s+(?:\\S+\\s+){0,4}?Ma(?:ß|ss)nahmen`,
      `\\b(?:[Mm]easures|[Ss]afeguards|[Cc]ontrols)\\s+(?:\\S+\\s+){0,4}?(?:implemented|taken|maintained|adopted|applied|put\\s+in\\s+place)\\s+by\\s+(?:the\\s+)?${X.replace('actor', 'actor6')}`,
      `${P}\\s+(?:\\S+\\s+){0,3}?(?:[Rr]esponsibilities|[Mm]easures|[Oo]bligations|[Dd]uties|[Ss]afeguards|[Cc]ontrols)`,
      `${X.replace('actor', 'actor3')}\\s+(?:[Rr]esponsibilities|[Mm]easures|[Oo]bligations|[Dd]uties)\\b`,
    ].join('|'),
    'u',
  );
})();

const SHARED_HEADING = latin(/\b(?:gemeinsam|geteilt|beide|split|shared|joint|both)\p{Ll}*/iu);
const NOT_WORD = latin(/[^\p{L}-]+/u);
const NOT_WORD_CHAR = latin(/[^\p{L}-]/gu);

/** Words a heading in capitals writes that the heading patterns and role words read in lower case. */
const LOWER_WORDS = new Set(['des', 'der', 'dem', 'den', 'die', 'das', 'vom', 'von', 'of', 'the', 'by', 'for', 'taken', 'implemented', 'maintained', 'adopted', 'applied']);
const CAPITALS_WORD = latin(/\p{Lu}[\p{Lu}ß]+/gu);

/** A heading in capitals (*MASSNAHMEN DES AUFTRAGNEHMERS*, *PROCESSOR'S SECURITY MEASURES*) as it is written in running text. */
function uncapitalised(heading: string): string {
  if (latin(/\p{Ll}/u).test(heading.replace(/ß/gu, ''))) return heading;
  return heading.replace(CAPITALS_WORD, (word) => {
    const lower = word.toLowerCase();
    return LOWER_WORDS.has(lower) ? lower : word[0] + lower.slice(1);
  }).replace(/(?<=\p{L}['’])S\b/gu, 's');
}

/** A heading that names whose measures follow: *Maßnahmen des Auftraggebers*, *Customer responsibilities*. */
export function headingFrame(written: string, actors: Actors, scope: Frame['scope']): Frame | null {
  const heading = uncapitalised(written);
  if (SHARED_HEADING.test(heading)) return null;
  const masked = maskMentions(heading, actors);
  const named = new Set(allMatches(MASKED_MENTION, masked).map((mention) => roleOfMasked(mention[0])));
  if (named.size > 1) return null;
  const match = HEADING_FRAME.exec(masked);
  if (!match) return null;
  const groups = match.groups!;
  const mention = groups['actor'] ?? groups['actor2'] ?? groups['actor4'] ?? groups['actor5'] ?? groups['actor6'] ?? groups['owner'] ?? groups['actor3'] ?? '';
  const party = roleOfMasked(mention);
  // The words as written: changing the case keeps every position.
  return party ? { party, cue: written.slice(match.index, match.index + match[0].length), scope } : null;
}

/** A measure that assigns its own category (*Die Eingabekontrolle obliegt dem Auftraggeber*, *Input control is the responsibility of the Customer*). */
export function assignsCategory(text: string, category: TomCategory, reading: Reading): PartyRole | null {
  if (!namesOwnCategory(text, category)) return null;
  const first = reading.statements.filter((statement) => statement.sentence === 0).flatMap((statement) => statement.duties);
  const parties = new Set(first.map((cue) => cue.party));
  const party = [...parties][0];
  return parties.size === 1 && (party === 'provider' || party === 'customer') ? party : null;
}

/** Whether a measure opens with its own category's name, as one that assigns the category does: asked without reading it. */
export function namesOwnCategory(text: string, category: TomCategory): boolean {
  const opening = /^(?:[-–•*]\s*)?(?:(?:Die|Der|Das|The)\s+)?(?:(?:Verantwortung|Responsibility)\s+(?:für\s+die|for)\s+)?(.*)$/su.exec(text)?.[1] ?? '';
  // Whole words of the title: *Zugang* does not name the category *Zugangskontrolle*.
  const title = new Set(category.title.toLowerCase().split(NOT_WORD));
  const subject: string[] = [];
  for (const word of opening.split(/\s+/u)) {
    const bare = word.toLowerCase().replace(NOT_WORD_CHAR, '');
    if (bare === '' || !title.has(bare)) break;
    subject.push(bare);
  }
  return subject.some((word) => word.length >= 5);
}
