/**
 * The wording of each Art. 28 GDPR item, German and English: what a contract between
 * controller and processor must say, and the words that say it. A sentence says an aspect
 * when it matches every pattern of one entry (`[topic, duty]`).
 */
import type { ItemRule } from './items';
import { latin } from '../text/latin';
import { rewriteEscapes } from '../text/rewriteEscapes';

/** A word boundary that knows umlauts: JavaScript's `\b` counts `ä` as a non-word character. */
export const BOUNDARY = '(?:(?<![\\p{L}\\p{N}])(?=[\\p{L}\\p{N}])|(?<=[\\p{L}\\p{N}])(?![\\p{L}\\p{N}]))';

/**
 * The same boundary where a letter or digit must follow: the start of a word. V8 tries the two-sided
 * `BOUNDARY` at every position of a sentence, but finds this one by the letter after it:
 * checking a 1000-clause contract took seconds with the first and takes a tenth of one with this.
 */
export const WORD_START = '(?<![\\p{L}\\p{N}])';

/** A word character of `BOUNDARY`: a letter or digit, a class of them, or `\d`. */
const WORD_CHAR = /^(?:[\p{L}\p{N}]|\\d)$/u;
const WORD_CLASS = /^\[(?:[\p{L}\p{N}]-[\p{L}\p{N}]|[\p{L}\p{N}]|\\d)+\]$/u;
const OPTIONAL = /^(?:\?|\*|\{0(?:,\d*)?\})\??/u;

/** Where the element of `source` (a character, `\d`, class or group) that starts at `at` ends, or null for another escape or the end of an alternative. */
function elementEnd(source: string, at: number): number | null {
  const char = source[at];
  if (char === undefined || char === '|' || char === ')') return null;
  if (char === '\\') return source[at + 1] === 'd' ? at + 2 : null;
  if (char !== '[' && char !== '(') return at + 1;
  let depth = 0;
  let inClass = false;
  for (let i = at; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') {
      inClass = true;
      if (char === '[') return source.indexOf(']', i + 1) + 1 || null;
    } else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i + 1;
  }
  return null;
}

/** The starts of the top-level alternatives of the group `source.slice(open, close)`. */
function alternativesOf(source: string, open: number, close: number): number[] {
  const starts = [open + (/^\(\?(?::|<[\p{L}\p{N}_]+>)/u.exec(source.slice(open))?.[0].length ?? 1)];
  let depth = 0;
  let inClass = false;
  for (let i = starts[0]!; i < close - 1; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) starts.push(i + 1);
  }
  return starts;
}

/**
 * Whether whatever the pattern matches from `at` to the end of its alternative opens with a
 * letter or digit: one of them, `\d`, a class of them, or a group whose every alternative
 * does, and past an optional one (`(?:the )?Customer`) what follows it too. Anything else
 * (another escape, a lookaround, the end of the alternative) is taken to open otherwise.
 */
