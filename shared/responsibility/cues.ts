/**
 * The wording that gives a duty to a party, in German. Each rule finds the actor in a
 * grammatical role that makes it the one who acts: subject of a finite verb (before it, or
 * right after it when something else opens the sentence: *Für die Sicherung sorgt der
 * Kunde*), agent of a passive or a participle (*vom Auftraggeber vergeben*, *vom Kunden
 * gewählten*), or the one a duty is assigned to (*obliegt dem Auftraggeber*, *liegt beim
 * Kunden*). Owners (*Schlüssel des Auftraggebers*), beneficiaries (*für den Auftraggeber*)
 * and recipients (*dem Auftraggeber mitteilen*) match no rule. English rules are in
 * `cuesEnglish.ts`.
 */
import type { ResponsibilityCue } from '../contract';
import { PERSON_NOUNS, type MentionSources } from './actors';
import { englishRules } from './cuesEnglish';
import { latin, latinSource } from '../text';
import { STATEMENT_LEAD, fixedRule, makeRule, needing, requiring, type CueRule } from './rule';

/** A cue found in a sentence: who it names, by which kind of rule. */
export interface Found {
  readonly cue: ResponsibilityCue;
  readonly kind: CueRule['kind'];
  readonly option: boolean;
  /** Where the actor's name starts: one mention is one cue. */
  readonly mention: number;
}

export type { CueKind, CueRule } from './rule';

const OPTION_VERBS = 'kann|können|darf|dürfen';
const ADVERBS =
  'ihn|ihm|ihr|sie|es|sich|zusätzlich|jedoch|auch|dabei|dann|insbesondere|zudem|ferner|hierbei|hierfür|dafür|ebenfalls|stets|jederzeit|unverzüglich|selbst|allein|ausschließlich|grundsätzlich|regelmäßig|weiterhin|außerdem';
const ARTICLE = '(?:[Dd]er|[Dd]ie)\\s+(?:jeweilige\\s+|betroffene\\s+)?';
/** Words before *der/die X* that end like a finite verb (-t, -en) but are not one. */
const NOT_VERBS =
  'denen|deren|einen|keinen|allen|diesen|jenen|solchen|welchen|ihren|seinen|unseren|anderen|damit|nicht|selbst|erst|jetzt|sonst|meist|längst|zuletzt|zunächst|zuerst|soweit|insoweit|seit|bereits|bisher|zugunsten|zulasten|wegen|binnen|oben|unten|hinten|eben|neben|daneben|gegen|entgegen|hingegen|dagegen|zwischen|außen|innen|ungeachtet|unbeschadet|samt|nebst|halt|bestimmten|genannten|jeweiligen|betreffenden|vereinbarten|bestellten|sowohl|vom|beim|zum|zur|Recht';
/** Verbs whose subject receives rather than acts (*Der Kunde erhält …*). */
export const RECEIVING_VERBS_DE = 'erhält|erhalten|bekommt|bekommen|empfängt|empfangen';

/**
 * The German rules and those of any language, over a text whose party mentions are masked
 * (`maskMentions`); `mentions` are the masked mentions' patterns. The English ones are
 * `englishCueRules`, apart: they cost most of the rules' building, which a German contract
 * need not pay.
 */
