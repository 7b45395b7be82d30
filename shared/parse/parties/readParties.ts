/**
 * The parties of a contract from any common shape, strongest first: blocks of their own before
 * the first section (`blocks.ts`), a table of roles (`tables.ts`), definitions in the text
 * (`definitions.ts`), a vendor's voice, and where nothing names a party, the role words and the
 * company name the text uses for it (`usage.ts`). A party read elsewhere than its block keeps
 * how (`source`) and the words that decided (`cue`); the terms the contract defines for any
 * party are kept (`terms`), so that the party acts wherever they stand.
 */
import { shortNamesOf, type Language, type Party, type PartyRole, type PartySource } from '../../contract';
import { smallest } from '../../lists';
import type { Unit } from '../units';
import { betweenDefinitions, meansDefinitions, namedDefinitions, type PartyDefinition } from './definitions';
import { roleOf, withoutEmphasis } from './roleWords';
import { tableParties, wordTableParties, type TableParty } from './tables';
import { appositionsIn, companiesNamed, countTerm, namedAs, roleWordsUsed, voiceOf, type Apposition, type Company } from './usage';

export interface PartySources {
  /** The parties of the blocks before the first section, in order. */
  readonly blocks: readonly Party[];
  /** The paragraphs outside those blocks (front matter and body), in order: where definitions stand. */
  readonly paragraphs: readonly string[];
  /** The signature block's and the annexes' lines, which name the parties too (`The data importer is GitHub, Inc.`). */
  readonly rest: readonly string[];
  /** The front matter's and the body's units, for tables of roles. */
  readonly frontUnits: readonly Unit[];
  readonly bodyUnits: readonly Unit[];
  readonly language: Language;
}

const ROLES: readonly PartyRole[] = ['customer', 'provider'];
/** A `between` sentence stands near the top; reading the whole of a long contract for it would cost for nothing. */
const BETWEEN_PARAGRAPHS = 120;
/** A company named this often is what the text calls a party, not a sub-processor named in passing. */
const COMPANY_USES = 5;

const PRONOUN_FAMILIES = [/^(?:we|us|our|ours)$/iu, /^(?:you|your|yours)$/iu];

