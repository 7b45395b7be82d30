/**
 * Who can carry a duty: the role words of German and English DPAs and the names the
 * contract's own party block gives. A word inside a compound (`Kunden-Zugang`,
 * `Kundenmenü`) is not an actor, so every match is bounded by non-letters and no hyphen.
 */
import type { Party, PartyRole } from '../contract/model';

const PROVIDER_WORDS = [
  'Auftragnehmer(?:s|in|innen)?',
  'Auftragsverarbeiter(?:s|in|innen)?',
  'Anbieter(?:s|in)?',
  'Dienstleister(?:s|in)?',
  'Unterauftragsverarbeiter(?:s)?',
  '[Pp]rocessor(?:s|’s|\'s)?',
  '[Pp]rovider(?:s|’s|\'s)?',
  '[Ss]upplier(?:s|’s|\'s)?',
];

const CUSTOMER_WORDS = [
  'Auftraggeber(?:s|in|innen)?',
  'Verantwortliche[nrm]?',
  'Kunden?',
  'Kundin',
  '[Cc]ontroller(?:s|’s|\'s)?',
  '[Cc]ustomer(?:s|’s|\'s)?',
  '[Cc]lient(?:s|’s|\'s)?',
];

const LEGAL_FORMS = /\s+(?:GmbH(?:\s*&\s*Co\.?\s*KG)?|AG|KG|OHG|UG(?:\s*\(haftungsbeschränkt\))?|e\.\s?V\.|e\.K\.|SE|Ltd\.?|Limited|LLC|Inc\.?|plc|S\.A\.|B\.V\.|N\.V\.)$/u;

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

/** The names a party can be called by: the full name and the name without its legal form. */
function namesOf(party: Party): string[] {
  const name = party.name.trim();
  if (name.length < 3 || name.split(/\s+/u).length > 6) return [];
  const short = name.replace(LEGAL_FORMS, '').trim();
  return [...new Set([name, short].filter((candidate) => candidate.length >= 3))].map(escape);
}

export interface Actors {
  /** Regex source for a provider mention (no capture groups). */
  readonly provider: string;
  readonly customer: string;
  /** Either party, captured as `(?<provider>…)|(?<customer>…)` would be ambiguous: use `roleOfMention`. */
  readonly any: string;
}

const BOUNDARY_BEFORE = '(?<![\\p{L}\\p{N}-])';
const BOUNDARY_AFTER = '(?![\\p{L}\\p{N}]|-\\p{L})';

export function actorsFor(parties: readonly Party[]): Actors {
  const names = (role: PartyRole) => parties.filter((party) => party.role === role).flatMap(namesOf);
  const provider = `${BOUNDARY_BEFORE}(?:${[...names('provider'), ...PROVIDER_WORDS].join('|')})${BOUNDARY_AFTER}`;
  const customer = `${BOUNDARY_BEFORE}(?:${[...names('customer'), ...CUSTOMER_WORDS].join('|')})${BOUNDARY_AFTER}`;
  return { provider, customer, any: `(?:${provider}|${customer})` };
}

export function roleOfMention(actors: Actors, mention: string): PartyRole | null {
  if (new RegExp(`^${actors.provider}$`, 'u').test(mention)) return 'provider';
  if (new RegExp(`^${actors.customer}$`, 'u').test(mention)) return 'customer';
  return null;
}
