/**
 * Parties defined in the running text rather than in blocks of their own:
 * - the sentence that names both: `between 37signals LLC (“37signals”) and the customer
 *   (“Customer”)`, `zwischen der Muster GmbH, Musterstr. 1, Berlin – nachstehend Auftraggeber
 *   – und …`, `by and between Customer and Spacelift, Inc. (“Spacelift”)`;
 * - a definition of a party's term: `“We/Us/Our” means EMBL`, `“Customer” means the party to
 *   the Services Agreement …`, `„Auftragnehmer“ bezeichnet die …`.
 * A definition of the GDPR's own words (`“Controller” means the entity which determines the
 * purposes and means …`) defines a concept, not a party, and is passed over.
 */
import { LEGAL_FORM, isPlaceholder, type PartyRole } from '../../contract';
import { QUOTE, roleOf, withoutEmphasis } from './roleWords';

export interface PartyDefinition {
  /** Null when the words do not say (a company named beside nothing but another company). */
  readonly role: PartyRole | null;
  /** The terms defined for it, as written, in order (`Processor`, `F7`; `We`, `Us`, `Our`). */
  readonly terms: readonly string[];
  readonly name: string | null;
  /** The words that define it, as written. */
  readonly cue: string;
  /** Which paragraph it stands in, and where in it the party's words begin (document order). */
  readonly paragraph: number;
  readonly at: number;
}

const Q = `[${QUOTE}]`;
const NOT_Q = `[^${QUOTE}]`;
const QUOTED = new RegExp(`${Q}(${NOT_Q}{1,60})${Q}`, 'gu');

/** The words a definition in brackets may hold besides its terms: `(hereinafter referred to as the “Processor”)`, `(„Kunde“ oder „Mandant“)`. */
const DEFINING_WORDS =
  /\b(?:the|hereinafter|referred|to|as|called|each|also|jointly|or|and|nachfolgend|nachstehend|im|Folgenden|genannt|auch|kurz|oder|und|bzw|jeweils|der|die|das)\b|[\s,;:/.]+/giu;

const LEAD_IN = '(?:nachfolgend|nachstehend|im\\s+Folgenden|hereinafter(?:\\s+referred\\s+to\\s+as|\\s+called)?)';
const UNQUOTED_TERM = new RegExp(`^${LEAD_IN}\\s*:?\\s*(?:der|die|das|the)?\\s*(\\p{Lu}[\\p{L}\\p{N}-]*(?:\\s+\\p{Lu}[\\p{L}\\p{N}-]*){0,2})\\s*(?:genannt|called)?$`, 'u');

/** `– nachstehend Auftraggeber –`, `, nachfolgend „Kunde“ genannt,`. */
const DASHED = new RegExp(`(?:[–—]|\\s-)\\s*${LEAD_IN}\\s*:?\\s*(?:der|die|das|the)?\\s*${Q}?([\\p{L}][\\p{L}\\p{N} -]{0,40}?)${Q}?\\s*(?:genannt|called)?\\s*(?:[–—]|-\\s|-$)`, 'u');
const COMMA = new RegExp(`,\\s*${LEAD_IN}\\s*:?\\s*(?:der|die|das|the)?\\s*${Q}?([\\p{L}][\\p{L}\\p{N} -]{0,40}?)${Q}?\\s*(?:genannt|called)?\\s*(?:,|$)`, 'u');
const BRACKETS = /\(([^()]{1,160})\)/gu;

interface Found {
  readonly terms: string[];
  readonly start: number;
  readonly end: number;
}

/** The terms a bracket defines (`(“Processor” or “F7”)`, `(nachfolgend Auftraggeber genannt)`), or null for any other bracket. */
function bracketTerms(inner: string): string[] | null {
  const quoted = [...inner.matchAll(QUOTED)].map((match) => match[1]!.trim());
  if (quoted.length > 0) return inner.replace(QUOTED, ' ').replace(DEFINING_WORDS, '') === '' ? quoted : null;
  const unquoted = UNQUOTED_TERM.exec(inner.trim());
  return unquoted ? [unquoted[1]!] : null;
}

