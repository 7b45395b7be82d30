/**
 * Who can carry a duty: the role words of German and English DPAs, and the names, labels and
 * defined terms the contract gives its parties (`Brightwave Analytics Ltd`, `Brightwave`,
 * `(nachfolgend „Anbieterin“)`, `(“Processor” or “F7”)`), wherever the parties were read
 * from. A word inside a compound (`Kunden-Zugang`, `Kundenmenü`, `Customer-managed`,
 * `Unterauftragsverarbeiter`, `Sub-processor`) is not an actor, and neither is a possessive
 * (`the Customer's administrators`): every match is bounded by non-letters, no hyphen and no
 * `'s`. A sub-processor is never the provider: neither its own words nor *weitere
 * Auftragsverarbeiter*, *another processor* name the party.
 */
import { legalNameOf, shortNamesOf, type Party, type PartyRole } from '../contract';
import { latin, latinSource } from '../text';

const PROVIDER_WORDS = [
  'Auftragnehmer(?:s|in|innen)?',
  'Auftragsverarbeiter(?:s|in|innen)?',
  'Anbieter(?:s|in)?',
  'Dienstleister(?:s|in)?',
  '[Pp]rocessors?',
  '[Pp]roviders?',
  '[Ss]ervice [Pp]roviders?',
  '[Ss]uppliers?',
  '[Vv]endors?',
  // A vendor's own DPA speaks as *we* and to the customer as *you*.
  '[Ww]e',
  'us',
];

const CUSTOMER_WORDS = [
  'Auftraggeber(?:s|in|innen)?',
  'Verantwortliche[nrms]?',
  'Kunden?',
  'Kundin(?:nen)?',
  '[Cc]ontrollers?(?: [Cc]ompany| [Cc]ompanies| [Aa]ffiliates?)?',
  '[Cc]ustomers?',
  '[Cc]lients?',
  '[Yy]ou',
];

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

/** The names of a party's legal name: the full name, the name without its legal form, and a distinctive first word. */
function namesOfName(party: Party): string[] {
  const name = legalNameOf(party) ?? '';
  if (name.length < 3 || name.split(/\s+/u).length > 8) return [];
  return [name, ...shortNamesOf(name)].filter((candidate) => candidate.length >= 3);
}

/** *we*, *us*, *you* are actors of their own (`PROVIDER_WORDS`, `CUSTOMER_WORDS`); the possessives never act. */
const PRONOUN = /^(?:we|us|our|ours|you|your|yours)$/iu;

/**
 * The terms a contract calls a party by: its label and the terms defined for it (`F7`,
 * `37signals`, `Embrace`), each a word or a few, with a letter.
 */
function termsOf(party: Party): string[] {
  return [party.roleLabel, ...(party.terms ?? [])]
    .flatMap((term) => term.split('/'))
    .map((term) => term.trim())
    .filter((term) => /^[\p{Lu}\p{N}][\p{L}\p{N} .&-]{1,40}$/u.test(term) && /\p{L}/u.test(term) && !PRONOUN.test(term));
}

/** The names a party can be called by: those of its legal name, its label and its defined terms, longest first. */
export function namesOf(party: Party): string[] {
  return [...new Set([...namesOfName(party), ...termsOf(party)])].sort((a, b) => b.length - a.length).map(escape);
}

export interface Actors {
  /** Regex source for a provider mention (no capture groups). */
  readonly provider: string;
  readonly customer: string;
  /**
   * A cheap test that a text can hold a cue at all: some actor word, a word for both
   * parties, *we* or *you*, or *-seitig*. Cue rules are only tried where this finds something.
   */
  readonly mayHoldCue: RegExp;
  /**
   * Regex source for a mention, in the possessive (group `owner` holds its `'s`) or not,
   * without the check of the character before it: `maskMentions` makes that check itself.
   */
  readonly mention: string;
}

const BOUNDARY_BEFORE = latinSource('(?<![\\p{L}\\p{N}-])');
const BOUNDARY_AFTER = latinSource('(?![\\p{L}\\p{N}]|-\\p{L}|[\'’]s\\b)');

const actorsCache = new Map<string, Actors>();

