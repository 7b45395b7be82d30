/**
 * The legal concepts the duties of Art. 28 GDPR are read by, each in German and English: what a
 * sentence must say, and of whom, for the concept to be there. A concept is built from the roles
 * of a sentence (who must do what, for whom, under which condition: the responsibility reading
 * gives who is obliged or entitled) and from words said together, never from one contract's
 * phrases. Built when a contract is first checked (`checklistItems`).
 */
import { checklistPattern as w } from './boundaries';
import { CONTROLLER, SUB_PROCESSORS, together } from './grammar';
import type { Entry } from './items';

/** A right of the controller: its reading gives the controller an option (*The Customer may object*, *Der Auftraggeber kann widersprechen*). */
const CONTROLLER_MAY = { party: 'customer', force: 'option' } as const;

export function concepts() {
  const SUB = w(SUB_PROCESSORS);

  /**
   * Processing bound to the controller's instructions alone: *nur auf Weisung*, *only on
   * instructions*, *other than on instructions*. Bound to documented (written) instructions, it
   * covers every processing, transfers to third countries included (Art. 28(3)(a)).
   */
  const EXCLUSIVE_DE = w('\\b(?:nur|ausschließlich|lediglich) (?:\\S+ ){0,6}?(?:auf|nach|im Rahmen|entsprechend|gemäß|gemäss|aufgrund|auf Grundlage) (?:\\S+ ){0,3}?Weisung');
  const EXCLUSIVE_EN = w('\\b(?:only|solely|exclusively) (?:\\S+ ){0,8}?(?:on|in accordance with|upon|under|pursuant to|following|in compliance with) (?:\\S+ ){0,4}?instructions?\\b|\\b(?:other than|except) (?:on|in accordance with|pursuant to) (?:\\S+ ){0,5}?instructions?\\b');
  const DOCUMENTED_DE = w('\\b(?:dokumentiert\\w*|schriftlich\\w*|Textform|Schriftform)');
  const DOCUMENTED_EN = w('\\b(?:documented|written|in writing)\\b');
  const PROCESSING_DE = w('\\bverarbeit|\\bDaten');
  const PROCESSING_EN = w('\\bprocess(?:es|ed|ing)?\\b');
  const documentedBinding: Entry[] = [
    [together([EXCLUSIVE_DE, DOCUMENTED_DE], { reach: 10 }), PROCESSING_DE],
    [together([EXCLUSIVE_EN, DOCUMENTED_EN], { reach: 10 }), PROCESSING_EN],
  ];
  /** Instructions required in a lasting form elsewhere (*Mündliche Weisungen bestätigt der Auftraggeber … in Textform*, *instructions shall be given in writing*). */
  const instructionsInForm: Entry[] = [[together([w('\\b(?:Weisung\\w*|instructions?)\\b'), w('\\b(?:schriftlich\\w*|Textform|Schriftform|dokumentiert\\w*|in writing|written|documented)')], { reach: 6 })]];
  const instructionsBinding: Entry[] = [
    [together([EXCLUSIVE_DE, PROCESSING_DE])],
    [together([w('\\b(?:only|solely|exclusively)\\b'), w('\\b(?:on|in accordance with|upon|under|pursuant to|following|in compliance with) (?:\\S+ ){0,4}?instructions?\\b'), PROCESSING_EN])],
  ];

  /**
   * A personal data breach (Art. 4(12)) and telling the controller of it (Art. 33(2)): named as a
   * breach or an incident, or described by the definition's words (*accidental or unlawful
   * destruction, loss, alteration, unauthorised disclosure of, or access to*).
   */
  const BREACH_DE = w(
    '\\b(?:(?:Verletzung\\w*|Verstoß\\w*|Verstöße) (?:\\S+ ){0,4}?(?:von )?personenbezogene[rn] Daten|(?:Datenschutz|Schutz|Sicherheits)verletzung\\w*|Datenpanne\\w*|(?:Sicherheits|Datenschutz)vorf(?:a|ä)ll\\w*|(?:unbefugte|unrechtmäßige|unbeabsichtigte)[nr]? (?:\\S+ ){0,3}?(?:Offenlegung|Vernichtung|Verlust\\w*|Veränderung|Zugang|Zugriff\\w*))',
  );
  const BREACH_EN = w('\\b(?:(?:personal )?data breach\\w*|security (?:incident|breach)\\w*|(?:personal )?data incident\\w*|breach\\w* of security|(?:accidental|unlawful|unauthori[sz]ed)\\W+(?:\\S+\\W+){0,3}?(?:destruction|loss|alteration|disclosure|access))');
  const breachNotice: Entry[] = [
    // A separable verb tells as well (*teilt … unverzüglich mit*, *zeigt … an*).
    [together([BREACH_DE, w('\\b(?:meld|informier|unterricht|benachrichtig|mitteil|in Kenntnis|teil\\w* (?:\\S+ ){0,10}?mit\\b|zeig\\w* (?:\\S+ ){0,10}?an\\b|anzuzeigen)')])],
    [together([BREACH_EN, w('\\b(?:notif|inform|report|tell)')])],
  ];

  /**
   * Help with the controller's duties of Art. 32 to 36: the articles themselves, an impact
   * assessment or prior consultation, notifying a breach to the authority or the data subjects,
   * or the controller's statutory data protection duties as a whole (*bei der Erfüllung
   * gesetzlicher Datenschutzpflichten*), which hold them. Not a duty named only to define
   * another help (*obligations under the Laws to respond to requests*).
   */
  const ASSIST = w('\\b(?:unterstütz|Unterstützung|mitwirk|Mitwirkung|Hilfe|assist|support|cooperat|help)');
  const ARTICLES_32_TO_36 = w('\\b(?:Art(?:ikel(?:n)?|\\.)?|Articles?)\\s*3[2-6](?![\\d.])(?:\\s*(?:-|–|bis|to|und|and|,)\\s*3[2-6](?![\\d.]))?');
  const NOTIFYING_OTHERS = w(
    '\\b(?:Meldung\\w* (?:\\S+ ){0,4}?(?:Aufsichtsbehörde|Behörde)|Benachrichtigung (?:\\S+ ){0,2}?(?:betroffene|der Betroffenen)|notif\\w* (?:\\S+ ){0,4}?(?:supervisory authorit\\w*|data subjects)|communicat\\w* (?:\\S+ ){0,3}?data subjects)',
  );
  const LEGAL_DUTIES = w(
    '\\b(?:(?:gesetzlich|datenschutzrechtlich)\\w* (?:\\S+ ){0,2}?(?:Datenschutz)?(?:[Pp]flichten|[Vv]erpflichtungen)|(?:Datenschutz)?[Pp]flichten (?:\\S+ ){0,3}?(?:DS-?GVO|Datenschutzrecht\\w*|Datenschutzgesetz\\w*)|(?:legal|statutory|data protection) obligations|(?:comply|compliance) with (?:\\S+ ){0,6}?obligations under (?:\\S+ ){0,4}?(?:Laws?|Legislation|GDPR|Regulation)\\b(?! to respond)|obligations under (?:\\S+ ){0,4}?(?:Laws?|Legislation|GDPR|Regulation)\\b(?! to respond))',
  );
  const dutiesOf32To36: Entry[] = [
    [together([ASSIST, ARTICLES_32_TO_36])],
    [together([ASSIST, NOTIFYING_OTHERS])],
    [together([ASSIST, LEGAL_DUTIES])],
  ];

  /** Sub-processors bound, by contract, to obligations at least equivalent to this contract's (Art. 28(4) first sentence). */
  const EQUIVALENT = '(?:dieselben|die gleichen|gleiche[nr]?|gleichwertige[nr]?|entsprechende[nr]?|vergleichbare[nr]?|mindestens (?:\\S+ ){0,3}?(?:gleichwertig|vergleichbar|gleich)\\w*|nicht (?:weniger|geringer)\\w*|(?:the )?same|equivalent|similar|comparable|no less (?:protective|onerous|stringent|strict)|not less (?:protective|onerous|stringent|strict)|at least (?:as (?:protective|stringent|strict)|the same|equivalent)|as (?:protective|restrictive|stringent) as)';
  const OBLIGATIONS =
    '(?:(?:Datenschutz)?(?:[Pp]flichten|[Vv]erpflichtungen|[Aa]nforderungen|[Rr]egelungen|[Bb]estimmungen|[Bb]edingungen|[Vv]orgaben|Garantien)|(?:Daten)?[Ss]chutzniveau\\w*|obligations|terms|protections?|level of (?:\\S+ ){0,6}?protection|requirements|restrictions|standards?|conditions|safeguards|duties)';
  const EQUIVALENT_OBLIGATIONS = w(`\\b${EQUIVALENT} (?:\\S+ ){0,4}?${OBLIGATIONS}\\b|\\b${OBLIGATIONS} (?:\\S+ ){0,4}?${EQUIVALENT}\\b`);
  const BOUND = w('\\b(?:vertraglich\\w*|Vertrag\\w*|verpflicht\\w*|auferleg\\w*|einhält|einhalten|einzuhalten|Vereinbarung\\w*|binden\\w*|sicherstell\\w*|sicherzustellen|gewährleist\\w*|bound|binding|subject to|impos\\w*|requir\\w*|abide\\w*|agreements?|contracts?|contractual\\w*|ensure\\w*|gelten|gilt|apply|applies)');
  const THIS_CONTRACT_KEPT = w(
    '\\b(?:Einhaltung|Beachtung|einzuhalten|einhalten|comply with|compliance with|abide by|bound by) (?:\\S+ ){0,4}?(?:dieses|dieser|des|der|this|the) (?:\\S+ ){0,1}?(?:Vertrag\\w*|Vereinbarung|AVV|DPA|Agreement|Addendum)\\b',
  );
  /** Binding someone, said by a verb: not the contract's name, which the words kept already say. */
  const BINDS = w('\\b(?:vertraglich\\w*|verpflicht\\w*|auferleg\\w*|binden\\w*|sicherstell\\w*|sicherzustellen|gewährleist\\w*|bind|binds|bound|requir\\w*|impos\\w*|ensure\\w*|oblig\\w*)');
  const flowDown: Entry[] = [
    [together([EQUIVALENT_OBLIGATIONS, SUB, BOUND])],
    [w('\\bensure (?:that )?(?:each|the|any|every) (?:new )?sub-?processors? (?:will )?(?:abides?|complies|comply|is bound)')],
    [together([w('\\bvertraglich (?:\\S+ ){0,4}(?:auferleg|übertrag|weitergeb)|\\bPflichten (?:\\S+ ){0,6}(?:auferleg|übertrag|weitergeb)'), SUB])],
    [together([w('\\bimpos\\w* (?:\\S+ ){0,8}obligations'), SUB])],
    // Bound to keep this contract itself (*verpflichtet Unterauftragnehmer auf die Einhaltung der Regelungen dieses Vertrages*, *require each sub-processor to comply with this DPA*).
    [together([THIS_CONTRACT_KEPT, SUB, BINDS])],
  ];

  /**
   * Liability for the sub-processor: the processor answers for its conduct (*haftet für*,
   * *bleibt verantwortlich*, *hat dessen Verschulden wie eigenes zu vertreten*, *remains liable
   * for*). Being responsible for dividing tasks (*dafür verantwortlich, die Zuständigkeiten
   * abzugrenzen*) or for choosing a sub-processor answers for nothing it does.
   */
  const CONDUCT_DE = '(?:Handlungen|Unterlassungen|Verschulden|Einhaltung|Erfüllung|Pflicht\\w*|Leistung\\w*|Verhalten|Tätigkeit\\w*|Verstöße|Verarbeitung)';
  const LIABLE_DE = w(
    `\\b(?:haftet|haftbar|einzustehen|steht (?:\\S+ ){0,4}?ein|zu vertreten|wie eigenes Verschulden|zugerechnet|zuzurechnen|(?:bleibt|verbleibt) (?:\\S+ ){0,5}?verantwortlich|verantwortlich (?:\\S+ ){0,3}?für (?:\\S+ ){0,3}?${CONDUCT_DE}|Verantwortung für (?:\\S+ ){0,3}?${CONDUCT_DE})`,
  );
  const LIABLE_EN = w('\\b(?:liable|liability|answer for|responsible (?:to|towards)\\b|responsible for (?:\\S+ ){0,3}(?:acts|omissions|performance|compliance|breaches|obligations|conduct|failures?))');
  const liability: Entry[] = [[together([LIABLE_DE, SUB])], [together([LIABLE_EN, SUB])]];

  /**
   * An objection to a new or changed sub-processor, or its refusal (*kann der Beauftragung
   * widersprechen*, *darf einen neuen Unterauftragnehmer ablehnen*, *may object to the new
   * sub-processor*); said without naming them, a right of the controller in a clause about them
   * (*The Customer may object within 14 days*). Not a data subject's objection (Art. 21 GDPR).
   */
  const OBJECT_DE = w('\\b(?:Einspruch\\w*|Widerspruch\\w*|widersprech\\w*|widerspricht|Einwände|Einwand|Einwendung\\w*|ablehn\\w*|Ablehnung|verweiger\\w*|zurückweis\\w*|Veto)');
  const OBJECT_EN = w('\\b(?:object|objects|objected|objecting|objections?|reject|rejects|refuse|refuses|veto)\\b');
  const CHANGE = w(`\\b(?:Änderung\\w*|Hinzuziehung|Ersetzung|Beauftragung|Einsatz|neue[nr]?|changes?|appointment|replacement|engagement|additions?|new|third party)\\b|${SUB_PROCESSORS}`);
  const objection: Entry[] = [[together([OBJECT_DE, CHANGE])], [together([OBJECT_EN, CHANGE])], [OBJECT_DE, CONTROLLER_MAY, { context: SUB }], [OBJECT_EN, CONTROLLER_MAY, { context: SUB }]];

  /**
   * A consent of the controller before each sub-processor (*nur mit vorheriger schriftlicher
   * Genehmigung*, *not … without the prior written consent*): the controller decides each one,
   * more than being told and objecting (Art. 28(2) first sentence). A general authorisation
   * (*vorherige allgemeine Genehmigung*, *specific or general*) is none.
   */
  const PRIOR_CONSENT = w('\\b(?:vorherige[nr]? (?:\\S+ ){0,3}?(?:Genehmigung|Zustimmung|Einwilligung)|(?:Genehmigung|Zustimmung|Einwilligung) (?:\\S+ ){0,4}?(?:vorab|im Voraus)|prior (?:\\S+ ){0,3}?(?:authori[sz]ation|consent|approval)|(?:authori[sz]ation|consent|approval) in advance)');
  const ONLY_WITH = w('\\b(?:nur|ohne|keine\\w*|nicht|bedarf|bedürfen|erst|only|not|without|unless|never|no)\\b');
  const GENERAL = w('\\b(?:allgemein\\w*|general|generally)\\b');
  const consentForEach: Entry[] = [[together([PRIOR_CONSENT, SUB, ONLY_WITH], { unless: GENERAL })]];

  /**
   * Audits and inspections of the processor by the controller or the auditor it mandates: not
   * copies or summaries of audits, third parties' audit reports, questionnaires or audit logs,
   * and not an inspection anyone may make (*anyone may inspect our open-source code*).
   */
  const AUDIT_DE = w('\\b(?:(?:sich )?(?:\\S+ ){0,12}?von (?:\\S+ ){0,3}?Einhaltung (?:\\S+ ){0,12}?überzeug\\w*|Überprüfung\\w*|Inspektion\\w*|Kontrollen|Kontrollrecht\\w*|Audit(?:s|ierung\\w*)?\\b(?![- ]?(?:log|trail|protokoll|bericht|questionnaire|report|certificat|Frageb(?:o|ö)gen))|Prüfung(?:en)?|Prüfer|Stichprobenkontroll\\w*|vor-Ort-(?:Kontroll|Prüfung|Inspektion)\\w*|(?:zu )?(?:über)?prüfen|kontrollieren|inspizieren)');
  // What stands before the word is looked at only where the word is (after it, including it): a lookbehind in front would be tried at every character.
  const AUDIT_EN = w(
    '\\b(?:audit(?:s|ed|ing)?|inspect(?:s|ed|ing|ions?)?)\\b(?<!\\b(?:cop(?:y|ies)|results?|summar(?:y|ies)|reports?) of (?:\\S+ ){0,5}\\w+)(?<!third[- ]party \\w+)(?![- ]?(?:logs?|trails?|questionnaires?|reports?|certificat\\w*|opinions?|statements?)\\b)',
  );
  const AUDITOR = w(`\\b${CONTROLLER}|\\b(?:Prüfer\\w*|Auditor\\w*|auditors?)`);
  /** Whoever likes may look: a right of the public, not of the controller (*anyone may inspect our code*, *jedermann kann ihn prüfen*). */
  const ANYONE = 'anyone|anybody|everyone|everybody|any person|any member of the public|jedermann|jede Person|die Öffentlichkeit';
  /** What the public may see (*our public status page*, *öffentlich zugängliche Berichte*) is no audit of the processor, whoever looks. */
  const PUBLIC = 'public|publicly|öffentlich\\w*';
  const NOT_OURS = w(`\\b(?:${ANYONE}|${PUBLIC})\\b`);
  const PUBLICLY = w(`\\b(?:${PUBLIC})\\b`);
  const COMPLIANCE = w('\\b(?:Einhaltung|compliance|complies|comply)');
  const auditsByController: Entry[] = [[together([AUDIT_DE, AUDITOR], { unless: NOT_OURS })], [together([AUDIT_EN, AUDITOR], { unless: NOT_OURS })], [together([AUDIT_DE], { unless: PUBLICLY }), CONTROLLER_MAY], [together([AUDIT_EN], { unless: PUBLICLY }), CONTROLLER_MAY]];
  /** An audit of the processor's compliance, by the controller: the information that demonstrates it, obtained by the audit itself. */
  const auditOfCompliance: Entry[] = [[together([AUDIT_DE, COMPLIANCE, AUDITOR], { unless: NOT_OURS })], [together([AUDIT_EN, COMPLIANCE, AUDITOR], { unless: NOT_OURS })], [together([AUDIT_DE, COMPLIANCE]), CONTROLLER_MAY], [together([AUDIT_EN, COMPLIANCE]), CONTROLLER_MAY]];
  /** Reports and certificates handed over instead of an audit: Art. 28(3)(h) said in part. */
  const reportsInstead: Entry[] = [
    [together([w('\\b(?:vorleg|vorzuleg|leg\\w* (?:\\S+ ){0,8}?vor\\b|Vorlage|zur Verfügung|übermitt|Kopie|make available|provide|furnish|cop(?:y|ies))'), w('\\b(?:Zertifikat\\w*|Zertifizierung\\w*|Testat\\w*|Prüfbericht\\w*|Bericht\\w*|certificat\\w*|reports?|audits|SOC)')])],
  ];

  /**
   * Deletion and return of the data at the end of the services, at the controller's choice
   * (Art. 28(3)(g)): the end named in the sentence or in the lead-in of its list, or the
   * controller's choice between them; a return also on the controller's request.
   */
  const DELETE = w('\\b(?:(?:ge)?lösch\\w*|Löschung\\w*|vernicht\\w*|zu vernichten|delet\\w*|eras\\w*|destroy\\w*|destruction|deidentif\\w*)');
  const RETURN = w(
    '\\b(?:zurückzugeben|zurückgeben|zurückgegeben|Rückgabe|herauszugeben|herausgeben|herausgegeben|Herausgabe|ausgehändigt|gibt (?:\\S+ ){0,10}?(?:heraus|zurück)|aushändig\\w*|auszuhändig\\w*|übergeben|zur Verfügung|Bereitstellung|exportier\\w*|Export\\w*|return\\w*|hand(?:s|ed)? (?:\\S+ ){0,3}?over|export\\w*|retriev\\w*)',
  );
  const END = w(
    '[Vv]ertragsende|\\b(?:Beendigung|endet|Ende (?:der|des) (?:\\S+ ){0,2}(?:\\S*[Vv]ertrag\\w*|Vereinbarung|Leistung\\w*|Auftrag\\w*|Verarbeitung|Laufzeit|Zusammenarbeit|Dienst\\w*|Nutzung\\w*)|Abschluss (?:der|des) (?:\\S+ ){0,3}(?:Arbeiten|Leistung\\w*|Auftrag\\w*|\\S*[Vv]ertrag\\w*)|termination|expiry|expiration|(?:ends|ended|expires|expired|terminates|terminated)\\b|end of (?:the )?(?:\\S+ ){0,3}(?:term|provision|services?|Agreement|contract|processing|subscription)|completion)',
  );
  const CHOICE = w('\\b(?:nach (?:\\S+ ){0,2}?Wahl|Wahl des|choice of the|at (?:the )?(?:(?:controller|customer|client)[\'’]?s?|your) (?:sole )?(?:choice|election|option|discretion))');
  const REQUEST = w('\\b(?:auf (?:\\S+ ){0,2}?(?:Anforderung|Verlangen|Anfrage|Aufforderung|Wunsch)|(?:upon|on|at) (?:\\S+ ){0,3}?request)');
  /** The data itself, not documentation or information about it handed over at the end. */
  const DATA = w('\\b(?:personenbezogene\\w* Daten|Daten(?:bestände|sätze)?|(?:personal |customer )?data)\\b');
  const deletionAtEnd: Entry[] = [[together([DELETE, END], { reach: 30 })], [together([DELETE, CHOICE], { reach: 30 })], [DELETE, { leadIn: END }]];
  const returnAtEnd: Entry[] = [[together([RETURN, END], { reach: 30 }), DATA], [together([RETURN, CHOICE], { reach: 30 }), DATA], [together([RETURN, REQUEST], { reach: 30 }), DATA], [RETURN, { leadIn: END }]];

  return { documentedBinding, instructionsBinding, instructionsInForm, breachNotice, dutiesOf32To36, flowDown, liability, objection, consentForEach, auditsByController, auditOfCompliance, reportsInstead, deletionAtEnd, returnAtEnd };
}
