/**
 * The grammar several items' wording shares: words said together (`together`), a description's
 * name as what a statement is about rather than a circumstance of it, the parties
 * and sub-processors as the contracts name them, and what makes the written form of Art. 28(9)
 * the form of the contract or of its instructions rather than the manner of another act.
 */
import { checklistPattern as w } from './boundaries';
import type { Together } from './items';

/**
 * How many other words may stand between words said together: a thing and what is said of it
 * (*Änderungen und Ergänzungen dieses Vertrages und aller seiner Bestandteile … bedürfen einer
 * schriftlichen Vereinbarung*), not two ends of a long sentence.
 */
export const REACH = 20;

/**
 * Patterns said of one another: within one statement of the sentence and `reach` words, where
 * `unless` is not said. They are made global here, once: every match in a statement is weighed,
 * and a global copy made later would be compiled a second time on the first check.
 */
export function together(patterns: readonly RegExp[], options: { readonly reach?: number; readonly unless?: RegExp } = {}): Together {
  const global = patterns.map(globalOf);
  const screen = [...global].sort((a, b) => a.source.length - b.source.length);
  return { together: global, screen, reach: options.reach ?? REACH, unless: options.unless ?? null };
}

/** One global copy of each pattern, however many entries say it together with others (the sub-processors, the persons). */
const globals = new WeakMap<RegExp, RegExp>();

function globalOf(pattern: RegExp): RegExp {
  if (pattern.global) return pattern;
  let copy = globals.get(pattern);
  if (!copy) {
    copy = new RegExp(pattern.source, `${pattern.flags}g`);
    globals.set(pattern, copy);
  }
  return copy;
}

/**
 * The words just before a description's name (*Art der Verarbeitung*, *nature of the processing*)
 * that make it a circumstance of another statement (*je nach Art der Daten*, *depending on the
 * nature of the processing*, *Streitigkeiten über den Gegenstand dieser Vereinbarung*), which
 * says nothing of what this processing is.
 */
const CIRCUMSTANCE =
  '\\b(?:über|je nach|abhängig von|unabhängig von|Berücksichtigung(?: von)?|in Anbetracht|angesichts|aufgrund|wegen|depending on|dependent on|regardless of|irrespective of|into account|having regard to|in view of|in light of|given|arising (?:out of|from|under)|relating to|concerning|about|over)\\s+(?:[^\\s;:,.]+\\s+){0,3}$';

let circumstance: RegExp | null = null;

/** Whether the words of `sentence` before `at` make what stands at `at` a circumstance of something else. */
export function isCircumstanceAt(sentence: string, at: number): boolean {
  circumstance ??= w(CIRCUMSTANCE);
  return circumstance.test(sentence.slice(Math.max(0, at - 80), at));
}

export const CONTROLLER = '(?:Auftraggeber|Verantwortliche|Kunde|Kundin|controller|customer|client)';

export const SUB_PROCESSORS =
  '\\b(?:Unterauftrag|Unterauftrags?verarbeiter|Subunternehmer|Sub-?dienstleister|weitere[nr]? Auftragsverarbeiter|sub-?processor|subcontract|another processor|other processor)';

/** Where a word ends: cheaper than a two-sided `\\b` in the dozens of places the written form's wording needs it. */
const WORD_END = '(?![\\p{L}\\p{N}])';

/**
 * What Art. 28(9) wants in writing: the contract, its amendments and side agreements, and the
 * instructions given under it, each as the thing the statement is about. A contract named in
 * the genitive or the dative (*Kündigung dieses Vertrags*, *Mitteilungen nach diesem Vertrag*)
 * or after a preposition (*termination of this DPA*) is an attribute of some other thing, and
 * amendments of something else (*Änderungen an den Unterauftragnehmern*) are not the contract's.
 */