/** The first definition in a party's words: a bracket, dashes or commas around `nachstehend …`. */
function firstDefinition(text: string): Found | null {
  let best: Found | null = null;
  for (const match of text.matchAll(BRACKETS)) {
    const terms = bracketTerms(match[1]!);
    if (terms) {
      best = { terms, start: match.index, end: match.index + match[0].length };
      break;
    }
  }
  for (const pattern of [DASHED, COMMA]) {
    const match = pattern.exec(text);
    if (match && (!best || match.index < best.start)) best = { terms: [match[1]!.trim()], start: match.index, end: match.index + match[0].length };
  }
  return best;
}

const ARTICLE = /^(?:the|der|die|dem|den|das|der\s+Firma|die\s+Firma|Firma)\s+/iu;
const LEGAL_FORM_CHUNK = new RegExp(`^${LEGAL_FORM}$`, 'u');

/**
 * The legal name at the start of a party's words (`Embrace Mobile, Inc.`, `Muster GmbH` of
 * `der Muster GmbH, Musterstr. 1, Berlin`), or null where they name none (`the customer
 * organization`, `Customer, as identified in the Agreement`, a blank to fill in).
 */
export function nameIn(words: string, terms: readonly string[]): string | null {
  const chunks = words.trim().replace(/[\s,]+$/u, '').replace(ARTICLE, '').split(/,\s*/u);
  let name = chunks[0] ?? '';
  for (const chunk of chunks.slice(1)) {
    if (!LEGAL_FORM_CHUNK.test(chunk.trim())) break;
    name = `${name}, ${chunk.trim()}`;
  }
  name = name.trim();
  if (name === '' || isPlaceholder(name) || !/^[\p{Lu}\p{N}[]/u.test(name) || name.length > 120) return null;
  if (roleOf(name) !== null || terms.some((term) => term.toLowerCase() === name.toLowerCase())) return null;
  return name;
}

/** The role a party's words give: a term that is a role word, else a role word they are (`the Customer`) or hold (`the customer organization`). */
function roleIn(words: string, terms: readonly string[]): PartyRole | null {
  for (const term of terms) {
    const role = roleOf(term);
    if (role) return role;
  }
  const noun = /^(?:(?:the|der|die|dem|den)\s+)?([\p{L}]+(?:\s+[\p{L}]+)?)/u.exec(words.trim())?.[1] ?? '';
  return roleOf(noun) ?? roleOf(noun.split(/\s+/u)[0] ?? '') ?? roleOf(noun.split(/\s+/u)[1] ?? '');
}

/** Abbreviations a name or address ends a word with: their full stop ends no sentence. */
const ABBREVIATION = /(?:Inc|Ltd|Co|Corp|Str|Nr|bzw|ggf|Abs|Art|e\.V|e\.K|S\.A|B\.V|N\.V|z\.B|d\.h|Dr|Prof|No|St)$/u;

/** `tail` cut where its first party's words end: at ` and `/` und ` outside brackets and quotes, within the sentence. */
function splitAtAnd(tail: string): { first: string; second: string; secondAt: number } | null {
  let depth = 0;
  let quoted = false;
  for (let at = 0; at < tail.length; at++) {
    const char = tail[at]!;
    if (char === '(') depth++;
    else if (char === ')') depth = Math.max(0, depth - 1);
    else if ('"“”„«»'.includes(char)) quoted = !quoted;
    else if (depth === 0 && !quoted) {
      if (char === '.' && /^\.\s+\p{Lu}/u.test(tail.slice(at, at + 3)) && !ABBREVIATION.test(tail.slice(Math.max(0, at - 6), at))) return null;
      const and = /^\s(?:and|und|sowie)\s+/u.exec(tail.slice(at, at + 8));
      if (and && at > 0) return { first: tail.slice(0, at), second: tail.slice(at + and[0].length), secondAt: at + and[0].length };
    }
  }
  return null;
}

interface Phrase {
  readonly role: PartyRole | null;
  readonly terms: string[];
  readonly name: string | null;
  /** Where its words end, in the text it was read from. */
  readonly end: number;
  readonly defined: boolean;
}

/** One party's words of a `between … and …` sentence. */
function readPhrase(text: string): Phrase | null {
  const definition = firstDefinition(text);
  const before = definition ? text.slice(0, definition.start) : text;
  const terms = definition?.terms ?? [];
  if (definition === null) {
    // No definition: only the role word it is, and no more (`the Customer`, `Customer`).
    const noun = /^(?:(?:the|der|die|dem|den)\s+)?(\p{Lu}[\p{L}]*(?:\s+\p{Lu}[\p{L}]*)?)/u.exec(text.trim());
    const role = noun ? roleOf(noun[1]!) : null;
    return role && noun ? { role, terms: [noun[1]!], name: null, end: text.indexOf(noun[0]) + noun[0].length, defined: false } : null;
  }
  if (before.trim() === '' || before.length > 300) return null;
  return { role: roleIn(before, terms), terms, name: nameIn(before, terms), end: definition.end, defined: true };
}

/** `between`, `zwischen`, and a sentence that names the parties as those who make it (`entered into by`, `concluded by`). */
const BETWEEN = /\b(?:by\s+and\s+between|between|zwischen|(?:entered\s+into|made|concluded|executed)\s+by)\s+/giu;
/** Words that make a bracket's terms no party (`(together with Customer, the “Parties”)`). */
const NOT_A_PARTY = /^(?:Parties|Party|Parteien|Partei|Vertragsparteien|Agreement|DPA|AVV|Vertrag|Vereinbarung)$/iu;

/** The parties a `between … and …` sentence defines, with the role the other one leaves where the words give none. */
export function betweenDefinitions(paragraphs: readonly string[]): PartyDefinition[] {
  for (const [index, raw] of paragraphs.entries()) {
    if (!/between|zwischen|\sby\s/iu.test(raw)) continue;
    const paragraph = withoutEmphasis(raw);
    for (const match of paragraph.matchAll(BETWEEN)) {
      const tailAt = match.index + match[0].length;
      const split = splitAtAnd(paragraph.slice(tailAt, tailAt + 600));
      if (!split) continue;
      const phrases = [readPhrase(split.first), readPhrase(split.second)];
      const [first, second] = phrases;
      if (!first || !second || !phrases.some((phrase) => phrase!.defined)) continue;
      if (phrases.some((phrase) => phrase!.terms.some((term) => NOT_A_PARTY.test(term)))) continue;
      const other = (role: PartyRole | null): PartyRole | null => (role === 'customer' ? 'provider' : role === 'provider' ? 'customer' : null);
      const roles = [first.role ?? other(second.role), second.role ?? other(first.role)];
      if (roles[0] === null || roles[0] === roles[1]) continue;
      // Both parties' cue is the sentence's naming of them: `between the Customer and Embrace Mobile, Inc. ("Embrace")`.
      const cue = paragraph.slice(match.index, tailAt + split.secondAt + second.end).trim();
      const starts = [tailAt, tailAt + split.secondAt];
      return phrases.map((phrase, at) => ({ role: roles[at]!, terms: phrase!.terms, name: phrase!.name, cue, paragraph: index, at: starts[at]! }));
    }
  }
  return [];
}

/** A company's name with its legal form, ending where a bracket after it begins (`die Beispiel Software GmbH`). */
const COMPANY_AT_END = new RegExp(`((?:[\\p{Lu}\\p{N}][\\p{L}\\p{N}&'’.-]*\\s+){0,4}[\\p{Lu}\\p{N}][\\p{L}\\p{N}&'’.-]*(?:,\\s*|\\s+)${LEGAL_FORM})\\s*,?\\s*$`, 'u');
/** Parties are named at the top: a company with its role in brackets further down is someone else (a sub-processor's list). */
const NAMED_PARAGRAPHS = 20;

/**
 * A company named in the running text with its role in brackets, outside a `between` sentence:
 * `Die Beispiel Software GmbH (Auftragnehmer) verarbeitet für die Muster Handels GmbH
 * (Auftraggeber) …`, `Acme Ltd (the "Processor") provides …`.
 */
export function namedDefinitions(paragraphs: readonly string[]): PartyDefinition[] {
  const found: PartyDefinition[] = [];
  for (const [index, raw] of paragraphs.slice(0, NAMED_PARAGRAPHS).entries()) {
    if (!raw.includes('(')) continue;
    const paragraph = withoutEmphasis(raw);
    for (const match of paragraph.matchAll(BRACKETS)) {
      const inner = match[1]!.trim();
      const terms = bracketTerms(inner) ?? (roleOf(inner) !== null ? [inner] : null);
      const role = terms?.map(roleOf).find((candidate) => candidate !== null) ?? null;
      if (!terms || !role) continue;
      const company = COMPANY_AT_END.exec(paragraph.slice(Math.max(0, match.index - 160), match.index));
      const name = company ? nameIn(company[1]!, terms) : null;
      if (name === null) continue;
      found.push({ role, terms, name, cue: `${name} ${match[0]}`, paragraph: index, at: match.index - company![0].length });
    }
  }
  return found;
}

const MEANS = new RegExp(
  `^(?:[\\p{L}\\p{N}.()]{1,8}\\s+)?(?:[-*•]\\s*)?(?:The\\s+|A\\s+|An\\s+)?((?:${Q}${NOT_Q}{1,60}${Q}(?:\\s*(?:,|and|or|und|oder|/)\\s*)?)+)\\s*(?:means|shall\\s+mean|refers\\s+to|bezeichnet|meint|bedeutet)\\b[\\s:]*(.{0,240})`,
  'u',
);
const OPENING_QUOTE = new RegExp(Q, 'u');
const WE = /^(?:we|us|our|ours)$/iu;
const YOU = /^(?:you|your|yours)$/iu;
/** A definition's body that speaks of a party to the contract, not of the GDPR's concept. */
const PARTY_BODY =
  /\b(?:party|parties|signatory|Vertragspartei|Vertragspartner|Partei|entered\s+into|has\s+signed|has\s+accepted|subscrib\w*|registered|account|customer\s+of|Kunde\s+des|Kundin\s+des)\b/iu;
/** A proper name that a definition's body is, and nothing else (`EMBL;`, `Spacelift, Inc.`). */
const BODY_NAME = new RegExp(`^(?:the\\s+|die\\s+|der\\s+|das\\s+)?(\\p{Lu}[\\p{L}\\p{N}&'’.-]*(?:(?:\\s+|,\\s*)(?:[\\p{Lu}\\p{N}&][\\p{L}\\p{N}&'’.-]*|${LEGAL_FORM})){0,5})\\s*(?:[;.]?\\s*$|[;(])`, 'u');

/** Terms `“We/Us/Our”`, `“We”, “Us” and “Our”` as single terms. */
function splitTerms(written: string): string[] {
  return [...written.matchAll(QUOTED)].flatMap((match) => match[1]!.split('/')).map((term) => term.trim()).filter((term) => term !== '');
}

/**
 * Definitions of a party's terms: those of *we* or *you* (a vendor's own voice), of a role word
 * whose body speaks of a party to the contract, and of any term whose body is a proper name
 * (`“Kernel” means Kernel Technologies, Inc.`), which the caller matches to a party by its term.
 */
export function meansDefinitions(paragraphs: readonly string[]): PartyDefinition[] {
  const found: PartyDefinition[] = [];
  for (const [index, raw] of paragraphs.entries()) {
    // A defined term opens its paragraph, after at most a number, a marker and emphasis: a quotation mark near the start is cheap to look for.
    if (!OPENING_QUOTE.test(raw.slice(0, 24)) || !/mean|refers|bezeichnet|meint|bedeutet/u.test(raw)) continue;
    const text = withoutEmphasis(raw).trim();
    const match = MEANS.exec(text);
    if (!match) continue;
    const terms = splitTerms(match[1]!);
    const body = match[2]!.trim();
    const bodyName = BODY_NAME.exec(body)?.[1] ?? null;
    const name = bodyName !== null && !WE.test(bodyName) && !YOU.test(bodyName) ? nameIn(bodyName, terms) : null;
    const role: PartyRole | null = terms.some((term) => WE.test(term))
      ? 'provider'
      : terms.some((term) => YOU.test(term))
        ? 'customer'
        : PARTY_BODY.test(body) || name !== null
          ? terms.map(roleOf).find((candidate) => candidate !== null) ?? null
          : null;
    if (role === null && name === null) continue;
    found.push({ role, terms, name, cue: text.slice(0, match.index + match[0].length).replace(/\s*$/u, ''), paragraph: index, at: 0 });
  }
  return found;
}