function unique(terms: readonly string[]): string[] {
  const seen = new Set<string>();
  return terms.filter((term) => {
    const key = term.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * The term the text calls a party by: of those defined for it, the one it uses most; *we*,
 * *us* and *our* count as one (and are written as the definition gives them, `We/Us/Our`).
 */
export function labelOf(terms: readonly string[], text: string): string {
  const groups: string[][] = [];
  for (const term of terms) {
    const family = PRONOUN_FAMILIES.find((pattern) => pattern.test(term));
    const group = family ? groups.find((candidate) => family.test(candidate[0]!)) : undefined;
    if (group) group.push(term);
    else groups.push([term]);
  }
  let best = groups[0] ?? [];
  let most = -1;
  for (const group of groups) {
    const count = group.reduce((sum, term) => sum + countTerm(text, term), 0);
    if (count > most) {
      best = group;
      most = count;
    }
  }
  return best.join('/');
}

/** The sentence around `at`, cut at whole words to a reader's glance, without Markdown's emphasis. */
function passageAt(text: string, at: number): string {
  const stop = text.lastIndexOf('. ', at);
  const sentenceStart = Math.max(text.lastIndexOf('\n', at) + 1, stop < 0 ? 0 : stop + 2);
  const ends = [text.indexOf('\n', at), text.indexOf('. ', at)].filter((end) => end >= 0);
  const sentenceEnd = smallest([...ends, text.length]);
  const from = at - sentenceStart > 60 ? text.indexOf(' ', at - 60) + 1 : sentenceStart;
  const to = sentenceEnd - at > 100 ? text.lastIndexOf(' ', at + 100) : sentenceEnd;
  const passage = withoutEmphasis(text.slice(from, to)).trim();
  return `${from > sentenceStart ? '… ' : ''}${passage}${to < sentenceEnd ? ' …' : ''}`;
}

interface Read {
  readonly party: Party;
  readonly at: number;
}

function fromDefinitions(role: PartyRole, definitions: readonly PartyDefinition[], rows: readonly TableParty[], usage: Usage, starts: readonly number[]): Read | null {
  if (definitions.length === 0 && rows.length === 0) return null;
  const text = usage.text();
  const name = definitions.map((definition) => definition.name).find((found) => found !== null) ?? rows.map((row) => row.name).find((found) => found !== null) ?? null;
  const terms = unique(definitions.flatMap((definition) => definition.terms));
  const [source, label, cue]: [PartySource, string, string] =
    definitions.length > 0 ? ['definition', labelOf(terms, text), definitions[0]!.cue] : ['table', rows[0]!.label, rows[0]!.cue];
  const party: Party = { role, name: name ?? '', address: [], roleLabel: label, roleLine: '', source, cue, ...(terms.length > 0 ? { terms } : {}) };
  const at = definitions.length > 0 ? smallest(definitions.map((definition) => (starts[definition.paragraph] ?? 0) + definition.at)) : Math.max(0, text.indexOf(cue));
  return { party, at };
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

/**
 * A party nothing defines: a vendor's voice (*we*, *you*), else the role word the text uses
 * most for it, or the name it uses more than that: one set beside the role (`GitHub acts as a
 * Processor`), or for the provider of a vendor's DPA whose customer is only `Customer`, the
 * company it names most (`GitHub, Inc.`, then `GitHub`). The legal name is the company's.
 */
function fromText(role: PartyRole, usage: Usage, language: Language, other: Party | undefined): Read | null {
  const text = usage.text();
  const voice = language === 'en' ? usage.voice()[role] : null;
  if (voice) return { party: { role, name: '', address: [], roleLabel: voice.label, roleLine: '', source: 'voice', cue: voice.cue, terms: voice.label.split('/') }, at: voice.at };
  const used = usage.roleWords()[role];
  const named = namedAs(usage.appositions(), role, language);
  const genericOther = role === 'provider' && other !== undefined && other.name === '' && roleOf(other.roleLabel) !== null;
  const companies = named !== null || genericOther ? usage.companies() : [];
  // A company named beside the role, or any the text names, by each name it may go on to use (`Zephyr Data, Inc.`: `Zephyr Data`, `Zephyr`).
  const legalName = (short: string) => companies.find((company) => company.short === short || shortNamesOf(company.name).includes(short))?.name ?? short;
  const candidates: { short: string; count: number }[] = named ? [{ short: named.name, count: countTerm(text, named.name) }] : [];
  if (genericOther) {
    for (const company of companies) for (const short of new Set([company.short, ...shortNamesOf(company.name)])) candidates.push({ short, count: countTerm(text, short) });
  }
  const best = candidates.reduce<{ short: string; count: number } | null>((found, candidate) => (candidate.count > (found?.count ?? 0) ? candidate : found), null);
  if (best && best.count >= COMPANY_USES && best.count > (used?.count ?? 0)) {
    const at = Math.max(0, text.search(new RegExp(`(?<![\\p{L}\\p{N}])${escape(best.short)}(?![\\p{L}\\p{N}])`, 'u')));
    return { party: { role, name: legalName(best.short), address: [], roleLabel: best.short, roleLine: '', source: 'text', cue: named?.cue ?? passageAt(text, at) }, at };
  }
  if (!used) return null;
  // Named beside its role, it is read there: the words give its name and its role at once.
  const at = Math.min(used.at, named?.at ?? used.at);
  return { party: { role, name: named ? legalName(named.name) : '', address: [], roleLabel: used.term, roleLine: '', source: 'text', cue: named?.cue ?? passageAt(text, used.at) }, at };
}

/** `make`'s value, made the first time it is asked for. */
function once<T>(make: () => T): () => T {
  let made: { value: T } | null = null;
  return () => (made ??= { value: make() }).value;
}

/**
 * What the text's use of words says, each read once and only when a party is left to read from
 * it. A contract names its parties in its first pages: a long one is read that far, no further.
 */
interface Usage {
  readonly text: () => string;
  readonly voice: () => ReturnType<typeof voiceOf>;
  readonly roleWords: () => ReturnType<typeof roleWordsUsed>;
  readonly companies: () => Company[];
  readonly appositions: () => Apposition[];
}

/** Twice the longest DPA seen (50 000 characters): its parties are named well before. */
const USAGE_CHARS = 100_000;

function usageOf(paragraphs: readonly string[]): Usage {
  const text = once(() => {
    let length = 0;
    const kept: string[] = [];
    for (const paragraph of paragraphs) {
      if (length >= USAGE_CHARS) break;
      kept.push(paragraph);
      length += paragraph.length + 1;
    }
    return kept.join('\n');
  });
  return { text, voice: once(() => voiceOf(text())), roleWords: once(() => roleWordsUsed(text())), companies: once(() => companiesNamed(text())), appositions: once(() => appositionsIn(text())) };
}

/** The parties of a contract: its blocks', then those read elsewhere, in the order the text first names them. */
export function readParties(sources: PartySources): Party[] {
  const usage = usageOf([...sources.paragraphs, ...sources.rest]);
  const starts: number[] = [];
  let offset = 0;
  for (const paragraph of sources.paragraphs) {
    starts.push(offset);
    offset += paragraph.length + 1;
  }
  const definitions = [...betweenDefinitions(sources.paragraphs.slice(0, BETWEEN_PARAGRAPHS)), ...namedDefinitions(sources.paragraphs), ...meansDefinitions(sources.paragraphs)];
  const rows = once(() => [...tableParties([...sources.frontUnits, ...sources.bodyUnits]), ...wordTableParties(sources.bodyUnits)]);
  const roled = (role: PartyRole) => definitions.filter((definition) => definition.role === role).flatMap((definition) => definition.terms.map((term) => term.toLowerCase()));
  // A definition that names no role joins the party whose term it defines (`“Kernel” means Kernel Technologies, Inc.`).
  const roleOfDefinition = (definition: PartyDefinition) =>
    definition.role ?? ROLES.find((role) => definition.terms.some((term) => roled(role).includes(term.toLowerCase()))) ?? null;

  const blocks = sources.blocks.map((party) => ({ ...party }));
  const read: Read[] = [];
  for (const role of ROLES) {
    const own = definitions.filter((definition) => roleOfDefinition(definition) === role);
    const inBlock = blocks.findIndex((party) => party.role === role);
    if (inBlock >= 0) {
      const party = blocks[inBlock]!;
      const terms = unique([...(party.terms ?? []), ...own.flatMap((definition) => definition.terms)]).filter((term) => term !== party.roleLabel);
      if (terms.length > 0) blocks[inBlock] = { ...party, terms };
      continue;
    }
    const found = fromDefinitions(role, own, rows().filter((row) => row.role === role), usage, starts);
    if (found) read.push(found);
  }
  for (const role of ROLES) {
    if (blocks.some((party) => party.role === role) || read.some((found) => found.party.role === role)) continue;
    const other = [...blocks, ...read.map((found) => found.party)].find((party) => party.role !== role);
    const found = fromText(role, usage, sources.language, other);
    if (found) read.push(found);
  }
  return [...blocks, ...read.sort((a, b) => a.at - b.at).map((found) => found.party)];
}
