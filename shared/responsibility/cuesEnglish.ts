/**
 * The wording that gives a duty to a party, in English: the actor as subject of a modal
 * (*The processor shall*), of a present-tense verb in a description of measures
 * (*Cloudnest operates*, *the Processor implements them*) or of a perfect (*The Supplier has
 * implemented*); the agent of a passive (*encrypted by the Processor*); words of
 * responsibility (*is solely responsible for*, *is the responsibility of*, *lies with*, *the
 * Customer's responsibility*). A party that is only told (*the Customer will be notified*),
 * asked (*as instructed by the Controller*) or owns something (*Customer Data*) acts in none.
 */
import { PERSON_NOUNS } from './actors';
import { STATEMENT_LEAD, makeRule as makeAnyRule, needing, type CueKind, type CueRule } from './rule';

const makeRule = (kind: CueKind, source: string, option = false): CueRule => makeAnyRule(kind, source, option, 'en');

/** `be` + participle after a modal makes the subject a patient (*will be notified*), unless it is a duty or right word. */
const NOT_PASSIVE = '(?!\\s+(?:not\\s+)?be\\s+(?!responsible|liable|required|obliged|obligated|bound|entitled|permitted|allowed|able)\\p{Ll}+(?:ed|en|wn|nt|ld|ne)\\b)';
const DUTY_VERBS =
  '(?:shall|will|must|agrees?\\s+to|undertakes?\\s+to|warrants|ensures?|commits\\s+to|is\\s+(?:required|obliged|obligated|bound)\\s+to|are\\s+(?:required|obliged|obligated|bound)\\s+to|has\\s+to|have\\s+to|needs\\s+to|does\\s+not|do\\s+not)';
// *reserves the right to delete* keeps a choice for the one who reserves it: no duty.
const OPTION_VERBS = '(?:may|can|might|could|is\\s+entitled\\s+to|are\\s+entitled\\s+to|has\\s+the\\s+right|have\\s+the\\s+right|reserves?\\s+the\\s+right|is\\s+free\\s+to|is\\s+permitted\\s+to|is\\s+allowed\\s+to)';
/**
 * Present-tense verbs of a description of measures that do not make their subject act:
 * definitions, knowledge, wishes, receiving, and copulas (handled by their own rules).
 */
const NOT_ACTING =
  'is|was|has|does|means|includes|receives|gets|obtains|acknowledges|accepts|understands|needs|wishes|wants|requests|remains|seems|appears|holds|owns|bears|lies|rests|becomes|consents|agrees\\s+that|confirms\\s+that|represents';
/** Where a subject of a description can stand: the start of a statement or of the main clause after a leading condition, or after `and` or a semicolon (not inside a `where …` clause). */
const SUBJECT_PLACE = `(?:^${STATEMENT_LEAD}|(?<=;\\s)|(?<=\\band\\s)|(?<=\\bthen\\s)|(?<=^${STATEMENT_LEAD}(?:If|Where|When|Once|Unless|Upon|After|Before|In\\s+the\\s+event|In\\s+case)\\b[^,;]*,\\s))(?:[Tt]he\\s+|[Ee]ach\\s+|[Aa]ny\\s+)?`;
/** Passive participles whose agent only asks or allows (*as instructed by the Controller*). */
const ASKING = '(?:instructed|requested|directed|authori[sz]ed|approved|agreed|specified|determined|permitted|required|chosen|selected|notified|informed|provided\\s+to)';

