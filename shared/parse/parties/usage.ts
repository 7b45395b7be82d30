/**
 * What the text's use of words says about its parties where nothing defines them: which
 * role word it calls each by (`Auftragnehmer` forty times, `Anbieter` twice), the company
 * whose name it uses as the provider's (`GitHub, Inc.` and then `GitHub` throughout), a name
 * set beside a role (`Als Auftragsverarbeiter unterstützt Cloud Temple …`, `Acme acts as
 * processor`), and a vendor's own voice (*we will …*, *you may …*).
 */
import { LEGAL_FORM, type PartyRole } from '../../contract';
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
const ROLE_TERM = new RegExp(`${BEFORE}(?:${ROLE_TERMS.map(([, , forms]) => forms).join('|')})${AFTER}`, 'gu');
const ROLE_TERM_FORMS = ROLE_TERMS.map(([, , forms]) => new RegExp(`^(?:${forms})$`, 'u'));
/** The role term a word found is a form of; the words found are few, each looked up once. */
const termIndexes = new Map<string, number>();
function termIndex(word: string): number {
  let index = termIndexes.get(word);
  if (index === undefined) {
    index = ROLE_TERM_FORMS.findIndex((form) => form.test(word));
    termIndexes.set(word, index);
  }
  return index;
}

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
    const index = termIndex(match[0]);
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
/** A legal form after a name (`, Inc.`, ` GmbH`), and the one to five capitalised words before it: read back from the form, as few words have one. */
const LEGAL_FORM_AFTER = new RegExp(`(?:,\\s*|\\s+)(${LEGAL_FORM})(?![\\p{L}])`, 'gu');
const NAME_BEFORE_FORM = /(?:[\p{Lu}\p{N}][\p{L}\p{N}&'’.-]*\s+){0,4}[\p{Lu}\p{N}][\p{L}\p{N}&'’.-]*$/u;
const COMPANY_REACH = 160;

export interface Company {
  /** As written, with its legal form (`GitHub, Inc.`). */
  readonly name: string;
  /** Without it (`GitHub`): how the text goes on to call it. */
  readonly short: string;
}

/** The companies the text names with their legal form, each once, in order. */
export function companiesNamed(text: string): Company[] {
  const found = new Map<string, Company>();
  let after = 0;
  for (const form of text.matchAll(LEGAL_FORM_AFTER)) {
    const from = Math.max(after, form.index - COMPANY_REACH);
    const before = NAME_BEFORE_FORM.exec(text.slice(from, form.index));
    after = form.index + form[0].length;
    if (!before) continue;
    const words = before[0].split(/\s+/u);
    while (words.length > 0 && NOT_NAME.test(words[0]!)) words.shift();
    const short = words.join(' ').replace(/[,]$/u, '');
    if (short === '' || roleOf(short) !== null) continue;
    const name = text.slice(from + before.index + before[0].indexOf(words[0]!), after);
    if (!found.has(short)) found.set(short, { name, short });
  }
  return [...found.values()];
}

const ROLE_NOUN = '(?:Auftragsverarbeiter(?:in)?|Auftragnehmer(?:in)?|Verantwortliche[rn]?|Auftraggeber(?:in)?|(?:[Dd]ata\\s+)?[Pp]rocessor|(?:[Dd]ata\\s+)?[Cc]ontroller)';
/** One to four capitalised words on one line; a full stop inside a word (`GeneticScores.org`), never at its end, which ends a sentence. */
const NAME = '(?<name>[\\p{Lu}\\p{N}][\\p{L}\\p{N}&-]*(?:\\.[\\p{L}\\p{N}]+)*(?:[ \\t]+[\\p{Lu}\\p{N}][\\p{L}\\p{N}&-]*(?:\\.[\\p{L}\\p{N}]+)*){0,3})';
/**
 * `Cloud Temple als Auftragsverarbeiter`, `Als Auftragsverarbeiter unterstützt Cloud Temple`,
 * `Acme acts as a processor`, `Acme, in its capacity as processor`. Where the name stands before
 * the role, the role's words are looked for and the name read back from them: a name pattern
 * tried at every capitalised word of a long German text costs a hundred times more.
 */
const ROLE_AFTER_NAME = new RegExp(`\\s+als\\s+(?:der\\s+|die\\s+)?(?<role>${ROLE_NOUN})\\b`, 'gu');
const NAME_AFTER_ROLE = new RegExp(`\\bAls\\s+(?<role>${ROLE_NOUN})\\s+\\p{Ll}+\\s+${NAME}\\s+(?:den|die|das|dem|der|\\p{Ll})`, 'gu');
// Case-sensitive, and no `\\b`: under `iu` V8 looks for a word boundary several times slower.
const AS_ROLE = new RegExp(`(?<![\\p{L}])[Aa]s\\s+(?:a\\s+|the\\s+)?(?<role>${ROLE_NOUN})(?![\\p{L}])`, 'gu');
const ACTING = /,?\s+(?:acts|acting|will\s+act|shall\s+act|is\s+acting|in\s+its\s+(?:capacity|role)|,\s*in\s+its\s+(?:capacity|role))\s+$/iu;
const NAME_AT_END = new RegExp(`${NAME}$`, 'u');
/** A name is a few words: this far before its role is as far as it can begin. */
const NAME_REACH = 120;

export interface Apposition {
  readonly name: string;
  readonly role: string;
  readonly cue: string;
  readonly at: number;
}

/** Every name set beside a role word, in the order of the shapes above. */
export function appositionsIn(text: string): Apposition[] {
  const found: Apposition[] = [];
  const nameBefore = (end: number, role: string, cueEnd: number) => {
    const from = Math.max(0, end - NAME_REACH);
    const before = NAME_AT_END.exec(text.slice(from, end));
    if (before) found.push({ name: before.groups!['name']!, role, cue: text.slice(from + before.index, cueEnd), at: from + before.index });
  };
  for (const match of text.matchAll(ROLE_AFTER_NAME)) nameBefore(match.index, match.groups!['role']!, match.index + match[0].length);
  for (const match of text.matchAll(NAME_AFTER_ROLE)) found.push({ name: match.groups!['name']!, role: match.groups!['role']!, cue: match[0], at: match.index });
  for (const match of text.matchAll(AS_ROLE)) {
    const acting = ACTING.exec(text.slice(Math.max(0, match.index - 40), match.index));
    if (acting) nameBefore(match.index - (acting[0].length), match.groups!['role']!, match.index + match[0].length);
  }
  return found;
}

/** A name set beside a role word: the first that names a party of `role`, with the words that say so. */
export function namedAs(appositions: readonly Apposition[], role: PartyRole, language: 'de' | 'en'): { name: string; cue: string; at: number } | null {
  for (const found of appositions) {
    const words = found.name.split(/\s+/u);
    while (words.length > 0 && NOT_NAME.test(words[0]!)) words.shift();
    const name = words.join(' ');
    if (name === '' || roleOf(name) !== null || roleOf(found.role) !== role) continue;
    // In German every noun is capitalised: one capitalised word is a noun (*die Verarbeitung als …*) unless it is written as no noun is.
    if (language === 'de' && words.length === 1 && /^\p{Lu}\p{Ll}+$/u.test(name)) continue;
    if (/^(?:It|They|He|She|Er|Sie|Es|We|Wir|You)$/u.test(name)) continue;
    return { name, cue: found.cue, at: found.at };
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