export function cueRules(mentions: MentionSources): CueRule[] {
  const X = `(?<actor>${mentions.any})`;
  const statementStart = `^${STATEMENT_LEAD}`;
  // Every subject after its verb stands with its article: far cheaper to find than the verb before it.
  const articleMention = new RegExp(`${ARTICLE}${mentions.any}`, 'u');
  return [
    // Assignment words.
    needing(['obliegt'], makeRule('assignment', `\\bobliegt\\s+(?:allein\\s+|ausschließlich\\s+|vollständig\\s+|insoweit\\s+|hierbei\\s+)?(?:dem|der)\\s+${X}`)),
    needing(['oblieg'], makeRule('assignment', `${statementStart}(?:[Dd]em|[Dd]er)\\s+${X}\\s+(?:obliegt|obliegen)\\b`)),
    needing(['Verantwortung'], makeRule('assignment', `\\b(?:in\\s+(?:der|die)\\s+(?:alleinigen?\\s+|vollen?\\s+)?Verantwortung|im\\s+(?:alleinigen\\s+)?Verantwortungsbereich|in\\s+den\\s+(?:alleinigen\\s+)?Verantwortungsbereich)\\s+(?:des|der)\\s+${X}`)),
    needing(['verantworten'], makeRule('assignment', `\\b(?:vom|von\\s+(?:dem|der)|durch\\s+(?:den|die))\\s+${X}\\s+(?:\\S+\\s+){0,3}?zu\\s+verantworten\\b`)),
    needing(['verantwortlich', 'zuständig'], makeRule('assignment', `\\b(?:ist|sind|bleibt|bleiben)\\s+(?:allein\\s+|ausschließlich\\s+|selbst\\s+)?(?:der|die)\\s+${X}\\s+(?:[^.;]{0,160}?\\s)?(?:verantwortlich|zuständig)\\b`)),
    needing(['verantwortlich', 'zuständig'], makeRule('assignment', `${ARTICLE}${X}\\s+(?:ist|sind|bleibt|bleiben)\\s+(?:[^.;]{0,160}?\\s)?(?:verantwortlich|zuständig)\\b`)),
    needing(['liegt'], makeRule('assignment', `\\bliegt\\s+(?:allein\\s+|ausschließlich\\s+|vollständig\\s+)?(?:beim|bei\\s+(?:dem|der))\\s+${X}`)),
    needing(['lieg'], makeRule('assignment', `${statementStart}(?:Beim|Bei\\s+(?:dem|der))\\s+${X}\\s+(?:liegt|liegen)\\b`)),
    needing(['Sache', 'Aufgabe', 'Pflicht', 'Obliegenheit'], makeRule('assignment', `\\b(?:ist|sind|bleibt|bleiben)\\s+(?:allein\\s+|ausschließlich\\s+)?(?:Sache|Aufgabe|Pflicht|Obliegenheit)\\s+(?:des|der)\\s+${X}`)),
    needing(['Sache', 'Aufgabe', 'Pflicht', 'Obliegenheit'], makeRule('assignment', `${statementStart}(?:Sache|Aufgabe|Pflicht|Obliegenheit)\\s+(?:des|der)\\s+${X}\\s+(?:ist|bleibt)\\b`)),
    needing(['seit'], fixedRule('customer', `\\b(?:auftraggeber|kunden|verantwortlichen)seit(?:ig\\p{Ll}*|s)\\b`)),
    needing(['seit'], fixedRule('provider', `\\b(?:auftragnehmer|anbieter|auftragsverarbeiter|dienstleister)seit(?:ig\\p{Ll}*|s)\\b`)),
    // Passive with agent, participles (*vom Auftraggeber gewählten*), gerundives (*vom Kunden zu vergebendes*).
    needing(['vom', 'von', 'durch', 'seitens'], makeRule('agent', `\\b(?:vom|von\\s+(?:dem|der)|durch\\s+(?:den|die)|seitens\\s+(?:des|der))\\s+(?:\\p{Ll}+\\s+)?${X}`)),
    // Subject at the start of a statement, with or without its article, or its people (*Die Mitarbeiter des Auftragnehmers*).
    // The party that opens a statement, before a lower-case word: the same in both languages (*Customer and Supplier will*).
    makeRule('subject', `${statementStart}(?:(?:Auch|Zudem|Ferner|Außerdem|Weiterhin|Insbesondere|Jedoch|Allein|Nur)\\s+)?(?:${ARTICLE})?${X}(?=\\s+(?:\\p{Ll}|[„"]))`, false, 'any'),
    makeRule('subject', `${statementStart}(?:(?:Die|Der|Alle|Nur)\\s+)?${PERSON_NOUNS}\\s+(?:des|der)\\s+${X}(?=\\s+\\p{Ll})`),
    makeRule('subject', `${statementStart}(?:${ARTICLE})?\\S+\\s+(?:und|sowie)\\s+(?:${ARTICLE})?${X}(?=\\s+\\p{Ll})`),
    // Subject after the finite verb (*Für X sorgt der Kunde*, *Rollen vergibt der Kunde*).
    requiring(articleMention, makeRule('inverted', `(?<![\\p{L}-])(?!(?:${NOT_VERBS})\\b)(?:wird|muss|soll|sollen|müssen|\\p{Ll}{2,}(?:t|en))\\s+(?:(?:${ADVERBS})\\s+){0,2}${ARTICLE}${X}`)),
    needing(['kann', 'können', 'darf', 'dürfen'], requiring(articleMention, makeRule('inverted', `(?<![\\p{L}-])(?:${OPTION_VERBS})\\s+(?:(?:${ADVERBS})\\s+){0,2}${ARTICLE}${X}`, true))),
    // *behält sich vor, … zu löschen* keeps a choice, as *kann* does.
    makeRule('subject', `${statementStart}(?:${ARTICLE})?${X}\\s+(?:${OPTION_VERBS}|ist\\s+berechtigt|sind\\s+berechtigt|ist\\s+befugt|hat\\s+das\\s+Recht|haben\\s+das\\s+Recht|behält\\s+sich|behalten\\s+sich)\\b`, true),
    // Both parties as the subject, unless they only agree or declare (*Die Parteien vereinbaren als Gerichtsstand …*).
    needing(['arteien'], makeRule('parties', `${statementStart}(?:Die|Beide)\\s+(?:Vertrags)?[Pp]arteien\\s+(?!(?:vereinbaren|erklären|sind\\s+sich|schließen|bestätigen)\\b)(?=\\p{Ll})`)),
    needing(['artei'], makeRule('parties', `\\b(?:[Jj]ede\\s+(?:Vertrags)?[Pp]artei|[Bb]eide\\s+(?:Vertrags)?[Pp]arteien|[Dd]ie\\s+(?:Vertrags)?[Pp]arteien)\\s+(?:werden|haben|sind|verpflichten|arbeiten|müssen|stellen|tragen|legen|stimmen|benennen|informieren|unterrichten|halten|treffen|vereinbaren|wirken)\\b`)),
  ];
}