const CONTRACT_PARTS = '(?:Vertrag(?:e)?s|Vertrag|Vereinbarung|AVV|Anlage|Anh(?:a|ä)ng(?:e)?s|Anhang|Klauseln)';
const WRITTEN_THING_DE =
  '\\b(?:(?:Änderung|Ergänzung|Abänderung|Aufhebung)(?:en)?(?: (?:und|oder|sowie) (?:Änderung|Ergänzung|Aufhebung)(?:en)?)?' +
  `(?: (?:dieses|des|dieser|der|zu diesem|zu dieser|an diesem|an dieser) (?:\\S+ )?${CONTRACT_PARTS}${WORD_END}` +
  `|(?! (?:an|der|des|dieser|dieses|bei|in|im|zu|zur|zum|von|vom|am|über|hinsichtlich|bezüglich)${WORD_END}))` +
  '|(?:Vertragsänderung|Nebenabrede|Zusatzvereinbarung)(?:en)?' +
  `|(?:die|diese|eine) (?:\\S+ )?(?:Vereinbarung|Auftragsverarbeitungsvereinbarung)${WORD_END}` +
  `|(?:der|dieser|den|diesen|ein|einen) (?:\\S+ )?(?:Vertrag|AVV|Auftragsverarbeitungsvertrag)${WORD_END}` +
  '|(?:Einzel)?[Ww]eisung(?:en)?(?<!(?:^|\\s)(?:der|den|dem|einer|dieser|diesen|zu|von|mit|aus|nach|gemäß|gegen|über|bei|in|an|auf|für|unter)\\s\\S+))';
const WRITTEN_THING_EN =
  '\\b(?:(?:amendments?|modifications?|variations?|changes?|supplements?)' +
  `(?: (?:to|of) (?:this|the) (?:\\S+ ){0,2}(?:Agreement|DPA|Addendum|Clauses|contract|Annex\\w*)${WORD_END}|(?= (?:to it|hereto|thereto)${WORD_END}))` +
  // Amendments alone, as the sentence's own subject (*Any amendment must be …*), not the changes of something named before them.
  `|(?:amendments?|modifications?|variations?)(?<=(?:(?:^|[;:|])\\s*|(?:^|\\s)(?:any|all|no|such|each|every)\\s)\\S+)(?= (?:must|shall|will|may|need|are|is|require|in writing)${WORD_END})` +
  '|side agreements?' +
  `|(?:this|the)(?<!(?:^|\\s)(?:of|under|to|with|against|by|from|about|pursuant to|in accordance with|in|for|upon|on)\\s\\S+) (?:\\S+ )?(?:Agreement|DPA|Addendum|contract)${WORD_END}` +
  `|instructions?${WORD_END}(?<!(?:^|\\s)(?:of|to|about|from|regarding|concerning)\\s(?:\\S+\\s)?\\S+))`;
const WRITTEN_FORM_DE = '\\b(?:Schriftform|Textform|schriftlich\\w*|elektronische[nr]? (?:Format|Form)|elektronischem Format)';
/** *written* as the form of the contract or the instructions, not of a notice, a request or a consent. */
const WRITTEN_FORM_EN = `\\b(?:in writing|in written form|written (?:form|agreement|amendment|instrument|contract|instructions?)|electronic form|electronic format)${WORD_END}`;
/**
 * A statement where the written form is the manner of another act: notifying, objecting,
 * consenting, requesting or terminating in writing (*die Löschung schriftlich bestätigen* has no
 * contract to be the form of; *schriftlich widersprechen* is an objection's form).
 */
const MANNER_OF_ANOTHER_ACT =
  '\\b(?:mitteil|mitzuteil|mitgeteilt|teilt|teilen|informier|unterricht|benachrichtig|anzeig|anzuzeig|angezeigt|meld|widersprech|widerspricht|widersprochen|zustimmen|stimmt|zugestimmt|beantrag|anforder|angefordert|kündig|weiterleit|weiterzuleit|weitergeleitet|beantwort|notif|inform(?!ation)|tell|object(?:s|ed|ing|ions?)?\\b|consent(?! of both)|approv|request|certif|respond|repl(?:y|ies)|forward|report|terminat|advis(?:e|es|ed|ing)\\b)';

export function writtenForm(): readonly Together[] {
  const unless = w(MANNER_OF_ANOTHER_ACT);
  return [together([w(WRITTEN_THING_DE), w(WRITTEN_FORM_DE)], { reach: 12, unless }), together([w(WRITTEN_THING_EN), w(WRITTEN_FORM_EN)], { reach: 12, unless })];
}
