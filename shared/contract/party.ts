/**
 * What a party's fields mean beyond their text: the role words that name a party, whether it
 * has a block of its own in the front matter (which export writes back and a reviewer edits),
 * and whether its name is a name at all or a blank left to fill in (`Verein: ______`, `[Name
 * und Anschrift des Verantwortlichen]`) or a role word (`the Customer`).
 */
import type { Party, PartyRole } from './model';

/** The words German and English DPAs use for the two parties of Art. 28 GDPR. */
const ROLE_WORDS: readonly (readonly [RegExp, PartyRole])[] = [
  [/^(?:Auftraggeber(?:in)?|Verantwortliche[rn]?|Verantwortliche\s+Stelle|(?:Data\s+)?Controller|Customer|Kunde|Kundin|Client)$/iu, 'customer'],
  [/^(?:Auftragnehmer(?:in)?|Auftragsverarbeiter(?:in)?|(?:Data\s+)?Processor|Provider|Service\s+Provider|Supplier|Vendor|Anbieter(?:in)?|Dienstleister(?:in)?)$/iu, 'provider'],
];

/** The party a role word names (`Auftraggeber`, `the Processor`), or null. */
export function roleOf(word: string): PartyRole | null {
  const bare = word.trim().replace(/^(?:the|der|die)\s+/iu, '');
  for (const [pattern, role] of ROLE_WORDS) if (pattern.test(bare)) return role;
  return null;
}

/** Emphasis a Markdown file carries around a name line (`**Acme GmbH**`). */
const EMPHASIS = /(\*\*|__)([^*_\s](?:.*?[^*_\s])?)\1/gu;

/** A blank to fill in: underscores or dots, a bracketed instruction, `XXX`. */
const BLANK = /^(?:[_.…\s-]{3,}|\[[^\]]*\]|<[^>]*>|\{[^}]*\}|X{3,}|N\.\s?N\.?)$/u;

/** `Verein: ______`: a caption before a blank. Captions are short. */
const CAPTION = /^[^:]{1,60}:\s*(.*)$/u;

/** Whether a name line is a blank to fill in rather than a name. */
export function isPlaceholder(line: string): boolean {
  const plain = line.replace(EMPHASIS, '$2').trim();
  if (plain === '' || BLANK.test(plain)) return true;
  const caption = CAPTION.exec(plain);
  return caption !== null && (caption[1]!.trim() === '' || BLANK.test(caption[1]!.trim()));
}

/** The number or letter of a list of the parties before a name (`1.`, `(2)`, `b)`). */
export const LIST_MARKER = /^(?:\(?\d{1,2}[.)]|\(?[a-z][.)]|[-*•])\s+/u;

/**
 * The name before the address a one-line party goes on with: cut at the first comma not
 * followed by a legal form (`Acme, Inc.` is one name), where what follows is an address (it has
 * a number) or a description (`, a company incorporated …`); `Lena Muster, Lernwerk` stays whole.
 */
function nameBeforeAddress(line: string): string {
  for (let at = line.indexOf(','); at >= 0; at = line.indexOf(',', at + 1)) {
    const rest = line.slice(at);
    if (FORM_AFTER_COMMA.test(rest)) continue;
    return /\d/u.test(rest) || /^,\s*\p{Ll}/u.test(rest) ? line.slice(0, at).trim() : line;
  }
  return line;
}

/**
 * The legal name the contract gives the party, or null when it gives none (a blank, or
 * nothing): its name line without a list's number and without the address a one-line party
 * goes on with (`1. Stadtwerke Musterstadt GmbH, Am Markt 1, 12345 Musterstadt`).
 */
export function legalNameOf(party: Party): string | null {
  const line = party.name.replace(EMPHASIS, '$2').trim();
  if (isPlaceholder(line)) return null;
  const name = nameBeforeAddress(line.replace(LIST_MARKER, ''));
  // `the Customer (the "Controller")`: a role word names a party, it is not its name.
  return name === '' || isPlaceholder(name) || roleOf(name) !== null ? null : name;
}

/**
 * The legal forms that end a company's name (`GmbH`, `Inc.`, `S.à r.l.`), as a regex source
 * without groups: what makes `Acme Mobile, Inc.` a name and `the customer organization` none.
 */
export const LEGAL_FORM =
  '(?:GmbH(?:\\s*&\\s*Co\\.?\\s*KG)?|gGmbH|AG|KGaA|KG|OHG|PartG(?:\\s*mbB)?|UG(?:\\s*\\(haftungsbeschränkt\\))?|e\\.\\s?V\\.|e\\.\\s?K\\.|SE|Ltd\\.?|Limited|LLP|LLC|L\\.L\\.C\\.|Inc\\.?|Incorporated|Corp\\.?|Corporation|plc|PLC|S\\.A\\.|SA|S\\.A\\.S\\.|SAS|SARL|S\\.à\\s?r\\.l\\.|B\\.V\\.|BV|N\\.V\\.|NV|Sp\\.\\s?z\\s?o\\.o\\.|S\\.p\\.A\\.|S\\.r\\.l\\.|AB|ApS|A/S|Oy|Pty\\s+Ltd\\.?)';

/** Whether the party was read from a block of its own lines before the first section (`Party.source`). */
export function hasPartyBlock(party: Party): boolean {
  return party.source === undefined || party.source === 'block';
}

const ENDING_LEGAL_FORM = new RegExp(`,?\\s+${LEGAL_FORM}$`, 'u');
const FORM_AFTER_COMMA = new RegExp(`^,\\s*${LEGAL_FORM}(?![\\p{L}])`, 'u');

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

/**
 * The shorter names a contract goes on to call a company by (`Brightwave Analytics Ltd`:
 * `Brightwave Analytics`, `Brightwave`): without its legal form, and its first word where that
 * is no ordinary word. Longest first.
 */
export function shortNamesOf(legalName: string): string[] {
  const short = legalName.trim().replace(ENDING_LEGAL_FORM, '').trim();
  const words = short.split(/\s+/u);
  const first = words[0] ?? '';
  const distinctive = words.length >= 2 && /^\p{Lu}[\p{L}-]{3,}$/u.test(first) && !GENERIC_FIRST_WORDS.has(first.toLowerCase()) ? [first] : [];
  return [...new Set([short, ...distinctive])].filter((name) => name !== '' && name !== legalName.trim());
}
