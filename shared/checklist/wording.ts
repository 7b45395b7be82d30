/**
 * The wording of each Art. 28 GDPR item, German and English: what a contract between
 * controller and processor must say, and the words that say it. A sentence says an aspect
 * when it says every term of one entry (`[topic, duty]`); terms said `together` must stand in
 * one statement of it, close to each other (`grammar.ts`), so that a word of an item's
 * vocabulary in a sentence about something else does not count.
 */
import type { ItemRule } from './items';
import { checklistPattern as w } from './boundaries';
import { CONTROLLER, SUB_PROCESSORS, together, writtenForm } from './grammar';

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
  const SUB = w(SUB_PROCESSORS);
  /** Confidentiality as one of Art. 32's security goals (*Vertraulichkeit, Integrität, Verfügbarkeit*) is not Art. 28(3)(b). */
  const SECURITY_TRIAD = w('\\b(?:Integrität|Verfügbarkeit|integrity|availability)');
  /** Who Art. 28(3)(b) binds to confidentiality: the persons who process, not the parties or an auditor's report. */
  const PERSONS = w('\\b(?:Personen|Person|Beschäftigte\\w*|Mitarbeiter\\w*|Personal(?!\\s+data)|Angestellte\\w*|Erfüllungsgehilfen|persons?|personnel|employees?|staff|individuals?)\\b');
  /** An impact assessment or a prior consultation (Art. 35, 36 GDPR), and the processor's help with it. */
  const DPIA = w('\\b(?:Datenschutz-Folge\\w*|Folgen?abschätzung\\w*|vorherige[nr]? Konsultation\\w*|data protection impact assessments?|impact assessments?|prior consultations?)');
  const SUPPORT = w('\\b(?:unterstütz|Unterstützung|mitwirk|Mitwirkung|zur Verfügung|Informationen|Hilfe|assist|support|cooperat|help|provid|information)');
  /** What a duration is the duration of: the processing, this contract, the main contract, the service. */
  const DURATION_OF = w('\\b(?:Verarbeitung|verarbeit\\w*|Auftrag\\w*|AVV|Nutzung\\w*|Leistung\\w*|Dienst\\w*|Abonnement\\w*|processing|process\\w*|Agreement|DPA|Addendum|contract|services?|subscription)|(?:vertrag|vereinbarung)\\w*\\b');
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
            // A duration of something else (*Dauer der Aufbewahrung*, *retained for a duration of 30 days*) is not the processing's.
            [together([w('\\b(?:Dauer|Laufzeit|duration)\\b'), DURATION_OF], { reach: 8 })],
            [w('^\\s*(?:\\S+\\s+)?(?:Dauer|Laufzeit|Duration)\\s*:?\\s*$')],
            // The contract's own beginning and end, said of the contract, not of a duty that survives it.
            [together([w('\\b(?:Vereinbarung|Vertrag|AVV|Verarbeitung|Auftrag)\\w* (?:\\S+ ){0,3}(?:beginnt|endet|gilt|läuft|tritt)\\b'), w('\\b(?:Unterzeichnung|Beendigung|Ende|Laufzeit|Dauer|Kraft|unbestimmte Zeit|Kündigung)')])],
            [w('\\bbeendet (?:\\S+ ){0,3}(?:diese|die|den|diesen) (?:Vereinbarung|Vertrag|AVV)')],
            [w('\\bterm of (?:the |this )?(?:\\S+ ){0,3}(?:Agreement|DPA|Addendum|contract|services?|subscription)')],
            [w('\\b(?:this|the) (?:DPA|Agreement|Addendum|contract|Clauses)\\b (?:[^\\s,;]+ ){0,6}(?:remains?|continues?|shall remain|will remain|will continue|is effective|shall apply|applies)\\b')],
            [together([w('\\b(?:for as long as|until (?:the )?(?:termination|expiry|end))'), w('\\bprocess|\\b(?:this|the) (?:DPA|Agreement|Addendum)')])],
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
            [w('\\bArt(?:,)? (?:und Zweck )?der (?:Daten)?[Vv]erarbeitung')],
            [w('\\b(?:Umfang, )?(?:die )?Art und (?:der )?Zweck')],
            [w('\\bnature (?:and purposes? )?of (?:the )?(?:data )?processing|\\bnature and purposes?\\b|\\bdetails of the processing operations\\b')],
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
            [w('\\bZweck(?:e|s)? (?:der|einer) (?:etwaigen )?(?:Daten)?(?:verarbeitung|Erhebung)|\\bArt und (?:der )?Zweck|\\bZweckbindung|\\bZweck(?:e)?, für (?:den|die)')],
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
            [w('\\b(?:Art(?:en)? der (?:personenbezogenen )?Daten|Datenarten|Daten-?Typen|Kategorien (?:personenbezogener|von) Daten|Datenkategorien)')],
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
            [w('\\b(?:Kreis der Betroffenen|Kategorien (?:der )?betroffene[nr]? Personen|Kategorien von Betroffenen)')],
            // *Betroffene* alone names the category only as a form's label, not at the end of any sentence.
            [w('^\\s*(?:\\S+\\s+){0,2}Betroffene(?:n)?(?:kategorien)?\\s*:?\\s*$')],
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
            // The supervisory authority's powers of inspection (*Kontrollrechte der Aufsichtsbehörde*) are not the controller's.
            [w(`\\bRechte und Pflichten des (?:Auftraggebers|Verantwortlichen)|\\bWeisungs(?:befugnis|recht)|\\bKontrollrechte(?! (?:der|des|von) (?!${CONTROLLER}))`)],
            [w(`\\b${CONTROLLER}\\w* (?:hat das Recht|ist berechtigt|kann (?:\\S+ ){0,6}(?:Weisungen|Überprüfungen|Inspektionen|kündigen|verlangen))`)],
            [w('\\b(?:rights and obligations|obligations and rights) of (?:the )?(?:controller|customer)')],
            [w(`\\b(?:the )?${CONTROLLER}s? (?:has the right|is entitled|shall be entitled|may (?:\\S+ ){0,3}(?:instruct|give|issue|choose|conduct|audit|object|terminate|amend))`)],
            // The right to instruct and to audit are the controller's rights in substance.
            [together([w(`\\bWeisung(?:en)? des ${CONTROLLER}`), w('\\b(?:nur|ausschließlich|dokumentiert)')])],
            [together([w(`\\binstructions? (?:from|of|given by) the ${CONTROLLER}`), w('\\b(?:only|documented|solely)')])],
            [together([w('\\b(?:audits?|inspections?)\\b'), w(`\\b(?:by|conducted by|mandated by) the ${CONTROLLER}`)])],
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
            [together([w('\\b(?:nur|ausschließlich|lediglich) (?:\\S+ ){0,6}(?:auf|nach|im Rahmen der|entsprechend der|gemäß der?) (?:\\S+ ){0,2}Weisung'), w('\\bverarbeit|\\bDaten')])],
            // Documented instructions as what the processing rests on, not as papers someone keeps.
            [w('\\b(?:auf|nach|gemäß|gemäss|entsprechend|aufgrund|Grundlage) (?:der |einer |den |von )?(?:\\S+ ){0,2}(?<!nicht )dokumentierte[nr]? Weisung')],
            [w('\\b(?:only|solely|exclusively) (?:\\S+ ){0,3}(?:on|in accordance with|upon|under) (?:the )?(?:documented |written )?instructions')],
            [w('\\bother than (?:on|in accordance with) (?:\\S+ ){0,5}(?:documented |written )?instructions')],
            [w('\\b(?:on|upon|in accordance with|under|pursuant to|following|per|consistent with|basis of) (?:\\S+ ){0,4}documented instructions')],
          ],
        },
        {
          id: 'thirdCountries',
          // A third country where data goes, not one where a customer sits.
          wording: [
            [
              together([
                w('\\b(?:Drittland|Drittländer|Drittstaat|internationale Organisation|außerhalb (?:der EU|des EWR|der Europäischen Union|des Europäischen Wirtschaftsraums)|third countr|international organi[sz]ation|outside (?:of )?the (?:EU|EEA|European|UK))'),
                w('(?:verarbeit|übermitt|übertrag|transfer|speicher|zugreif|zugriff|zugegriffen|export|verlager|process|stored?\\b|storage|hosted|hosting|access)'),
              ]),
            ],
            [w('\\bDrittland(?:transfer|übermittlung)')],
          ],
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
            // The instruction is what infringes; telling the controller may stand in the main clause.
            [together([w('\\bWeisung'), w('\\b(?:verstößt|verstoße|verstoßen|rechtswidrig|gegen (?:\\S+ ){0,4}(?:Vorschriften|DS-?GVO|Datenschutz))')], { reach: 25 }), w('\\b(?:informier|unterricht|hinweis|mitteil|benachrichtig)')],
            [together([w('\\binstructions?'), w('\\b(?:infring|violat|breach|unlawful)')], { reach: 25 }), w('\\b(?:inform|notify|tell)')],
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
            [together([w('\\b(?:Vertraulichkeit|Verschwiegenheit|Datengeheimnis)'), w('\\b(?:verpflicht|unterlieg|Wahrung)'), PERSONS], { unless: SECURITY_TRIAD })],
            [together([w('\\b(?:confidentiality|confidential|duty of confidence)'), w('\\b(?:committed|obligations?|duty|subject to|bound|keep)'), PERSONS], { unless: SECURITY_TRIAD })],
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
            [
              together([
                w('\\b(?:Art(?:ikel|\\.)?\\s*32|32 DS-?GVO|lit\\.\\s*c|technische(?:n)? und organisatorische(?:n)? Maßnahmen|technical and organi[sz]ational (?:security )?measures|Article 32|security measures)'),
                w('\\b(?:trifft|ergreift|umzusetzen|umsetzen|herzustellen|gewährleist|implement|maintain|take|ensure|treffen|getroffen|sicherstell)'),
              ]),
            ],
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
            [together([SUB, w('\\b(?:Genehmigung|Zustimmung|Einwilligung|genehmigt|zugestimmt)')])],
            [together([SUB, w('\\b(?:authori[sz]|consent|approv)')])],
          ],
        },
      ],
      partial: [[together([SUB, w('\\b(?:Verzeichnis|Liste|list\\b|published|veröffentlich|beauftragen|engage)')])]],
      topic: SUB,
      duty: true,
      description: false,
    },
    {
      id: 'art28-2-objection',
      article: { paragraph: 2 },
      aspects: [
        {
          id: 'notice',
          // Changes of the sub-processors, or changes the controller may object to; not changes of the measures.
          wording: [
            [
              together([w('\\b(?:informier|unterricht|benachrichtig|mitteil|mitgeteilt|teilt|in Kenntnis)'), w('\\b(?:Änderung|Hinzuziehung|Ersetzung|Einsatz|eingesetzt|Beauftragung|beauftragt|hinzugezogen|neue[nrs]? (?:Unterauftrag|Subunternehm))')]),
              w(`${SUB_PROCESSORS}|\\b(?:Hinzuziehung|Ersetzung|Einspruch|Einw(?:a|ä)nd|[Ww]iderspr)`),
            ],
            [
              together([w('\\b(?:inform|notify|notice|notification)'), w('\\b(?:changes?|addition|replacement|new (?:sub-?processors?|Subprocessors?)|appointment|engag)')]),
              w(`${SUB_PROCESSORS}|\\b(?:addition|replacement|object)`),
            ],
          ],
        },
        {
          id: 'objection',
          // An objection to the change, not a data subject's right to object to processing (Art. 21 GDPR).
          wording: [
            [together([w('\\b(?:Einspruch|Widerspruchsrecht|widersprechen|widerspricht|Einwände|Einwand|Widerspruch)'), w(`\\b(?:Änderung|Hinzuziehung|Ersetzung|Beauftragung|Einsatz)|${SUB_PROCESSORS}`)])],
            [together([w('\\b(?:object|objects|objection|objections)\\b'), w(`\\b(?:changes?|appointment|replacement|engagement|addition|third party)\\b|${SUB_PROCESSORS}`)])],
          ],
        },
      ],
      partial: [[together([SUB, w('\\b(?:aktuell halten|auf dem neuesten Stand|updating|up to date|kept current)')])]],
      topic: SUB,
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
            [together([w('\\b(?:dieselben|die gleichen|gleichwertige[n]?|entsprechende[n]?) (?:\\S+ ){0,2}(?:Datenschutz)?[Pp]flichten|\\bvertraglich (?:\\S+ ){0,4}(?:auferleg|übertrag|weitergeb)|\\bPflichten (?:\\S+ ){0,6}(?:auferleg|übertrag|weitergeb)'), SUB])],
            [together([w('\\b(?:the )?same (?:data protection )?obligations|\\bsubstantially the same|\\bno less protective|\\bequivalent (?:data protection )?obligations|\\bimpos\\w* (?:\\S+ ){0,8}obligations|\\bobligations (?:\\S+ ){0,3}(?:substantially similar|comparable)'), SUB])],
            [w('\\bensure (?:that )?(?:each|the|any|every) (?:new )?sub-?processors? (?:will )?(?:abides?|complies|comply|is bound)')],
          ],
        },
      ],
      topic: SUB,
      duty: true,
      description: false,
    },
    {
      id: 'art28-4-liability',
      article: { paragraph: 4 },
      aspects: [
        {
          id: 'liability',
          // Liable for the sub-processor, not responsible for choosing one; *Verantwortliche* is the controller, no liability.
          wording: [
            [together([w('\\b(?:haftet|haftbar|einzustehen|steht (?:\\S+ ){0,4}ein|verantwortlich(?![\\p{L}]))'), SUB])],
            [together([w('\\b(?:liable|liability|answer for|responsible (?:to|towards)\\b|responsible for (?:\\S+ ){0,3}(?:acts|omissions|performance|compliance|breaches|obligations|conduct|failures?))'), SUB])],
          ],
        },
      ],
      topic: SUB,
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
            [together([w('\\b(?:Rechte (?:der )?(?:betroffenen Person|Betroffenen)|Rechte betroffener Personen|Betroffenenrechte|Anfragen (?:von )?Betroffene|Anträge\\w* (?:\\S+ ){0,6}betroffene|Recht auf Vergessenwerden|Datenportabilität|betroffene Person sich)'), w('\\b(?:unterstütz|weiterleit|beantwort|sicherzustellen|sicherstell|Unterstützung)')])],
            [together([w('\\b(?:data subject(?:s|s\'|s’|’s)? (?:rights|requests)|requests? (?:\\S+ ){0,4}(?:from|of) (?:the )?data subjects?|rights of (?:the )?data subjects|Data Subject Rights)'), w('\\b(?:assist|respond|notify|forward|implement|help|cooperat)')])],
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
          // The articles cited are Art. 28(3)(f)'s own words; an impact assessment the controller does alone is not the processor's help.
          wording: [
            [w('\\b(?:Art(?:ikel(?:n)?|\\.)?\\s*32 bis 36|32 bis 36|Articles? 32\\s*(?:to|-|–)\\s*36|32\\s*(?:to|-|–)\\s*36)')],
            [together([DPIA, SUPPORT])],
            [DPIA, { leadIn: SUPPORT }],
          ],
        },
        {
          id: 'breach',
          wording: [
            [together([w('\\b(?:Verletzung\\w* (?:des Schutzes )?personenbezogener Daten|Datenpanne|Datenschutzverletzung|Sicherheitsvorf)'), w('\\b(?:meld|informier|unterricht|benachrichtig|mitteil)')])],
            [together([w('\\b(?:personal data breach|data breach|security (?:incident|breach))'), w('\\b(?:notif|inform|report)')])],
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
          // At the end of the contract or the services, not at the end of each month; the time may open a long sentence.
          wording: [
            [
              together(
                [
                  w('\\b(?:lösch|Löschung|vernicht|zurückzugeben|zurückgeben|Rückgabe|herauszugeben|herausgeben|gibt (?:\\S+ ){0,6}(?:heraus|zurück)|aushändig|auszuhändig)'),
                  w('[Vv]ertragsende|\\b(?:Beendigung|nach Wahl|Wahl des|endet|Ende (?:der|des) (?:\\S+ ){0,2}(?:\\S*[Vv]ertrag\\w*|Vereinbarung|Leistung\\w*|Auftrag\\w*|Verarbeitung|Laufzeit|Zusammenarbeit|Dienst\\w*|Nutzung\\w*)|Abschluss (?:der|des) (?:\\S+ ){0,3}(?:Arbeiten|Leistung\\w*|Auftrag\\w*|\\S*[Vv]ertrag\\w*))'),
                ],
                { reach: 30 },
              ),
            ],
            [
              together(
                [
                  w('\\b(?:delete|deletion|return|erase|erasure|destroy)'),
                  w('\\b(?:termination|expiry|expiration|end of (?:the )?(?:\\S+ ){0,3}(?:term|provision|services?|Agreement|contract|processing|subscription)|completion|choice of the)'),
                ],
                { reach: 30 },
              ),
            ],
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
          // Information to show compliance, not whatever information is needed for something else.
          wording: [
            [together([w('\\b(?:Informationen|Auskünfte|Nachweis\\w*|nachzuweisen|nachweisen)'), w('\\b(?:Einhaltung|Pflichten|Maßnahmen)')])],
            [together([w('(?<!\\bconfidential )\\b(?:information(?! security)|demonstrat)'), w('\\b(?:compliance|obligations)')])],
          ],
        },
        {
          id: 'audits',
          // Audits of the processor by the controller or its auditor, not the processor's own reviews or an audit log.
          wording: [
            [together([w('\\b(?:Überprüfung|Inspektion|Kontrollen|Kontrollrecht|Audit(?![- ]?(?:log|trail|protokoll))|Prüfung|Prüfer|Stichprobenkontroll|vor-Ort-Kontroll|vor-Ort-Inspektion|(?:zu )?(?:über)?prüfen|kontrollieren|inspizieren)'), w(`\\b${CONTROLLER}|\\b(?:Prüfer|ermöglich|gestatt|duld)`)])],
            [together([w('\\b(?:audits?|audited|inspections?)\\b(?![- ]?(?:log|trail))'), w(`\\b${CONTROLLER}|\\b(?:auditors?|allow|permit|contribut|submit|cooperat|grant access)`)])],
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
      aspects: [{ id: 'writtenForm', wording: writtenForm().map((entry) => [entry]) }],
      topic: w('\\bSchriftform|\\bTextform|\\bwriting|\\bwritten'),
      duty: false,
      description: false,
    },
  ];
}
