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
import { concepts } from './concepts';

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
  const c = concepts();
  /** Measures taken to help the controller with its own duties are assistance (Art. 28(3)(e), (f)), not the processor's security (Art. 32). */
  const ASSISTING = w('\\b(?:assist|help|unterstütz|Unterstützung)');
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
            // A right its reading gives the controller, however the contract names it (*You may audit us*).
            [w('\\b(?:audit|inspect|object|instruct|terminat|überprüf|kontrollier|widersprech|kündig|Weisung)'), { party: 'customer', force: 'option' }],
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
            ...c.documentedBinding,
            // Documented instructions as what the processing rests on, not as papers someone keeps.
            [w('\\b(?:auf|nach|gemäß|gemäss|entsprechend|aufgrund|Grundlage) (?:der |einer |den |von )?(?:\\S+ ){0,2}(?<!nicht )dokumentierte[nr]? Weisung')],
            [w('\\b(?:on|upon|in accordance with|under|pursuant to|following|per|consistent with|basis of) (?:\\S+ ){0,4}documented instructions')],
          ],
          // Bound to instructions that need not be documented (*nur nach Weisung*): said in part, unless another clause wants them in writing.
          partial: c.instructionsBinding,
          completedBy: c.instructionsInForm,
        },
        {
          id: 'thirdCountries',
          // A third country where data goes, not one where a customer sits; or every processing, transfers included, bound to the instructions alone.
          wording: [
            [
              together([
                w('\\b(?:Drittland|Drittländer|Drittstaat|internationale Organisation|außerhalb (?:der EU|des EWR|der Europäischen Union|des Europäischen Wirtschaftsraums)|third countr|international organi[sz]ation|outside (?:of )?the (?:EU|EEA|European|UK))'),
                w('(?:verarbeit|übermitt|übertrag|transfer|speicher|zugreif|zugriff|zugegriffen|export|verlager|process|stored?\\b|storage|hosted|hosting|access)'),
              ]),
            ],
            [w('\\bDrittland(?:transfer|übermittlung)')],
            ...c.instructionsBinding,
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
            [together([w('\\bWeisung'), w('\\b(?:verstößt|verstoße|verstoßen|rechtswidrig|gegen (?:\\S+ ){0,4}(?:Vorschriften|DS-?GVO|Datenschutz)|im Widerspruch (?:\\S+ ){0,3}(?:Recht|Vorschriften|DS-?GVO|Datenschutz))')], { reach: 25 }), w('\\b(?:informier|unterricht|hinweis|mitteil|benachrichtig|teil\\w* (?:\\S+ ){0,6}?mit\\b)')],
            [together([w('\\binstructions?'), w('\\b(?:infring|violat|breach|unlawful|conflicts? with|contrary to)')], { reach: 25 }), w('\\b(?:inform|notify|tell)')],
          ],
          processorDuty: true,
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
          // Bound to confidentiality, not told that the data is confidential (*informed of the confidential nature*).
          wording: [
            [together([w('\\b(?:Vertraulichkeit|Verschwiegenheit|Datengeheimnis)'), w('\\b(?:verpflicht|unterlieg|Wahrung)'), PERSONS], { unless: SECURITY_TRIAD })],
            [together([w('\\b(?:confidentiality|confidential(?! (?:nature|character))|duty of confidence)'), w('\\b(?:committed|obligations?|duty|subject to|bound|keep|agreements?|undertakings?)'), PERSONS], { unless: SECURITY_TRIAD })],
          ],
          // The processor's own confidentiality, or persons only told of it: said in part.
          partial: [
            [together([w('\\b(?:vertraulich (?:zu )?behandel\\w*|Vertraulichkeit (?:\\S+ ){0,4}?(?:zu )?wahren|keep (?:\\S+ ){0,3}?confidential|treat (?:\\S+ ){0,3}?(?:as )?confidential|hold (?:\\S+ ){0,3}?in confidence)'), w('\\b(?:Daten|data)\\b')], { unless: SECURITY_TRIAD })],
            [together([w('\\b(?:informed|made aware|instructed|belehrt|hingewiesen|unterrichtet|sensibilisiert)'), w('\\b(?:confidential|Vertraulich|Datengeheimnis)'), PERSONS])],
          ],
          processorDuty: true,
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
                w('\\b(?:trifft|ergreift|umzusetzen|umsetzen|herzustellen|gewährleist|aufrechtzuerhalten|aufrechterhalten|aufrechterhält|hält (?:\\S+ ){0,12}?aufrecht|implement|maintain|take|ensure|treffen|getroffen|sicherstell)'),
              ], { unless: ASSISTING }),
            ],
          ],
          processorDuty: true,
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
          // A right to object to new sub-processors is the general authorisation's other side (Art. 28(2) second sentence).
          wording: [[together([SUB, w('\\b(?:Genehmigung|Zustimmung|Einwilligung|genehmigt|zugestimmt)')])], [together([SUB, w('\\b(?:authori[sz]|consent|approv)')])], ...c.objection],
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
              together([w('\\b(?:informier|unterricht|benachrichtig|mitteil|mitgeteilt|teilt|in Kenntnis|ankündig|angekündigt|bekannt ?geb|bekanntgegeben)'), w('\\b(?:Änderung|Hinzuziehung|Ersetzung|Einsatz|eingesetzt|Beauftragung|beauftragt|hinzugezogen|neue[nrs]? (?:Unterauftrag|Subunternehm))')]),
              w(`${SUB_PROCESSORS}|\\b(?:Hinzuziehung|Ersetzung|Einspruch|Einw(?:a|ä)nd|[Ww]iderspr)`),
            ],
            [
              together([w('\\b(?:inform|notify|notice|notification|announc)'), w('\\b(?:changes?|additions?|replacements?|new (?:sub-?processors?|Subprocessors?)|appointment|engag\\w*)\\b')]),
              w(`${SUB_PROCESSORS}|\\b(?:additions?|replacements?|object\\w*)\\b`),
            ],
            // Asked for consent before each one, the controller is told of it before it is engaged.
            ...c.consentForEach,
          ],
        },
        { id: 'objection', wording: [...c.objection, ...c.consentForEach] },
      ],
      partial: [[together([SUB, w('\\b(?:aktuell halten|auf dem neuesten Stand|updating|up to date|kept current)')])]],
      topic: SUB,
      duty: true,
      description: false,
    },
    {
      id: 'art28-4-flow-down',
      article: { paragraph: 4 },
      aspects: [{ id: 'flowDown', wording: c.flowDown, processorDuty: true }],
      topic: SUB,
      duty: true,
      description: false,
    },
    {
      id: 'art28-4-liability',
      article: { paragraph: 4 },
      aspects: [{ id: 'liability', wording: c.liability }],
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
            [together([w('\\b(?:Rechte (?:der )?(?:betroffenen Person|Betroffenen)|Rechte betroffener Personen|Betroffenenrechte|Betroffenen(?:anfrage|antr(?:a|ä)g|ersuchen)\\w*|Anfragen (?:\\S+ ){0,3}?Betroffene|Anträge\\w* (?:\\S+ ){0,6}betroffene|Recht auf Vergessenwerden|Datenportabilität|betroffene Person sich)'), w('\\b(?:unterstütz|weiterleit|weiterzuleit|leite\\w* (?:\\S+ ){0,8}?weiter|beantwort|sicherzustellen|sicherstell|Unterstützung)')])],
            [together([w('\\b(?:data subject(?:s|s\'|s’|’s)? (?:rights|requests?)|requests? (?:\\S+ ){0,4}(?:from|of) (?:the )?data subjects?|rights of (?:the )?data subjects|Data Subject Rights)'), w('\\b(?:assist|respond|notify|forward|implement|help|cooperat)')])],
            // Data subjects sent on to the controller rather than answered (*shall redirect them to You*).
            [together([w('\\b(?:betroffene[nr]? Person\\w*|Betroffene[nr]?|data subjects?)\\b'), w('\\b(?:weiterleit\\w*|weiterzuleiten|leite\\w* (?:\\S+ ){0,8}?weiter|verweis\\w* (?:\\S+ ){0,4}?an\\b|redirect\\w*|forward\\w*)')])],
          ],
          processorDuty: true,
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
          wording: [[w('\\b(?:Art(?:ikel(?:n)?|\\.)?\\s*32 bis 36|32 bis 36|Articles? 32\\s*(?:to|-|–)\\s*36|32\\s*(?:to|-|–)\\s*36)')], [together([DPIA, SUPPORT])], [DPIA, { leadIn: SUPPORT }], ...c.dutiesOf32To36],
          processorDuty: true,
        },
        { id: 'breach', wording: c.breachNotice, processorDuty: true },
      ],
      topic: w('\\bUnterstützung|\\bunterstütz|\\bassist|\\bVerletzung|\\bbreach'),
      duty: true,
      description: false,
    },
    {
      id: 'art28-3-g',
      article: { paragraph: 3, point: 'g' },
      // At the end of the contract or the services, not at the end of each month; the time may open a long sentence or the list.
      aspects: [
        { id: 'deletion', wording: c.deletionAtEnd, processorDuty: true },
        { id: 'return', wording: c.returnAtEnd, processorDuty: true },
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
          // Information to show compliance, not whatever information is needed for something else; an audit of compliance obtains it.
          wording: [
            [together([w('\\b(?:Informationen|Auskünfte|Nachweis\\w*|nachzuweisen|nachweisen)'), w('\\b(?:Einhaltung|Pflichten|Maßnahmen)')])],
            // The information the statute names by its purpose (*die zum Nachweis erforderlichen Informationen*).
            [together([w('\\b(?:Informationen|Auskünfte|Unterlagen)\\b'), w('\\b(?:zum|zu deren|als) Nachweis\\b')], { reach: 6 })],
            [together([w('(?<!\\bconfidential )\\b(?:information(?! security)|demonstrat)'), w('\\b(?:compliance|obligations)')])],
            ...c.auditOfCompliance,
          ],
          processorDuty: true,
        },
        { id: 'audits', wording: c.auditsByController },
      ],
      partial: c.reportsInstead,
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
