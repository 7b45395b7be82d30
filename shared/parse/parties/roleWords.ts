/**
 * The shapes a role word (`roleOf`, in `contract/party.ts`) is written in next to a party's name: a role line (`– Auftraggeber –`,
 * `(nachfolgend „Auftragnehmer“ genannt)`, `(the "Processor")`) and a role heading above
 * the name (`**Auftraggeber (Verantwortlicher):**`).
 */
import { roleOf, type PartyRole } from '../../contract';

export { roleOf } from '../../contract';

/** Every quotation mark a term is written between, German, English, French and Swiss. */
export const QUOTE = `"“”„«»‚‘’'`;

/** Markdown emphasis around a line or a term (`**Auftragnehmer**`, `_Customer_`). */
export function withoutEmphasis(text: string): string {
  return text.replace(/(\*\*|__)([^*_\s](?:.*?[^*_\s])?)\1/gu, '$2').replace(/(?<![\p{L}\p{N}_])_([\p{L}\p{N}][^_]*?)_(?![\p{L}\p{N}_])/gu, '$1');
}

const ROLE_PHRASE = new RegExp(
  `^[\\s\\-–—(]*(?:(?:im\\s+Folgenden|nachfolgend|nachstehend|hereinafter(?:\\s+referred\\s+to\\s+as)?|als)\\s*:?\\s*)?[${QUOTE}]?\\s*(?:der|die|the)?\\s*[${QUOTE}]?([\\p{L} ]+?)[${QUOTE}]?\\s*(?:genannt|called)?[\\s\\-–—)]*$`,
  'u',
);

/**
 * A role line names a role and little else: longer lines are something else, and are not
 * given to the role patterns, whose optional spaces around optional words backtrack without
 * end over a line of thousands of spaces.
 */
const ROLE_LINE_MAX = 200;

/** `– Auftraggeber –`, `(nachstehend „Auftragnehmer“ genannt)`, `hereinafter the Controller`, `**Auftragsverarbeiter**`. */
export function matchRoleLine(text: string): { role: PartyRole; label: string } | null {
  const trimmed = withoutEmphasis(text).trim();
  if (trimmed.length > ROLE_LINE_MAX) return null;
  const match = ROLE_PHRASE.exec(trimmed);
  if (!match) return null;
  const role = roleOf(match[1]!);
  return role ? { role, label: match[1]!.trim() } : null;
}

/** A role line that points back at the lines before it (`nachfolgend …`, `– … –`, `(the "…")`), never a heading above them. */
export function refersBack(text: string): boolean {
  const trimmed = withoutEmphasis(text).trim();
  return /^[(–—-]|^(?:im\s+Folgenden|nachfolgend|nachstehend|hereinafter|als)\b|[–—-]$/iu.test(trimmed) || new RegExp(`^[${QUOTE}]`, 'u').test(trimmed);
}

const HEADING = /^([\p{L}]+(?:\s+[\p{L}]+)?)\s*(?:\(([^()]{1,40})\))?\s*(:?)$/u;

/**
 * A role heading above a party's lines: the role word alone, with an aside in brackets or a
 * colon (`Auftragsverarbeiter`, `Auftraggeber (Verantwortlicher):`, `Controller:`).
 */
export function matchRoleHeading(text: string): { role: PartyRole; label: string; colon: boolean } | null {
  const trimmed = withoutEmphasis(text).trim();
  if (trimmed.length > 80) return null;
  const match = HEADING.exec(trimmed);
  if (!match) return null;
  const role = roleOf(match[1]!) ?? (match[2] !== undefined ? roleOf(match[2]) : null);
  return role ? { role, label: match[1]!, colon: match[3] === ':' } : null;
}

/** A name line that carries its role at the end: `TrafficPlex GmbH (Auftragnehmer)`, `**[Name]** — nachfolgend „Verantwortlicher“ —`. */
export function splitTrailingRole(text: string): { name: string; role: PartyRole; label: string } | null {
  // An item of a list of the parties ends as the list goes on: `(the "Controller"); and`, `(nachfolgend „Auftragnehmer“).`
  const trimmed = text.trim().replace(/([)–—-])\s*[;,.]?\s*(?:and|und|sowie)?$/u, '$1');
  if (trimmed.length > ROLE_LINE_MAX) return null;
  const match = /^(.*?\S)\s*[(–—-]\s*((?:nachfolgend|nachstehend|im Folgenden|hereinafter)?[^()–—-]*?)\s*[)–—-]?\s*$/u.exec(trimmed);
  if (!match) return null;
  const role = matchRoleLine(match[2]!);
  return role ? { name: match[1]!, ...role } : null;
}

/** `Auftraggeber: Acme GmbH`: a role word or two before a colon, then the name. */
export function splitLeadingRole(text: string): { role: PartyRole; label: string; rest: string } | null {
  const leading = /^([\p{L} ]{1,40}?)\s*:\s*(.*)$/u.exec(withoutEmphasis(text));
  const role = leading ? roleOf(leading[1]!) : null;
  return leading && role ? { role, label: leading[1]!.trim(), rest: leading[2]!.trim() } : null;
}
