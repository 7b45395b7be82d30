/**
 * What the text's use of words says about its parties where nothing defines them: which
 * role word it calls each by (`Auftragnehmer` forty times, `Anbieter` twice), the company
 * whose name it uses as the provider's (`GitHub, Inc.` and then `GitHub` throughout), a name
 * set beside a role (`Als Auftragsverarbeiter unterstützt Cloud Temple …`, `Acme acts as
 * processor`), and a vendor's own voice (*we will …*, *you may …*).
 */
import type { PartyRole } from '../../contract/model';
import { LEGAL_FORM } from '../../contract/party';
import { roleOf } from './roleWords';

const BEFORE = '(?<![\\p{L}\\p{N}-])';
const AFTER = '(?![\\p{L}\\p{N}]|-\\p{L})';

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

/** How often `term` stands in `text` as a word of its own (pronouns in any case, other terms as written). */
export function countTerm(text: string, term: string): number {
  const pronoun = /^(?:we|us|our|you|your)$/iu.test(term);
  const pattern = new RegExp(`${BEFORE}${escape(term)}${AFTER}`, pronoun ? 'giu' : 'gu');
  return text.match(pattern)?.length ?? 0;
}

/** Each role word with its inflected forms, and the form a label gives it. */
const ROLE_TERMS: readonly (readonly [PartyRole, string, string])[] = [
  ['customer', 'Auftraggeber', 'Auftraggeber(?:s|n)?'],
  ['customer', 'Auftraggeberin', 'Auftraggeberin'],
  ['customer', 'Verantwortlicher', 'Verantwortliche[nrm]?'],
  ['customer', 'Kunde', 'Kunden?'],
  ['customer', 'Kundin', 'Kundin'],
  ['customer', 'Customer', 'Customers?'],
  ['customer', 'Controller', 'Controllers?'],
  ['customer', 'Client', 'Clients?'],
  ['provider', 'Auftragnehmer', 'Auftragnehmer(?:s|n)?'],
  ['provider', 'Auftragnehmerin', 'Auftragnehmerin'],
  ['provider', 'Auftragsverarbeiter', 'Auftragsverarbeiter(?:s|n)?'],
  ['provider', 'Auftragsverarbeiterin', 'Auftragsverarbeiterin'],
  ['provider', 'Anbieter', 'Anbieters?'],
  ['provider', 'Anbieterin', 'Anbieterin'],
  ['provider', 'Dienstleister', 'Dienstleisters?'],
  ['provider', 'Processor', 'Processors?'],
  ['provider', 'Supplier', 'Suppliers?'],
  ['provider', 'Vendor', 'Vendors?'],
];
/** *weitere Auftragsverarbeiter*, *another processor*: a sub-processor, not the party. */
const OTHER = /(?:weitere[nrs]?|andere[nrs]?|another|other|new|neue[nrs]?)\s+$/iu;
const ARTICLE_BEFORE = /(?:^|\s)(?:der|die|den|dem|des|the|The|Der|Die|Den|Dem)\s+$/u;
const ROLE_TERM = new RegExp(`${BEFORE}(?:${ROLE_TERMS.map(([, , forms], index) => `(?<t${index}>${forms})`).join('|')})${AFTER}`, 'gu');

export interface TermUse {
  readonly term: string;
  readonly count: number;
  /** Where it is first used. */
  readonly at: number;
}

/** The role word the text uses most for each role, with where it first stands. */
export function roleWordsUsed(text: string): Record<PartyRole, TermUse | null> {
  const counts = new Map<number, { count: number; at: number; asParty: boolean }>();
  for (const match of text.matchAll(ROLE_TERM)) {
    const before = text.slice(Math.max(0, match.index - 12), match.index);
    if (OTHER.test(before)) continue;
    const index = Number(Object.entries(match.groups!).find(([, value]) => value !== undefined)![0].slice(1));
    const seen = counts.get(index);
    // Where it is first used with its article (`der Auftragnehmer`, `the Customer`) is where it names a party; a definition's head only names the word.
    const asParty = ARTICLE_BEFORE.test(before);
    const at = seen && (seen.asParty || !asParty) ? seen.at : match.index;
    counts.set(index, { count: (seen?.count ?? 0) + 1, at, asParty: (seen?.asParty ?? false) || asParty });
  }
  const best = (role: PartyRole): TermUse | null => {
    let found: TermUse | null = null;
    for (const [index, use] of counts) {
      const [of, term] = ROLE_TERMS[index]!;
      if (of === role && (!found || use.count > found.count)) found = { term, count: use.count, at: use.at };
    }
    return found;
  };
  return { customer: best('customer'), provider: best('provider') };
}

/** Words that open a sentence or a phrase, never a company's name. */
const NOT_NAME = /^(?:The|This|That|These|Those|A|An|Any|Each|Der|Die|Das|Dem|Den|Des|Ein|Eine|Zwischen|Between|And|Und|By|With|Of|For|From|To|In|Im|Von|Vom|Mit|Bei|Für|Durch|Als|As|If|Where|Wenn|Sofern)$/u;
const COMPANY = new RegExp(`((?:[\\p{Lu}\\p{N}][\\p{L}\\p{N}&'’.-]*\\s+){0,4}[\\p{Lu}\\p{N}][\\p{L}\\p{N}&'’.-]*)(?:,\\s*|\\s+)(${LEGAL_FORM})(?![\\p{L}])`, 'gu');

