/**
 * Who can carry a duty: the role words of German and English DPAs, the role labels and
 * names the contract's own party block gives (`Brightwave Analytics Ltd`, `Brightwave`,
 * `(nachfolgend „Anbieterin“)`). A word inside a compound (`Kunden-Zugang`, `Kundenmenü`,
 * `Customer-managed`) is not an actor, and neither is a possessive (`the Customer's
 * administrators`): every match is bounded by non-letters, no hyphen and no `'s`.
 */
import type { Party, PartyRole } from '../contract/model';
import { latin, latinSource } from '../text/latin';

const PROVIDER_WORDS = [
  'Auftragnehmer(?:s|in|innen)?',
  'Auftragsverarbeiter(?:s|in|innen)?',
  'Anbieter(?:s|in)?',
  'Dienstleister(?:s|in)?',
  'Unterauftragsverarbeiter(?:s|n)?',
  '[Pp]rocessors?',
  '[Ss]ub-?[Pp]rocessors?',
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

const LEGAL_FORMS =
  /\s+(?:GmbH(?:\s*&\s*Co\.?\s*KG)?|AG|KG|OHG|PartG(?:\s*mbB)?|UG(?:\s*\(haftungsbeschränkt\))?|e\.\s?V\.|e\.K\.|SE|Ltd\.?|Limited|LLP|LLC|Inc\.?|plc|S\.A\.|B\.V\.|N\.V\.|S\.à\s?r\.l\.|SAS|Sp\.\s?z\s?o\.o\.)$/u;

/**
 * First words of company names that are ordinary words, never a name used alone
 * (`Beispiel Steuerberatung` is not called `Beispiel`).
 */
const GENERIC_FIRST_WORDS = new Set(
  [
    'beispiel', 'muster', 'deutsche', 'german', 'global', 'international', 'digital', 'data', 'cloud', 'software', 'service',
    'services', 'group', 'gruppe', 'holding', 'consulting', 'media', 'systems', 'solutions', 'technologies', 'network', 'bank',
    'stadt', 'stadtwerke', 'verband', 'gesellschaft', 'institut', 'first', 'united', 'general', 'national', 'europe', 'european',
    'euro', 'neue', 'new', 'smart', 'web', 'tech', 'info', 'the', 'die', 'der', 'das', 'haus', 'praxis', 'kanzlei', 'steuerberatung',
    'rechtsanwälte', 'city', 'north', 'south', 'east', 'west', 'nord', 'süd', 'ost', 'allgemeine', 'universität', 'university',
  ],
);

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

/** The names a party can be called by: the full name, the name without its legal form, and a distinctive first word. */
export function namesOf(party: Party): string[] {
  const name = party.name.trim();
  if (name.length < 3 || name.split(/\s+/u).length > 8) return [];
  const short = name.replace(LEGAL_FORMS, '').trim();
  const words = short.split(/\s+/u);
  const first = words[0] ?? '';
  const distinctive =
    words.length >= 2 && /^\p{Lu}[\p{L}-]{3,}$/u.test(first) && !GENERIC_FIRST_WORDS.has(first.toLowerCase()) ? [first] : [];
  const label = /^\p{Lu}[\p{L} ]{2,40}$/u.test(party.roleLabel) ? [party.roleLabel] : [];
  return [...new Set([name, short, ...distinctive, ...label].filter((candidate) => candidate.length >= 3))]
    .sort((a, b) => b.length - a.length)
    .map(escape);
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
  const key = JSON.stringify(parties.map((party) => [party.role, party.name, party.roleLabel]));
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