/** The actors of a contract's parties; the same parties give the same object, so compiled rules are reused. */
export function actorsFor(parties: readonly Party[]): Actors {
  const key = JSON.stringify(parties.map((party) => [party.role, party.name, party.roleLabel, party.terms ?? []]));
  const cached = actorsCache.get(key);
  if (cached) return cached;
  const actors = buildActors(parties);
  if (actorsCache.size >= 32) actorsCache.delete(actorsCache.keys().next().value!);
  actorsCache.set(key, actors);
  return actors;
}

function buildActors(parties: readonly Party[]): Actors {
  const names = (role: PartyRole) => parties.filter((party) => party.role === role).flatMap(namesOf);
  const words = (role: PartyRole) => [...names(role), ...(role === 'provider' ? PROVIDER_WORDS : CUSTOMER_WORDS)];
  const provider = `${BOUNDARY_BEFORE}(?:${words('provider').join('|')})${BOUNDARY_AFTER}`;
  const customer = `${BOUNDARY_BEFORE}(?:${words('customer').join('|')})${BOUNDARY_AFTER}`;
  // Each word once, then whether it stands in the possessive: trying every word for `'s` and then every word again cost twice the search.
  const mention = `(?:${[...words('provider'), ...words('customer')].join('|')})(?:(?<owner>['’]s\\b)|${BOUNDARY_AFTER})`;
  const everyWord = [...words('provider'), ...words('customer'), '[Pp]arteie?n?', '[Pp]art(?:y|ies)', '[Ww]e', '[Yy]ou', 'seit'];
  return {
    provider,
    customer,
    mayHoldCue: new RegExp(everyWord.join('|'), 'u'),
    mention,
  };
}

/**
 * A masked text: every party mention replaced by private-use characters of the same length
 * (a first character that says which party and how it is named, then fillers), so the cue
 * rules match a mention with a tiny pattern instead of the contract's whole list of names,
 * and every offset stays the offset in the real text. The rules are compiled once for all
 * contracts; only `maskMentions` depends on the parties.
 */
const MARK = { provider: '\uE000', customer: '\uE001', providerOwner: '\uE002', customerOwner: '\uE003', we: '\uE005', you: '\uE006' } as const;
const FILL = '\uE004';
const PRIVATE = /[\uE000-\uE006]/u;

/** Mentions in a masked text, as regex sources: any party, a possessive (`the Customer's`), and *we* or *you*. */
export const MASKED = {
  any: `[${MARK.provider}${MARK.customer}${MARK.we}${MARK.you}]${FILL}*`,
  possessive: `[${MARK.providerOwner}${MARK.customerOwner}]${FILL}*`,
  weYou: `[${MARK.we}${MARK.you}]${FILL}*`,
} as const;

export type MentionSources = typeof MASKED;

const maskCache = new WeakMap<Actors, { pattern: RegExp; masks: Map<string, string> }>();

/** A letter, digit or hyphen at the end: a word the mention after it would be part of. */
const NAME_CHAR_AT_END = latin(/[\p{L}\p{N}-]$/u);

/** *weitere Auftragsverarbeiter*, *another processor*, *any new processor*: someone else in the party's role (Art. 28(2), (4)), not the party. */
const ANOTHER_BEFORE = latin(/(?:^|[^\p{L}])(?:weitere[nrms]?|andere[nrms]?|neue[nrms]?|another|other|further|new)\s+$/iu);

/**
 * `text` with each party mention masked (see `MASKED`); the same length, so offsets carry over.
 *
 * The pattern has no lookbehind for the boundary before a mention: at the head of a long
 * alternation it is tried at every position and costs several times the search itself.
 * A match inside a word is refused here instead and the search goes on one character
 * later, which finds exactly what the lookbehind would.
 */