function opensWithWordChar(source: string, at: number): boolean {
  const end = elementEnd(source, at);
  if (end === null) return false;
  const element = source.slice(at, end);
  let opens: boolean;
  if (element.startsWith('(')) opens = !/^\(\?(?:[=!]|<[=!])/u.test(element) && alternativesOf(source, at, end).every((start) => opensWithWordChar(source, start));
  else opens = element.startsWith('[') ? WORD_CLASS.test(element) : WORD_CHAR.test(element);
  if (!opens) return false;
  const optional = OPTIONAL.exec(source.slice(end));
  return optional ? opensWithWordChar(source, end + optional[0].length) : true;
}

/** `source` with each `\b` (outside a character class) as the Unicode boundary: `WORD_START` where a letter or digit follows, else `BOUNDARY`. */
export function unicodeBoundaries(source: string): string {
  return rewriteEscapes(source, (at, inClass) =>
    source[at + 1] === 'b' && !inClass ? { text: opensWithWordChar(source, at + 2) ? WORD_START : BOUNDARY, length: 2 } : null,
  );
}

/** Case-insensitive, Unicode, with `\b` as a Unicode word boundary; letters those of the Latin script (`latin`). */
function w(source: string): RegExp {
  return latin(new RegExp(unicodeBoundaries(source), 'iu'));
}

/** Confidentiality as one of Art. 32's security goals (*Vertraulichkeit, Integrität, Verfügbarkeit*) is not Art. 28(3)(b). */
const NOT_SECURITY_TRIAD = /^(?![\s\S]*(?:Integrität|Verfügbarkeit|integrity|availability))/iu;
const CONTROLLER = '(?:Auftraggeber|Verantwortliche|Kunde|Kundin|controller|customer|client)';

let items: readonly ItemRule[] | null = null;

/**
 * The items of the checklist. Their patterns are built when a contract is first checked, not
 * when the app loads: over a hundred of them, each with Unicode word boundaries, take a
 * tenth of a second and more to build, on the way to the window's first paint.
 */
export function checklistItems(): readonly ItemRule[] {
  items ??= buildItems();
  return items;
}

function buildItems(): readonly ItemRule[] {
  const SUB_PROCESSORS = w('\\b(?:Unterauftrag|Unterauftrags?verarbeiter|Subunternehmer|Sub-?dienstleister|weitere[nr]? Auftragsverarbeiter|sub-?processor|subcontract|another processor|other processor)');
  return [
    {
      id: 'art28-3-subject',
      article: { paragraph: 3 },
      aspects: [
        {
          id: 'subject',
          wording: [
            [w('\\bGegenstand (?:und Dauer )?(?:des Auftrags|der (?:Auftrags|Daten)?[Vv]erarbeitung|dieser Vereinbarung|der Vereinbarung|des Vertrags)(?!\\s+(?:\\S+\\s+){0,2}nicht)')],
            [w('\\bGegenstand der Verarbeitung')],
            [w('\\b(?:Beschreibung|Einzelheiten) der Verarbeitung')],
            [w('\\bsubject[- ]matter')],
            [w('\\b(?:details|description) of (?:the )?processing')],
          ],
        },
      ],
      topic: w('\\bGegenstand|\\bsubject[- ]matter|\\bdescription of (?:the )?processing'),
      duty: false,
      description: true,
    },
    {
      id: 'art28-3-duration',
      article: { paragraph: 3 },
      aspects: [
        {
          id: 'duration',
          wording: [
            [w('\\b(?:Dauer|Laufzeit)\\b')],
            [w('\\b(?:beginnt|endet|beendet|gilt) (?:\\S+ ){0,8}(?:Unterzeichnung|Beendigung|Ende|Laufzeit|Dauer|Vereinbarung|Vertrag)')],
            [w('\\bduration\\b')],
            [w('\\b(?:term of|remains? in (?:force|effect)|for as long as|until (?:the )?(?:termination|expiry|end))')],
          ],
        },
      ],
      topic: w('\\b(?:Dauer|Laufzeit|Kündigung|Beendigung|duration|term|termination)'),
      duty: false,
      description: true,
      coupling: w('\\b(?:Laufzeit|Dauer|Beendigung|Ende|Kündigung) de[rs] \\S*(?:[Vv]ertrag|Vereinbarung)|\\b(?:term|termination|expiry|duration) of the (?:\\S+ ){0,3}(?:Agreement|Contract)'),
    },
    {
      id: 'art28-3-nature',
      article: { paragraph: 3 },
      aspects: [
        {
          id: 'nature',
          wording: [
            [w('(?<!Berücksichtigung (?:der )?)\\bArt(?:,)? (?:und Zweck )?der (?:Daten)?[Vv]erarbeitung')],
            [w('\\b(?:Umfang, )?(?:die )?Art und (?:der )?Zweck')],
            [w('(?<!(?:into account|in view of|given) (?:the )?)\\bnature (?:and purposes? )?of (?:the )?(?:data )?processing|\\bnature and purposes?\\b|\\bdetails of the processing operations\\b')],
          ],
        },
      ],
      topic: w('\\bArt der|\\bnature\\b'),
      duty: false,
      description: true,
    },
    {
      id: 'art28-3-purpose',
      article: { paragraph: 3 },
      aspects: [
        {
          id: 'purpose',
          wording: [
            [w('\\bZweck(?:e|s)? (?:der|einer) (?:etwaigen )?(?:Daten)?(?:verarbeitung|Erhebung)|\\bArt und (?:der )?Zweck|\\bZweckbindung|\\bZweck der Verarbeitung|\\bZweck(?:e)?, für (?:den|die)')],
            [w('\\bpurposes? (?:of|for which) (?:the )?(?:personal data is )?process|\\bpurpose limitation|\\bpurpose\\(s\\)|\\bnature and purposes?|\\bspecific purposes?')],
          ],
        },
      ],
      topic: w('\\bZweck|\\bpurpose'),
      duty: false,
      description: true,
    },
    {
      id: 'art28-3-data-types',
      article: { paragraph: 3 },
      aspects: [
        {
          id: 'dataTypes',
          wording: [
            [w('\\b(?:Art(?:en)? der (?:personenbezogenen )?Daten|Datenarten|Daten-?Typen|Kategorien (?:personenbezogener|von) Daten|Datenkategorien|Art der Daten)')],
            [w('\\b(?:types? of (?:personal )?data|categories of (?:personal )?data|personal data categories|data categories)\\b')],
          ],
        },
      ],
      topic: w('\\bDaten-?(?:Typen|arten|kategorien)|\\bKategorien (?:personenbezogener|von) Daten|\\b(?:types|categories) of (?:personal )?data'),
      duty: false,
      description: true,
    },
    {
      id: 'art28-3-data-subjects',
      article: { paragraph: 3 },
      aspects: [
        {
          id: 'dataSubjects',
          wording: [
            [w('\\b(?:Kreis der Betroffenen|Kategorien (?:der )?betroffene[nr]? Personen|Betroffene(?:n)?(?:kategorien)?\\s*$|Kategorien von Betroffenen)')],
            [w('\\b(?:categories of data subjects|data subject categories|categories of individuals)')],
          ],
        },
      ],
      topic: w('\\bBetroffene|\\bdata subjects'),
      duty: false,
      description: true,
    },
    {
      id: 'art28-3-controller-rights',
      article: { paragraph: 3 },
      aspects: [
        {
          id: 'controllerRights',
          wording: [
            [w('\\bRechte und Pflichten des (?:Auftraggebers|Verantwortlichen)|\\bWeisungs(?:befugnis|recht)|\\bKontrollrechte')],
            [w(`\\b${CONTROLLER}\\w* (?:hat das Recht|ist berechtigt|kann (?:\\S+ ){0,6}(?:Weisungen|Überprüfungen|Inspektionen|kündigen|verlangen))`)],
            [w('\\b(?:rights and obligations|obligations and rights) of (?:the )?(?:controller|customer)')],
            [w(`\\b(?:the )?${CONTROLLER}s? (?:has the right|is entitled|shall be entitled|may (?:\\S+ ){0,3}(?:instruct|give|issue|choose|conduct|audit|object|terminate|amend))`)],
            // The right to instruct and to audit are the controller's rights in substance.
            [w(`\\bWeisung(?:en)? des ${CONTROLLER}`), w('\\b(?:nur|ausschließlich|dokumentiert)')],
            [w(`\\binstructions? (?:from|of|given by) the ${CONTROLLER}`), w('\\b(?:only|documented|solely)')],
            [w('\\b(?:audits?|inspections?)\\b'), w(`\\b(?:by|conducted by|mandated by) the ${CONTROLLER}`)],
          ],
        },
      ],
      topic: w('\\bWeisung|\\bKontroll|\\binstruct|\\baudit'),
      duty: false,
      description: false,
    },
    {
      id: 'art28-3-a',
      article: { paragraph: 3, point: 'a' },
      aspects: [
        {
          id: 'instructions',
          wording: [
            [w('\\b(?:nur|ausschließlich|lediglich) (?:\\S+ ){0,6}(?:auf|nach|im Rahmen der|entsprechend der|gemäß der?) (?:\\S+ ){0,2}Weisung'), w('\\bverarbeit|\\bDaten')],
            [w('(?<!nicht )\\bdokumentierte[nr]? Weisung')],
            [w('\\b(?:only|solely|exclusively) (?:\\S+ ){0,3}(?:on|in accordance with|upon|under) (?:the )?(?:documented |written )?instructions')],
            [w('\\bother than (?:on|in accordance with) (?:\\S+ ){0,5}(?:documented |written )?instructions')],
            [w('\\bdocumented instructions')],
          ],
        },
        {
          id: 'thirdCountries',
          wording: [[w('\\b(?:Drittland|Drittländer|Drittstaat|internationale Organisation|außerhalb (?:der EU|des EWR|der Europäischen Union)|third countr|international organi[sz]ation|outside (?:of )?the (?:EU|EEA|European))')]],
        },
      ],
      topic: w('\\bWeisung|\\binstruction|\\bDrittland|\\bthird countr'),
      duty: true,
      description: false,
    },
    {
      id: 'art28-3-a-infringing',
      article: { paragraph: 3, subparagraph: 2 },
      aspects: [
        {
          id: 'infringing',
          wording: [
            [w('\\bWeisung'), w('\\b(?:verstößt|verstoße|verstoßen|rechtswidrig|gegen (?:\\S+ ){0,4}(?:Vorschriften|DS-?GVO|Datenschutz))'), w('\\b(?:informier|unterricht|hinweis|mitteil|benachrichtig)')],
            [w('\\binstructions?'), w('\\b(?:infring|violat|breach|unlawful)'), w('\\b(?:inform|notify|tell)')],
          ],
        },
      ],
      topic: w('\\bWeisung|\\binstruction'),
      duty: true,
      description: false,
    },
    {
      id: 'art28-3-b',
      article: { paragraph: 3, point: 'b' },
      aspects: [
        {
          id: 'confidentiality',
          wording: [
            [w('\\b(?:Vertraulichkeit|Verschwiegenheit|Datengeheimnis)'), w('\\b(?:verpflicht|unterlieg|Wahrung)'), NOT_SECURITY_TRIAD],
            [w('\\b(?:confidentiality|duty of confidence|keep (?:\\S+ ){0,4}confidential)'), w('\\b(?:committed|obligations?|duty|subject to|bound)'), NOT_SECURITY_TRIAD],
          ],
        },
      ],
      topic: w('\\bVertraulich|\\bconfidential'),
      duty: true,
      description: false,
    },
    {
      id: 'art28-3-c',
      article: { paragraph: 3, point: 'c' },
      aspects: [
        {
          id: 'security',
          wording: [
            [w('\\b(?:Art(?:ikel|\\.)?\\s*32|32 DS-?GVO|lit\\.\\s*c|technische(?:n)? und organisatorische(?:n)? Maßnahmen|technical and organi[sz]ational (?:security )?measures|Article 32|security measures)'), w('\\b(?:trifft|ergreift|umzusetzen|umsetzen|herzustellen|gewährleist|implement|maintain|take|ensure|treffen|getroffen|sicherstell)')],
          ],
        },
      ],
      partial: [[w('\\b(?:technische(?:n)? und organisatorische(?:n)? Maßnahmen|Sicherheitsmaßnahmen|technical and organi[sz]ational (?:security )?measures|security measures)')]],
      topic: w('\\bSicherheit|\\bMaßnahmen|\\bsecurity|\\bmeasures'),
      duty: true,
      description: false,
    },
    {
      id: 'art28-2',
      article: { paragraph: 2 },
      aspects: [
        {
          id: 'authorisation',
          wording: [
            [SUB_PROCESSORS, w('\\b(?:Genehmigung|Zustimmung|Einwilligung|genehmigt|zugestimmt)')],
            [SUB_PROCESSORS, w('\\b(?:authori[sz]|consent|approv)')],
          ],
        },
      ],
      partial: [[SUB_PROCESSORS, w('\\b(?:Verzeichnis|Liste|list\\b|published|veröffentlich|beauftragen|engage)')]],
      topic: SUB_PROCESSORS,
      duty: true,
      description: false,
    },
    {
      id: 'art28-2-objection',
      article: { paragraph: 2 },
      aspects: [
        {
          id: 'notice',
          wording: [
            [w('\\b(?:informier|unterricht|benachrichtig|mitteil|in Kenntnis)'), w('\\b(?:Änderung|Hinzuziehung|Ersetzung|neue[nrs]? (?:Unterauftrag|Subunternehm))')],
            [w('\\b(?:inform|notify|notice|notification)'), w('\\b(?:changes?|addition|replacement|new (?:sub-?processors?|Subprocessors?)|appointment)')],
          ],
        },
        {
          id: 'objection',
          wording: [
            [w('\\b(?:Einspruch|Widerspruchsrecht|widersprechen|Einwände|Einwand|Widerspruch (?:gegen|einleg|erheb))')],
            [w('\\b(?:object|objection|objections)\\b'), w('\\b(?:changes?|sub-?processors?|Subprocessors?|appointment|replacement)')],
          ],
        },
      ],
      partial: [[SUB_PROCESSORS, w('\\b(?:aktuell halten|auf dem neuesten Stand|updating|up to date|kept current)')]],
      topic: SUB_PROCESSORS,
      duty: true,
      description: false,
    },
    {
      id: 'art28-4-flow-down',
      article: { paragraph: 4 },
      aspects: [
        {
          id: 'flowDown',
          wording: [
            [w('\\b(?:dieselben|die gleichen|gleichwertige[n]?|entsprechende[n]?) (?:\\S+ ){0,2}(?:Datenschutz)?[Pp]flichten|\\bvertraglich (?:\\S+ ){0,4}(?:auferleg|übertrag|weitergeb)|\\bPflichten (?:\\S+ ){0,6}(?:auferleg|übertrag|weitergeb)')],
            [w('\\b(?:the )?same (?:data protection )?obligations|\\bsubstantially the same|\\bno less protective|\\bequivalent (?:data protection )?obligations|\\bimpos\\w* (?:\\S+ ){0,8}obligations'), SUB_PROCESSORS],
            [w('\\bensure (?:that )?(?:each|the|any|every) (?:new )?sub-?processors? (?:will )?(?:abides?|complies|comply|is bound)')],
          ],
        },
      ],
      topic: SUB_PROCESSORS,
      duty: true,
      description: false,
    },
    {
      id: 'art28-4-liability',
      article: { paragraph: 4 },
      aspects: [
        {
          id: 'liability',
          wording: [
            [w('\\b(?:haftet|haftbar|verantwortlich|einzustehen|steht (?:\\S+ ){0,4}ein)'), SUB_PROCESSORS],
            [w('\\b(?:liable|responsible|answer for|liability)'), SUB_PROCESSORS],
          ],
        },
      ],
      topic: SUB_PROCESSORS,
      duty: true,
      description: false,
    },
    {
      id: 'art28-3-e',
      article: { paragraph: 3, point: 'e' },
      aspects: [
        {
          id: 'dataSubjectRights',
          wording: [
            [w('\\b(?:Rechte (?:der )?(?:betroffenen Person|Betroffenen)|Betroffenenrechte|Anfragen (?:von )?Betroffene|Anträge\\w* (?:\\S+ ){0,6}betroffene|Recht auf Vergessenwerden|Datenportabilität|betroffene Person sich)'), w('\\b(?:unterstütz|weiterleit|beantwort|sicherzustellen|sicherstell|Unterstützung)')],
            [w('\\b(?:data subject(?:s|s\'|s’|’s)? (?:rights|requests)|requests? (?:\\S+ ){0,4}(?:from|of) (?:the )?data subjects?|rights of (?:the )?data subjects|Data Subject Rights)'), w('\\b(?:assist|respond|notify|forward|implement|help|cooperat)')],
          ],
        },
      ],
      topic: w('\\bBetroffene|\\bdata subject|\\bUnterstützung|\\bassist'),
      duty: true,
      description: false,
    },
    {
      id: 'art28-3-f',
      article: { paragraph: 3, point: 'f' },
      aspects: [
        {
          id: 'assistance',
          wording: [
            [w('\\b(?:Art(?:ikel(?:n)?|\\.)?\\s*32 bis 36|32 bis 36|Datenschutz-Folgen\\w*|vorherige[nr]? Konsultation)')],
            [w('\\b(?:Articles? 32\\s*(?:to|-|–)\\s*36|32\\s*(?:to|-|–)\\s*36|data protection impact assessment|impact assessment|prior consultation)')],
          ],
        },
        {
          id: 'breach',
          wording: [
            [w('\\b(?:Verletzung\\w* (?:des Schutzes )?personenbezogener Daten|Datenpanne|Datenschutzverletzung|Sicherheitsvorf)'), w('\\b(?:meld|informier|unterricht|benachrichtig|mitteil)')],
            [w('\\b(?:personal data breach|data breach|security (?:incident|breach))'), w('\\b(?:notif|inform|report)')],
          ],
        },
      ],
      topic: w('\\bUnterstützung|\\bunterstütz|\\bassist|\\bVerletzung|\\bbreach'),
      duty: true,
      description: false,
    },
    {
      id: 'art28-3-g',
      article: { paragraph: 3, point: 'g' },
      aspects: [
        {
          id: 'deletion',
          wording: [
            [w('\\b(?:lösch|Löschung|vernicht|zurückzugeben|zurückgeben|Rückgabe|herauszugeben|herausgeben|gibt (?:\\S+ ){0,6}heraus|aushändig)'), w('\\b(?:Beendigung|Ende|Abschluss|nach Wahl|Vertragsende)')],
            [w('\\b(?:delete|deletion|return|erase|erasure|destroy)'), w('\\b(?:termination|end of|expiry|completion|choice of the)')],
          ],
        },
      ],
      topic: w('\\bLösch|\\blösch|\\bRückgabe|\\bdelet|\\breturn'),
      duty: true,
      description: false,
    },
    {
      id: 'art28-3-h',
      article: { paragraph: 3, point: 'h' },
      aspects: [
        {
          id: 'information',
          wording: [
            [w('\\b(?:Informationen|Auskünfte|Nachweis|nachzuweisen|nachweisen)'), w('\\b(?:Einhaltung|Pflichten|erforderlich|Maßnahmen)')],
            [w('\\b(?:information|demonstrate)'), w('\\b(?:compliance|necessary|obligations)')],
          ],
        },
        {
          id: 'audits',
          wording: [
            [w('\\b(?:Überprüfung|Inspektion|Kontrollen|Kontrollrecht|Audit|Prüfer|Stichprobenkontroll|vor-Ort-Kontroll)')],
            [w('\\b(?:audits?|inspections?)\\b')],
          ],
        },
      ],
      topic: w('\\bKontroll|\\bÜberprüf|\\bPrüf|\\bAudit|\\binspect|\\bNachweis'),
      duty: true,
      description: false,
    },
    {
      id: 'art28-9',
      article: { paragraph: 9 },
      aspects: [
        {
          id: 'writtenForm',
          wording: [
            [w('\\b(?:Schriftform|Textform|schriftlich|elektronischen (?:Format|Form)|elektronischer Form)'), w('\\b(?:(?:diese[rs]?|der|des) (?:Vereinbarung|Vertrag\\w*|Klauseln)|Nebenabrede)')],
            [w('\\b(?:in writing|written form|electronic form|electronic format)'), w('\\b(?:(?:this|the) (?:Agreement|Addendum|DPA|contract|Clauses)|amendments? to (?:it|this))')],
          ],
        },
      ],
      partial: [[w('\\b(?:Textform|Schriftform|schriftlich|in writing)')]],
      topic: w('\\bSchriftform|\\bTextform|\\bwriting|\\bwritten'),
      duty: false,
      description: false,
    },
  ];
}