/** The English rules over the same masked text (`cueRules`), tried after the German ones. */
export function englishCueRules(mentions: MentionSources): CueRule[] {
  return englishRules(`(?<actor>${mentions.any})`, `(?<actor>${mentions.possessive})`, `(?<actor>${mentions.weYou})`);
}

/**
 * Words that turn a statement into an option rather than a duty (*sofern vereinbart*, *auf
 * Wunsch*), but not someone's wish (*auf Wunsch des Kunden*: a letter of the Latin script,
 * `latin`'s `\p{L}`, after the article). Case-insensitive without the `u` flag, which nothing
 * here needs: V8 matches `\b` under `iu` ten to twenty times slower than under `i` alone
 * (a statement took 30 µs). The tests hold it to the same pattern written with `\p{L}` and `iu`.
 */
export const OPTION_WORDS =
  /(?:\bauf\s+Wunsch(?!\s+(?:des|der)\s+[a-z\u00aa\u00b5\u00ba\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e9e\ufb00-\ufb06])|\b(?:sofern|soweit|falls|wenn)\s+(?:dies\s+)?(?:gesondert\s+|ausdrücklich\s+)?(?:vereinbart|gewünscht|beauftragt|gebucht)|\bnach\s+Wahl\s+des\s+Auftragnehmers|\bwahlweise|\boptional|\bsteht\s+es\s+(?:\S+\s+){0,3}frei|\b(?:if|where|when|unless\s+otherwise)\s+agreed|\bupon\s+agreement|\bat\s+its\s+(?:sole\s+)?(?:option|discretion)|\bif\s+(?:so\s+)?(?:ordered|purchased|subscribed)|\boptionally)\b/i;

/** Each wording of `OPTION_WORDS` holds one of these stems, in lower case: a cheap test before the regex. */
const OPTION_STEMS = ['wunsch', 'vereinbart', 'gewünscht', 'beauftragt', 'gebucht', 'wahl', 'option', 'frei', 'agree', 'discretion', 'ordered', 'purchased', 'subscribed'];

/** Whether `text` has words that make it an option (`OPTION_WORDS`). */
export function hasOptionWords(text: string): boolean {
  return mayHaveOptionWords(text) && OPTION_WORDS.test(text);
}

/** Any stem, in any case: one search, where lower-casing the text and looking for each stem took three times as long. */
const OPTION_STEM = new RegExp(OPTION_STEMS.join('|'), 'i');

/**
 * Whether `text` holds a stem of `OPTION_WORDS`: when a whole clause holds none, none of
 * its statements has option words, and the test need not be made statement by statement.
 */
export function mayHaveOptionWords(text: string): boolean {
  return OPTION_STEM.test(text);
}

/** Modal verbs of possibility; in a statement without an actor they describe, not oblige. */
export const MODAL_OPTION = /\b(?:kann|können|darf|dürfen|may|can|could|might)\b/u;

/**
 * A modal that names no actor and says what the measure makes possible or rules out, not
 * what someone may choose: a passive of *können* or *can* (*Änderungen können nachvollzogen
 * werden*, *backups can be restored*; one of *dürfen* or *may* only permits), or a
 * restriction (*Daten dürfen nur verschlüsselt übertragen werden*, *users cannot see other
 * tenants' data*). Such a statement is a measure of whoever the frame names.
 */
export const MODAL_CAPABILITY = latin(
  /\b(?:kann|können)\b(?:\s+\S+){0,12}?\s+\p{Ll}+(?:t|en)\s+werden\b|\b(?:can|could)\s+(?:only\s+|not\s+|never\s+)?be\s+\p{Ll}+(?:ed|en|wn|t)\b|\b(?:nur|ausschließlich|nicht|keine[nmrs]?|only|not|never)\b|\bcannot\b/u,
);

/** A prohibition is a duty (*darf nicht*, *may not*). */
export const PROHIBITION = /\b(?:nicht|nur|ausschließlich|keine[nmrs]?|not|only|never)\b|\bcannot\b/u;

/** A statement that opens with a condition (*Sofern …*, *If …*): its own subject is not a duty holder. */
export const CONDITION_START = new RegExp(latinSource(`^${STATEMENT_LEAD}(?:Sofern|Soweit|Falls|Wenn|Insofern|Insoweit|Sobald|Nachdem|If|Where|Unless|In\\s+(?:case|the\\s+event)|Should|Once|When)\\b`), 'u');

/** A verb-first conditional (*Übermittelt der Kunde … , hat er …*, *Wird eine Störung erkannt, …*). */
export const VERB_FIRST_CONDITION = new RegExp(
  latinSource(`^${STATEMENT_LEAD}(?:(?!\\p{Lu}\\p{Ll}*(?:heit|keit|tät|schaft|ment|tritt|richt|arbeit|zeit|dienst|kraft|punkt|recht|macht|nacht|fahrt|kunft|vertrag)\\s)\\p{Lu}\\p{Ll}+t|Wird|Werden|Hat|Ist)\\s+(?:der|die|das|ein|eine)\\s+`),
  'u',
);
