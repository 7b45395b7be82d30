/**
 * Words of carrying measures out, and of only taking note of them: a party that reviewed,
 * accepted or approved the measures (*Der Verantwortliche hat die Maßnahmen geprüft*, *The
 * Customer has reviewed the measures*) does not implement them, and its words frame nothing.
 */
import { latin, latinSource } from '../text';

/**
 * Carrying the measures out: *treffen, ergreifen, umsetzen, einhalten, aufrechterhalten,
 * gewährleisten, sicherstellen, implementieren, anwenden, durchführen*, the German nouns of
 * them, and *implement, maintain, take measures, apply, comply, adopt, ensure, establish,
 * put in place, carry out*. A separable German verb counts with its particle a few words on
 * (*setzt die Maßnahmen um*, *hält sie ein*). English nouns do not: *the costs of
 * implementation* are no one's act.
 */
export const IMPLEMENTS = new RegExp(
  latinSource('(?<![\\p{L}])(?:' +
    [
      'tr(?:i|e)ff\\p{L}*', 'getroffen\\p{L}*', 'ergr(?:ei|i)f\\p{L}*', 'umzusetzen\\p{L}*', 'umsetz\\p{L}*', 'umgesetzt\\p{L}*', 'einzuhalten\\p{L}*', 'einhalt\\p{L}*',
      'eingehalten\\p{L}*', 'aufrecht\\p{L}*', 'gew(?:ä|a)hrleist\\p{L}*', 'sicher(?:zu)?stell\\p{L}*', 'sichergestellt\\p{L}*', 'implementier\\p{L}*',
      'anzuwenden\\p{L}*', 'anwend\\p{L}*', 'angewandt\\p{L}*', 'angewendet\\p{L}*', 'durch(?:zu)?f(?:ü|u)hr\\p{L}*', 'durchgef(?:ü|u)hrt\\p{L}*',
      'unterh(?:ä|a)lt\\p{L}*', 'Umsetzung', 'Einhaltung', 'Implementierung', 'Anwendung', 'Aufrechterhaltung', 'Durchführung',
      'setz(?:t|en)\\s+(?:\\S+\\s+){0,12}?um', 'h(?:ä|a)lt(?:en)?\\s+(?:\\S+\\s+){0,12}?(?:ein|aufrecht)', 'stell(?:t|en)\\s+(?:\\S+\\s+){0,12}?sicher',
      'f(?:ü|u)hr(?:t|en)\\s+(?:\\S+\\s+){0,12}?durch', 'wende[nt]\\s+(?:\\S+\\s+){0,12}?an', 'ergreif(?:t|en)',
      'implement(?:s|ed|ing)?', 'maintain(?:s|ed|ing)?', '(?:tak(?:e|es|en|ing)|took)\\s+(?:\\S+\\s+){0,6}?(?:measures|steps|precautions|safeguards)', 'appl(?:y|ies|ied|ying)',
      'compl(?:y|ies|ied|ying)', 'adopt(?:s|ed|ing)?', 'ensur(?:e|es|ed|ing)', 'establish(?:es|ed|ing)?', 'put\\s+in\\s+place', 'carr(?:y|ies|ied)\\s+out',
    ].join('|') +
    ')(?![\\p{L}])'),
  'iu',
);

/**
 * Taking note of measures: reviewing, accepting, approving, acknowledging, finding them adequate.
 * Not *bestätigt* or *agrees*: confirming a deletion or agreeing to act are duties.
 */
export const ACKNOWLEDGES = latin(
  /(?<![\p{L}])(?:geprüft|akzeptiert|anerkannt|erkennt\s+(?:\S+\s+){0,6}?an|zur\s+Kenntnis|für\s+angemessen|als\s+angemessen|reviewed|accepted|approved|acknowledg\p{L}*|considers?|deems?)(?![\p{L}])/iu,
);

/** A text that only takes note of the measures: words of acknowledging and none of carrying out. */
export function onlyAcknowledges(text: string): boolean {
  return ACKNOWLEDGES.test(text) && !IMPLEMENTS.test(text);
}