/** `X` is a party mention as group `actor`; `P` a possessive one (`the Customer's`); `W` *we* or *you*. */
export function englishRules(X: string, P: string, W: string): CueRule[] {
  return [
    makeRule('subject', `(?:\\b[Tt]he\\s+|\\b[Ee]ach\\s+|^|(?<=[\\s,;(]))${X}\\s+(?:(?:also|further|promptly|only|itself|then)\\s+)?${DUTY_VERBS}\\b${NOT_PASSIVE}`),
    needing(['responsible', 'liable', 'required', 'oblig', 'bound'], makeRule('subject', `(?:\\b[Tt]he\\s+|\\b[Ee]ach\\s+|^|(?<=[\\s,;(]))${X}\\s+(?:shall|will|must)\\s+(?:not\\s+)?be\\s+(?:solely\\s+|fully\\s+)?(?:responsible|liable|required|obliged|obligated|bound)\\b`)),
    makeRule('subject', `(?:\\b[Tt]he\\s+|\\b[Ee]ach\\s+|^|(?<=[\\s,;(]))${X}\\s+(?:(?:also|further|only)\\s+)?(?:may|can|might|could)\\s+(?:not|never)\\b`),
    makeRule('subject', `(?:\\b[Tt]he\\s+|^|(?<=[\\s,;(]))${X}\\s+${OPTION_VERBS}\\b`, true),
    makeRule('subject', `(?:\\b[Tt]he\\s+|^|(?<=[\\s,;(]))${X}\\s+(?:shall|will)\\s+be\\s+(?:entitled|permitted|allowed|free)\\b`, true),
    // A description of measures in the present or perfect tense.
    makeRule('subject', `${SUBJECT_PLACE}${X}\\s+(?:(?:also|only|regularly|continuously|additionally|itself)\\s+)?(?!(?:${NOT_ACTING})\\b)\\p{Ll}{2,}(?:s|es)\\b(?!\\s+(?:of|to|are|is|were|was|have|has|shall|will|can|must|may|should|could|would)\\b)`),
    // *We encrypt …*, *You configure …*: the plural verb has no -s.
    makeRule('subject', `${SUBJECT_PLACE}${W}\\s+(?:(?:also|only|regularly|continuously)\\s+)?(?!(?:are|were|have|may|can|might|could|would|should|agree\\s+that|acknowledge|accept|understand|need|want|wish|request|receive|get|obtain)\\b)\\p{Ll}{2,}\\b`),
    makeRule('subject', `${SUBJECT_PLACE}${X}\\s+(?:has|have)\\s+(?:(?:also|already)\\s+)?(?!been\\b)\\p{Ll}{3,}(?:ed|en|t|wn|de|ne)\\b`),
    ...[`${P}\\s+(?:[\\p{L}-]+\\s+){0,2}?${PERSON_NOUNS}`, `${PERSON_NOUNS}\\s+of\\s+(?:the\\s+)?${X}`, `${X}\\s+${PERSON_NOUNS}`].map((people) =>
      makeRule('subject', `${SUBJECT_PLACE}${people}\\s+(?!(?:${NOT_ACTING}|are|were|have|who|that|which|of|in|at|on|with|for|to|from|by|and|or)\\b)\\p{Ll}{2,}\\b`),
    ),
    makeRule('subject', `${SUBJECT_PLACE}(?:the\\s+)?\\S+\\s+and\\s+(?:the\\s+)?${X}\\s+(?:shall|will|must|agree|undertake|are\\s+required)\\b`),
    // Words of responsibility.
    needing(['responsib'], makeRule('assignment', `(?:\\b[Tt]he\\s+|^|(?<=[\\s,;(]))${X}\\s+(?:is|are|shall\\s+be|will\\s+be|remains?|shall\\s+remain|will\\s+remain)\\s+(?:\\p{Ll}+\\s+){0,2}?responsible\\b`)),
    needing(['responsib'], makeRule('assignment', `\\b(?:is|are|shall\\s+be|will\\s+be|remains?)\\s+the\\s+(?:sole\\s+|exclusive\\s+|full\\s+)?responsibility\\s+of\\s+(?:the\\s+)?${X}`)),
    needing(['responsib', 'obligation', 'duty'], makeRule('assignment', `\\b(?:is|are|shall\\s+be|will\\s+be|remains?)\\s+(?:the\\s+)?${P}\\s+(?:sole\\s+|own\\s+|exclusive\\s+|full\\s+)?(?:responsibility|obligation|duty)\\b`)),
    needing(['with'], makeRule('assignment', `\\b(?:lies|rests|remains|lie|rest|remain|shall\\s+lie|shall\\s+rest|shall\\s+remain)\\s+(?:solely\\s+|exclusively\\s+|entirely\\s+)?with\\s+(?:the\\s+)?${X}`)),
    needing(['responsib'], makeRule('assignment', `(?:\\b[Tt]he\\s+|^|(?<=[\\s,;(]))${X}\\s+(?:bears|assumes|takes|shall\\s+bear|shall\\s+assume)\\s+(?:sole\\s+|full\\s+|the\\s+)?responsibility\\b`)),
    // Passive with agent, unless the agent only asks or allows.
    needing(['by'], makeRule('agent', `\\b(?!${ASKING}\\b)\\p{Ll}+(?:ed|en|t|wn)\\s+(?:\\p{Ll}+\\s+){0,2}?by\\s+(?:the\\s+)?${X}`)),
    needing(['art'], makeRule('parties', `\\b(?:[Tt]he|[Bb]oth|[Ee]ach)\\s+(?:[Pp]art(?:y|ies))\\s+(?:shall|will|must|agree|undertake|are\\s+required)\\b`)),
  ];
}