export interface Company {
  /** As written, with its legal form (`GitHub, Inc.`). */
  readonly name: string;
  /** Without it (`GitHub`): how the text goes on to call it. */
  readonly short: string;
}

/** The companies the text names with their legal form, each once, in order. */
export function companiesNamed(text: string): Company[] {
  const found = new Map<string, Company>();
  for (const match of text.matchAll(COMPANY)) {
    const words = match[1]!.split(/\s+/u);
    while (words.length > 0 && NOT_NAME.test(words[0]!)) words.shift();
    const short = words.join(' ').replace(/[,]$/u, '');
    if (short === '' || roleOf(short) !== null) continue;
    const name = `${match[0].slice(match[0].indexOf(words[0]!))}`;
    if (!found.has(short)) found.set(short, { name, short });
  }
  return [...found.values()];
}

const ROLE_NOUN = '(?:Auftragsverarbeiter(?:in)?|Auftragnehmer(?:in)?|Verantwortliche[rn]?|Auftraggeber(?:in)?|(?:data\\s+)?processor|(?:data\\s+)?controller)';
/** One to four capitalised words on one line; a full stop inside a word (`GeneticScores.org`), never at its end, which ends a sentence. */
const NAME = '(?<name>[\\p{Lu}\\p{N}][\\p{L}\\p{N}&-]*(?:\\.[\\p{L}\\p{N}]+)*(?:[ \\t]+[\\p{Lu}\\p{N}][\\p{L}\\p{N}&-]*(?:\\.[\\p{L}\\p{N}]+)*){0,3})';
/** `Cloud Temple als Auftragsverarbeiter`, `Als Auftragsverarbeiter unterstützt Cloud Temple`, `Acme acts as a processor`, `Acme, in its capacity as processor`. */
const APPOSITION = [
  new RegExp(`${NAME}\\s+als\\s+(?:der\\s+|die\\s+)?(?<role>${ROLE_NOUN})\\b`, 'gu'),
  new RegExp(`\\bAls\\s+(?<role>${ROLE_NOUN})\\s+\\p{Ll}+\\s+${NAME}\\s+(?:den|die|das|dem|der|\\p{Ll})`, 'gu'),
  new RegExp(`${NAME},?\\s+(?:acts|acting|will\\s+act|shall\\s+act|is\\s+acting|in\\s+its\\s+(?:capacity|role)|,\\s*in\\s+its\\s+(?:capacity|role))\\s+as\\s+(?:a\\s+|the\\s+)?(?<role>${ROLE_NOUN})\\b`, 'giu'),
];

/** A name set beside a role word: the first that names a party of `role`, with the words that say so. */
export function namedAs(text: string, role: PartyRole, language: 'de' | 'en'): { name: string; cue: string; at: number } | null {
  for (const pattern of APPOSITION) {
    for (const match of text.matchAll(pattern)) {
      const words = match.groups!['name']!.split(/\s+/u);
      while (words.length > 0 && NOT_NAME.test(words[0]!)) words.shift();
      const name = words.join(' ');
      if (name === '' || roleOf(name) !== null || roleOf(match.groups!['role']!) !== role) continue;
      // In German every noun is capitalised: one capitalised word is a noun (*die Verarbeitung als …*) unless it is written as no noun is.
      if (language === 'de' && words.length === 1 && /^\p{Lu}\p{Ll}+$/u.test(name)) continue;
      if (/^(?:It|They|He|She|Er|Sie|Es|We|Wir|You)$/u.test(name)) continue;
      return { name, cue: match[0], at: match.index };
    }
  }
  return null;
}

const WE_ACTS = /(?<![\p{L}])[Ww]e\s+(?:will|shall|must|may|can|do|process|use|maintain|implement|ensure|have|keep|store|delete|notify|provide|take|agree|are)\b/gu;
const YOU_ACTS = /(?<![\p{L}])(?:[Yy]ou|[Yy]our)\b/gu;

/** A vendor's DPA written as *we* (the provider) and *you* (the customer): the first words that show it, where they are used often. */
export function voiceOf(text: string): Record<PartyRole, { label: string; cue: string; at: number } | null> {
  const first = (pattern: RegExp, least: number) => {
    const matches = [...text.matchAll(pattern)];
    return matches.length >= least ? matches[0]! : null;
  };
  const we = first(WE_ACTS, 5);
  const you = first(YOU_ACTS, 5);
  const around = (match: RegExpMatchArray) => text.slice(match.index ?? 0, (match.index ?? 0) + 80).split(/[.;\n]/u)[0]!.trim();
  const forms = (all: readonly string[]) => all.filter((form) => countTerm(text, form) > 0).join('/');
  return {
    provider: we ? { label: forms(['We', 'Us', 'Our']), cue: around(we), at: we.index ?? 0 } : null,
    customer: you ? { label: forms(['You', 'Your']), cue: around(you), at: you.index ?? 0 } : null,
  };
}