export function maskMentions(text: string, actors: Actors): string {
  let cached = maskCache.get(actors);
  if (!cached) {
    cached = { pattern: new RegExp(actors.mention, 'gu'), masks: new Map() };
    maskCache.set(actors, cached);
  }
  const { pattern, masks } = cached;
  // A private-use character of the text itself (a symbol font's bullet) must not pass for a mention.
  const clean = PRIVATE.test(text) ? text.replace(/[\uE000-\uE006]/gu, '\uFFFD') : text;
  if (!actors.mayHoldCue.test(clean)) return clean;
  let masked = '';
  let copied = 0;
  pattern.lastIndex = 0;
  for (let match = pattern.exec(clean); match !== null; match = pattern.exec(clean)) {
    if (match.index > 0 && NAME_CHAR_AT_END.test(clean.slice(Math.max(0, match.index - 2), match.index))) {
      pattern.lastIndex = match.index + 1;
      continue;
    }
    if (ANOTHER_BEFORE.test(clean.slice(Math.max(0, match.index - 12), match.index))) continue;
    const mention = match[0];
    const owner = match.groups?.['owner'] !== undefined;
    const key = owner ? `'${mention}` : mention;
    let mask = masks.get(key);
    if (mask === undefined) {
      const role = roleOfMention(actors, mention);
      const mark = owner
        ? role === 'customer' ? MARK.customerOwner : MARK.providerOwner
        : /^[Ww]e$/u.test(mention) ? MARK.we : /^[Yy]ou$/u.test(mention) ? MARK.you : role === 'customer' ? MARK.customer : MARK.provider;
      mask = mark + FILL.repeat(mention.length - 1);
      masks.set(key, mask);
    }
    masked += clean.slice(copied, match.index) + mask;
    copied = match.index + mention.length;
  }
  return copied === 0 ? clean : masked + clean.slice(copied);
}

export interface PartyMention {
  readonly role: PartyRole;
  /** As written (`Acme`, `Auftraggeber`, `we`), without a possessive's `'s`. */
  readonly text: string;
  /** Where it starts in the text (UTF-16 offset). */
  readonly at: number;
  /** `the Customer's`: the party owns something rather than acting. */
  readonly possessive: boolean;
}

const MARKED = /[\uE000-\uE003\uE005\uE006]\uE004*/gu;

/**
 * The parties `text` names, in order, by the same reading the duties use: role words, each
 * party's names and defined terms, *we* and *you*; never a word inside another
 * (`Unterauftragsverarbeiter`, `Sub-processor`) nor someone else in a party's role (*weitere
 * Auftragsverarbeiter*, *another processor*). For readers outside this folder (the annex
 * frame, the checklist) that need to know who a phrase names.
 */
export function partyMentions(text: string, parties: readonly Party[]): PartyMention[] {
  const masked = maskMentions(text, actorsFor(parties));
  const found: PartyMention[] = [];
  for (const match of masked.matchAll(MARKED)) {
    const role = roleOfMasked(match[0]);
    if (role === null) continue;
    const possessive = match[0][0] === MARK.providerOwner || match[0][0] === MARK.customerOwner;
    found.push({ role, text: text.slice(match.index, match.index + match[0].length), at: match.index, possessive });
  }
  return found;
}

/** Which party a masked mention names. */
export function roleOfMasked(mention: string): PartyRole | null {
  switch (mention[0]) {
    case MARK.provider:
    case MARK.providerOwner:
    case MARK.we:
      return 'provider';
    case MARK.customer:
    case MARK.customerOwner:
    case MARK.you:
      return 'customer';
    default:
      return null;
  }
}

const roleCache = new WeakMap<Actors, { provider: RegExp; customer: RegExp }>();

/** Which party a mention (`der Auftraggeber`'s `Auftraggeber`, `Customer's`) names, or null. */
export function roleOfMention(actors: Actors, mention: string): PartyRole | null {
  let patterns = roleCache.get(actors);
  if (!patterns) {
    patterns = { provider: new RegExp(`^${actors.provider}$`, 'u'), customer: new RegExp(`^${actors.customer}$`, 'u') };
    roleCache.set(actors, patterns);
  }
  const bare = mention.replace(/['’]s$/u, '');
  if (patterns.provider.test(bare)) return 'provider';
  if (patterns.customer.test(bare)) return 'customer';
  return null;
}

/**
 * People who act for a party: `die Mitarbeiter des Auftragnehmers`, `the Customer's
 * administrators`. When they are the subject, their party acts; a party's things
 * (`Schlüssel des Auftraggebers`, `Customer Data`) never make it act.
 */
export const PERSON_NOUNS =
  '(?:Mitarbeiter(?:innen)?|Beschäftigten?|Administrator(?:en|innen)?|Admins?|Benutzer(?:innen)?|Nutzer(?:innen)?|Personal|Support-Mitarbeiter(?:innen)?|' +
  '[Ss]taff|[Ee]mployees?|[Pp]ersonnel|[Aa]dministrators?|[Aa]dmins?|[Uu]sers?|[Ee]ngineers?|[Tt]eam|[Aa]ccount\\s+owners?|IT\\s+lead|IT\\s+department|[Ss]ecurity\\s+team)';
