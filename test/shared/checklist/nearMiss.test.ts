import { describe, expect, it } from 'vitest';
import { CHECKLIST_ITEM_IDS, checkContract, type AspectId, type ChecklistItemId } from '../../../shared/checklist';
import { parseContract } from '../../../shared/parse/parseContract';

/** A contract of one clause: the checklist reads nothing else. */
function oneClause(text: string, language: 'de' | 'en') {
  const contract = language === 'de' ? `Vertrag\n\n1 Allgemeines\n\n1. ${text}\n` : `Agreement\n\n1 General\n\n1. ${text}\n`;
  return checkContract(parseContract(contract));
}

function itemOf(text: string, language: 'de' | 'en', id: ChecklistItemId) {
  return oneClause(text, language).find((item) => item.id === id)!;
}

/** The aspects of `id` the clause is credited with. */
function aspectsSaid(text: string, language: 'de' | 'en', id: ChecklistItemId) {
  return itemOf(text, language, id).evidence.flatMap((evidence) => (evidence.aspect ? [evidence.aspect] : []));
}

/**
 * For every item: sentences that hold a word of the item's vocabulary but are about something
 * else. None of them may count for the item.
 */
const NEAR_MISSES: readonly (readonly [ChecklistItemId, 'de' | 'en', string])[] = [
  ['art28-3-subject', 'de', 'Gerichtsstand für alle Streitigkeiten über den Gegenstand dieser Vereinbarung ist Bremen.'],
  ['art28-3-subject', 'en', 'Any dispute arising out of the subject matter of this DPA shall be settled by the courts of Munich.'],
  ['art28-3-duration', 'de', 'Die Dauer der Aufbewahrung von Protokolldaten beträgt 30 Tage.'],
  ['art28-3-duration', 'de', 'Die Vertraulichkeitspflicht gilt auch nach Beendigung des Vertrags fort.'],
  ['art28-3-duration', 'en', 'Backups are retained for a duration of 30 days.'],
  ['art28-3-nature', 'de', 'Je nach Art der Verarbeitung verschlüsselt der Auftragnehmer die Sicherungen.'],
  ['art28-3-nature', 'de', 'Unter Berücksichtigung der Art der Verarbeitung unterstützt der Auftragnehmer den Auftraggeber bei der Beantwortung von Anträgen.'],
  ['art28-3-nature', 'en', 'Depending on the nature of the processing, the processor encrypts backups.'],
  ['art28-3-purpose', 'de', 'Unter Berücksichtigung von Art und Zweck der Verarbeitung unterstützt der Auftragnehmer den Auftraggeber.'],
  ['art28-3-purpose', 'en', 'Taking into account the nature and purposes of the processing, the processor shall assist the controller by appropriate measures.'],
  ['art28-3-data-types', 'de', 'Je nach Art der Daten werden die Sicherungen verschlüsselt.'],
  ['art28-3-data-types', 'en', 'Depending on the type of data, backups are encrypted.'],
  ['art28-3-data-subjects', 'de', 'Der Auftragnehmer leitet Auskunftsersuchen an den Auftraggeber weiter, insbesondere die Anfragen der Betroffenen'],
  ['art28-3-data-subjects', 'en', 'Depending on the categories of data subjects, retention periods differ.'],
  ['art28-3-controller-rights', 'de', 'Die Kontrollrechte der Aufsichtsbehörde bleiben unberührt.'],
  ['art28-3-controller-rights', 'de', 'Der Auftragnehmer führt eine Weisung des Auftraggebers, die er für rechtswidrig hält, erst nach Bestätigung aus; Kopien werden nur zu Sicherungszwecken erstellt.'],
  ['art28-3-controller-rights', 'en', 'The Processor submits to audits by the supervisory authority; any costs of the supervisory authority are borne by the Customer.'],
  ['art28-3-a', 'de', 'Der Auftragnehmer speichert die Daten in Frankfurt; Auskünfte an Dritte erteilt er nur nach Weisung des Auftraggebers.'],
  ['art28-3-a', 'de', 'Kunden mit Sitz in einem Drittland erhalten Rechnungen ohne Umsatzsteuer.'],
  ['art28-3-a', 'en', 'The Controller shall retain copies of its documented instructions for the term of the Agreement.'],
  ['art28-3-a', 'en', 'Customers established in a third country are invoiced without VAT.'],
  ['art28-3-a-infringing', 'de', 'Der Auftragnehmer informiert den Auftraggeber über Weisungen der Aufsichtsbehörde; bei Verstößen gegen Datenschutzvorschriften haftet er.'],
  ['art28-3-a-infringing', 'en', 'The processor shall inform the controller of any instructions from a supervisory authority; the processor is liable for any infringement of data protection law.'],
  ['art28-3-b', 'de', 'Die Parteien verpflichten sich, die Vertraulichkeit der Inhalte dieser Vereinbarung gegenüber Dritten zu wahren.'],
  ['art28-3-b', 'de', 'Der Auftragnehmer verpflichtet seine Mitarbeiter zur Einhaltung der Weisungen; die Vertraulichkeit der Verbindung wird durch TLS gesichert.'],
  ['art28-3-b', 'en', 'The processor is committed to ISO 27001; confidentiality of data in transit is protected by TLS.'],
  ['art28-3-c', 'en', 'The Customer shall ensure that its users keep their passwords secret; the security measures of the Processor are described in Annex 2.'],
  ['art28-3-c', 'de', 'Der Auftraggeber gewährleistet, dass seine Nutzer Passwörter geheim halten; die technischen und organisatorischen Maßnahmen des Auftragnehmers sind in Anlage 2 beschrieben.'],
  ['art28-2', 'de', 'Der Auftragnehmer darf Unterauftragnehmer einsetzen; Kopien der Daten dürfen nur mit Zustimmung des Auftraggebers erstellt werden.'],
  ['art28-2', 'en', "The processor may use subcontractors for hosting; copies of the data require the customer's prior consent."],
  ['art28-2-objection', 'de', 'Der Auftragnehmer informiert den Auftraggeber über Änderungen der technischen und organisatorischen Maßnahmen.'],
  ['art28-2-objection', 'de', 'Das Widerspruchsrecht der betroffenen Personen nach Art. 21 DSGVO bleibt unberührt.'],
  ['art28-2-objection', 'en', 'The processor notifies the customer of changes to the security measures.'],
  ['art28-2-objection', 'en', 'Data subjects may object to the processing of their data; changes to their data are forwarded to the controller.'],
  ['art28-4-flow-down', 'de', 'Der Auftragnehmer erfüllt entsprechende Pflichten nach Art. 32 DSGVO.'],
  ['art28-4-flow-down', 'en', 'The Processor imposes confidentiality obligations on its employees; sub-processors are listed in Annex 3.'],
  ['art28-4-liability', 'de', 'Der Auftraggeber ist für die Rechtmäßigkeit der Datenverarbeitung verantwortlich; Unterauftragnehmer werden in Anlage 3 genannt.'],
  ['art28-4-liability', 'de', 'Der Auftragsverarbeiter benachrichtigt den Verantwortlichen, wenn der Unterauftragsverarbeiter seine Pflichten nicht erfüllt.'],
  ['art28-4-liability', 'en', 'The Customer is responsible for the lawfulness of the processing; sub-processors are listed in Annex 3.'],
  ['art28-4-liability', 'en', 'The Processor is responsible for selecting sub-processors with care.'],
  ['art28-3-e', 'de', 'Der Auftragnehmer unterstützt den Auftraggeber bei der Datenschutz-Folgenabschätzung; die Rechte der betroffenen Personen richten sich nach dem Hauptvertrag.'],
  ['art28-3-e', 'en', 'The processor shall assist the controller with impact assessments; rights of data subjects are governed by the Main Agreement.'],
  ['art28-3-f', 'de', 'Der Auftraggeber führt die Datenschutz-Folgenabschätzung selbst durch; Verletzungen des Schutzes personenbezogener Daten werden dokumentiert.'],
  ['art28-3-f', 'de', 'Der Auftragnehmer meldet dem Auftraggeber den Einsatz neuer Subunternehmer; Verletzungen des Schutzes personenbezogener Daten werden dokumentiert.'],
  ['art28-3-f', 'en', 'The controller carries out any impact assessment itself; personal data breaches are recorded in a register.'],
  ['art28-3-g', 'de', 'Nach Beendigung des Vertrags bleibt die Pflicht zur Vertraulichkeit bestehen; Protokolle löscht der Auftragnehmer nach 30 Tagen.'],
  ['art28-3-g', 'de', 'Der Auftragnehmer löscht Protokolldaten am Ende jedes Monats.'],
  ['art28-3-g', 'en', 'Upon termination, the confidentiality obligations survive; logs are deleted after 30 days.'],
  ['art28-3-g', 'en', 'Log files are deleted at the end of each month.'],
  ['art28-3-h', 'de', 'Der Auftragnehmer stellt dem Auftraggeber die Informationen zur Verfügung, die zur Beantwortung von Betroffenenanfragen erforderlich sind.'],
  ['art28-3-h', 'de', 'Der Auftragnehmer unterzieht seine Systeme einer regelmäßigen Überprüfung durch den eigenen IT-Leiter.'],
  ['art28-3-h', 'en', 'The processor provides the information necessary to answer data subject requests.'],
  ['art28-3-h', 'en', 'Fire extinguishers in the data centre are subject to yearly inspections.'],
  // Instructions that bind something else than the processing (answering a request), a general authorisation, an objection to marketing.
  ['art28-3-a', 'en', 'The processor responds to a data subject only on written instructions from the controller.'],
  ['art28-3-a', 'de', 'Der Auftragnehmer beantwortet Anfragen Dritter nur auf schriftliche Weisung des Auftraggebers.'],
  ['art28-2-objection', 'de', 'Der Auftraggeber erteilt die vorherige allgemeine Genehmigung, Unterauftragsverarbeiter einzusetzen.'],
  ['art28-2-objection', 'en', 'The Customer gives its prior general authorisation to engage sub-processors.'],
  ['art28-2-objection', 'de', 'Der Auftraggeber kann der Verarbeitung seiner Daten zu Werbezwecken widersprechen.'],
  ['art28-2-objection', 'en', 'You may object to the processing of your personal data for marketing purposes.'],
  // The same terms for something else than obligations binding the sub-processor.
  ['art28-4-flow-down', 'en', 'The list of sub-processors is updated under the same conditions as the price list.'],
  ['art28-4-flow-down', 'de', 'Für Unterauftragnehmer gelten dieselben Zahlungsbedingungen wie für den Auftragnehmer.'],
  // Dividing tasks with a sub-processor answers for nothing it does.
  ['art28-4-liability', 'de', 'Der Auftragnehmer ist dafür verantwortlich, die Zuständigkeiten zwischen ihm und dem Unterauftragnehmer klar voneinander abzugrenzen.'],
  ['art28-4-liability', 'de', 'Die Zuständigkeiten von Auftragnehmer und Subunternehmer sind voneinander abzugrenzen.'],
  ['art28-4-liability', 'en', 'The processor is responsible for delimiting the responsibilities of each sub-processor.'],
  // A duty the controller keeps for itself is no duty of the processor.
  ['art28-3-e', 'en', 'The Customer shall be responsible for responding to data subject requests.'],
  ['art28-3-e', 'de', 'Der Auftraggeber beantwortet Anfragen betroffener Personen selbst.'],
  ['art28-3-f', 'de', 'Der Auftraggeber meldet Datenschutzverletzungen selbst der Aufsichtsbehörde.'],
  ['art28-3-f', 'en', 'The Customer shall notify any personal data breach to the supervisory authority itself.'],
  ['art28-3-g', 'de', 'Der Auftraggeber löscht seine Daten vor Vertragsende selbst.'],
  ['art28-3-g', 'en', 'The Customer shall delete its data before the end of the Agreement.'],
  // An inspection anyone may make, and audits of others or of a form, are no audits by the controller.
  ['art28-3-h', 'en', 'Anyone may inspect our open-source code on GitHub.'],
  ['art28-3-h', 'de', 'Jeder kann den Quellcode unserer Software einsehen und prüfen.'],
  ['art28-3-h', 'en', "We complete the customer's audit questionnaires once a year."],
  ['art28-9', 'de', 'Der Auftragnehmer hat die Daten nach Abschluss der vertraglich vereinbarten Arbeiten dem Auftraggeber auszuhändigen oder datenschutzgerecht zu vernichten und die Löschung schriftlich zu bestätigen.'],
  ['art28-9', 'de', 'Der Auftraggeber kann der Beauftragung eines neuen Unterauftragnehmers schriftlich widersprechen.'],
  ['art28-9', 'de', 'Der Auftragnehmer wird den Auftraggeber über Verstöße gegen diesen Vertrag schriftlich informieren.'],
  ['art28-9', 'de', 'Die Kündigung dieses Vertrags bedarf der Schriftform.'],
  ['art28-9', 'de', 'Der Auftragsverarbeiter darf keine Kopien ohne vorherige schriftliche Genehmigung des Verantwortlichen anfertigen.'],
  ['art28-9', 'de', 'Änderungen an den Unterauftragnehmern werden dem Auftraggeber in Textform mitgeteilt.'],
  ['art28-9', 'en', 'In the event that the processor can no longer meet its obligations under this Addendum, it will notify the Customer in writing immediately.'],
  ['art28-9', 'en', 'Termination of this DPA must be in writing.'],
  ['art28-9', 'en', 'The Customer may object in writing to any new sub-processor within 14 days.'],
  ['art28-9', 'en', 'The processor may modify this DPA from time to time upon written notice to the Customer.'],
  ['art28-9', 'en', 'Subprocessor changes shall be announced by general written notice.'],
  // The concepts' words said of something else: a breach of the contract, the same details, data subjects' objections, choosing sub-processors, deleting by choice, a public right to look.
  ['art28-3-f', 'en', 'Customer shall report any breach of these terms to Supplier.'],
  ['art28-3-f', 'de', 'Verletzungen dieses Vertrags meldet der Auftraggeber dem Auftragnehmer schriftlich.'],
  ['art28-4-flow-down', 'en', 'Sub-processors are listed in Annex 3 with the same details as the Processor.'],
  ['art28-4-flow-down', 'de', 'Unterauftragnehmer werden in Anlage 3 mit denselben Angaben wie der Auftragnehmer aufgeführt.'],
  ['art28-4-flow-down', 'en', 'The same notice periods apply to changes of sub-processors.'],
  ['art28-2-objection', 'en', 'Data subjects may object to processing based on legitimate interests.'],
  ['art28-2-objection', 'de', 'Betroffene Personen können der Verarbeitung ihrer Daten jederzeit widersprechen.'],
  ['art28-4-liability', 'en', 'The processor is responsible for selecting sub-processors carefully.'],
  ['art28-4-liability', 'de', 'Der Auftragnehmer ist für die sorgfältige Auswahl der Unterauftragnehmer verantwortlich.'],
  ['art28-3-g', 'en', 'We reserve the right to delete inactive accounts after 12 months.'],
  ['art28-3-g', 'de', 'Der Anbieter behält sich vor, inaktive Konten nach zwölf Monaten zu löschen.'],
  ['art28-3-g', 'en', 'Backups are deleted after 30 days.'],
  ['art28-3-h', 'en', 'The source code of our client library is public and anyone may audit it.'],
  ['art28-3-h', 'de', 'Der Quellcode ist öffentlich; jedermann kann ihn prüfen.'],
  ['art28-3-h', 'en', 'We publish audit reports of our external auditors on our trust page.'],
  ['art28-3-h', 'en', 'You may inspect our public status page at any time.'],
  ['art28-3-h', 'de', 'Der Auftraggeber kann die öffentlich zugänglichen Prüfberichte jederzeit einsehen und prüfen.'],
  ['art28-4-flow-down', 'de', 'Der Auftragnehmer wählt Unterauftragnehmer unter Einhaltung dieses Vertrages sorgfältig aus.'],
];

/** For every item, a sentence that says it, so that the near misses are not missed by wording that finds nothing. */
const SAYINGS: readonly (readonly [ChecklistItemId, 'de' | 'en', string])[] = [
  ['art28-3-subject', 'de', 'Gegenstand des Auftrags ist die Wartung der Buchhaltungssoftware des Auftraggebers.'],
  ['art28-3-subject', 'en', "The subject matter of the processing is the hosting of the Customer's online shop."],
  ['art28-3-duration', 'de', 'Die Dauer dieses Auftrags entspricht der Laufzeit des Hauptvertrags.'],
  ['art28-3-duration', 'de', 'Die Vereinbarung beginnt mit ihrer Unterzeichnung und endet mit dem Ende des Softwarevertrags.'],
  ['art28-3-duration', 'en', 'The duration of the processing corresponds to the term of the Agreement.'],
  ['art28-3-nature', 'de', 'Art der Verarbeitung ist das Speichern und Sichern der Kundendaten.'],
  ['art28-3-nature', 'en', 'The nature of the processing is the storage and backup of customer data.'],
  ['art28-3-purpose', 'de', 'Zweck der Verarbeitung ist die Bereitstellung der Software.'],
  ['art28-3-purpose', 'en', 'The purpose of the processing is the provision of the hosting service.'],
  ['art28-3-data-types', 'de', 'Die Kategorien personenbezogener Daten sind Name, Anschrift und E-Mail-Adresse.'],
  ['art28-3-data-types', 'en', 'The types of personal data are names, addresses and e-mail addresses.'],
  ['art28-3-data-subjects', 'de', 'Die Kategorien betroffener Personen sind Kunden und Beschäftigte des Auftraggebers.'],
  ['art28-3-data-subjects', 'en', 'The categories of data subjects are customers and employees of the Customer.'],
  ['art28-3-controller-rights', 'de', 'Die Kontrollrechte des Auftraggebers ergeben sich aus Ziffer 7.'],
  ['art28-3-controller-rights', 'de', 'Der Auftragnehmer verarbeitet die Daten, soweit nicht anders vereinbart, nur auf Weisung des Auftraggebers.'],
  ['art28-3-controller-rights', 'en', 'The Customer is entitled to issue instructions on the processing at any time.'],
  ['art28-3-a', 'de', 'Der Auftragnehmer verarbeitet die Daten ausschließlich auf dokumentierte Weisung des Auftraggebers, auch in Bezug auf die Übermittlung in ein Drittland.'],
  ['art28-3-a', 'en', 'The processor shall process the personal data only on documented instructions from the controller, including with regard to transfers to a third country.'],
  ['art28-3-a-infringing', 'de', 'Der Auftragnehmer informiert den Auftraggeber unverzüglich, wenn eine Weisung gegen Datenschutzvorschriften verstößt.'],
  ['art28-3-a-infringing', 'en', 'The processor shall immediately inform the controller if, in its opinion, an instruction infringes data protection law.'],
  ['art28-3-b', 'de', 'Der Auftragnehmer verpflichtet alle mit der Verarbeitung befassten Beschäftigten zur Vertraulichkeit.'],
  ['art28-3-b', 'en', 'The processor ensures that persons authorised to process the personal data have committed themselves to confidentiality.'],
  ['art28-3-c', 'de', 'Der Auftragnehmer trifft die technischen und organisatorischen Maßnahmen nach Art. 32 DSGVO.'],
  ['art28-3-c', 'en', 'The processor shall implement the technical and organisational measures required by Article 32.'],
  ['art28-2', 'de', 'Der Auftragnehmer darf Unterauftragnehmer nur mit vorheriger schriftlicher Genehmigung des Auftraggebers beauftragen.'],
  ['art28-2', 'en', 'The processor shall not engage a sub-processor without prior written authorisation of the controller.'],
  ['art28-2-objection', 'de', 'Der Auftragnehmer informiert den Auftraggeber über jede beabsichtigte Änderung bei den Unterauftragnehmern; der Auftraggeber kann der Änderung widersprechen.'],
  ['art28-2-objection', 'en', 'The processor shall inform the controller of any intended changes concerning the addition or replacement of sub-processors, giving the controller the opportunity to object to such changes.'],
  ['art28-4-flow-down', 'de', 'Der Auftragnehmer erlegt jedem Unterauftragnehmer vertraglich dieselben Datenschutzpflichten auf, die in diesem Vertrag festgelegt sind.'],
  ['art28-4-flow-down', 'en', 'The processor shall impose on each sub-processor the same data protection obligations as set out in this Agreement.'],
  ['art28-4-liability', 'de', 'Der Auftragnehmer haftet gegenüber dem Auftraggeber für die Einhaltung der Pflichten seiner Unterauftragnehmer.'],
  ['art28-4-liability', 'en', "The processor remains fully liable to the controller for the performance of the sub-processor's obligations."],
  ['art28-4-liability', 'en', "The processor remains responsible for its subcontractors' compliance with the obligations of this DPA."],
  ['art28-3-e', 'de', 'Der Auftragnehmer unterstützt den Auftraggeber bei der Erfüllung der Rechte der betroffenen Personen.'],
  ['art28-3-e', 'en', 'The processor shall assist the controller in responding to requests from data subjects.'],
  ['art28-3-f', 'de', 'Der Auftragnehmer unterstützt den Auftraggeber bei der Einhaltung der Pflichten aus Art. 32 bis 36 DSGVO und meldet ihm Verletzungen des Schutzes personenbezogener Daten unverzüglich.'],
  ['art28-3-f', 'en', 'The processor shall assist the controller with Articles 32 to 36 and shall notify the controller without undue delay (and in any event no later than seventy-two hours after the processor or any of its own sub-processors has first become aware of it) of any personal data breach.'],
  ['art28-3-g', 'de', 'Nach Beendigung des Auftrags löscht der Auftragnehmer nach Wahl des Auftraggebers alle Daten oder gibt sie zurück.'],
  ['art28-3-g', 'de', 'Der Auftragnehmer löscht alle Daten oder gibt sie zurück, sobald der Vertrag beendet ist, nach Wahl des Auftraggebers.'],
  ['art28-3-g', 'en', 'At the end of the provision of services, the processor shall, at the choice of the controller, delete or return all personal data.'],
  ['art28-3-h', 'de', 'Der Auftragnehmer stellt dem Auftraggeber alle Informationen zum Nachweis der Einhaltung seiner Pflichten zur Verfügung und ermöglicht Überprüfungen einschließlich Inspektionen durch den Auftraggeber.'],
  ['art28-3-h', 'en', 'The processor shall make available to the controller all information necessary to demonstrate compliance with its obligations and allow for audits, including inspections, by the controller.'],
  // Other words for the same duties.
  ['art28-3-a', 'en', "The processor processes personal data solely on the customer's written instructions."],
  ['art28-3-a', 'de', 'Der Auftragsverarbeiter verarbeitet die Daten nur nach schriftlicher Weisung des Verantwortlichen.'],
  ['art28-3-a-infringing', 'en', 'If we consider that an instruction conflicts with data protection law, we tell you promptly.'],
  ['art28-3-a-infringing', 'de', 'Hält der Auftragnehmer eine Weisung für rechtswidrig, teilt er dies dem Auftraggeber mit.'],
  ['art28-3-b', 'en', 'We ensure that every person we authorise to process personal data has agreed to keep it confidential.'],
  ['art28-3-c', 'de', 'Der Auftragnehmer hält die technischen und organisatorischen Maßnahmen nach Anlage 2 aufrecht.'],
  ['art28-2', 'de', 'Soll ein neuer Unterauftragsverarbeiter eingesetzt werden, wird der Auftraggeber vorab informiert und erhält Gelegenheit zum Widerspruch.'],
  ['art28-2', 'en', 'The customer may object to any new sub-processor within 14 days of our notice.'],
  ['art28-2-objection', 'de', 'Der Auftragnehmer informiert den Auftraggeber über jeden neuen Unterauftragnehmer; der Auftraggeber darf einen neuen Unterauftragnehmer ablehnen.'],
  ['art28-2-objection', 'de', 'Der Auftraggeber kann der Beauftragung eines neuen Unterauftragnehmers widersprechen, über die ihn der Auftragnehmer vorab unterrichtet.'],
  ['art28-2-objection', 'en', 'We notify you of each new sub-processor 30 days in advance. The customer may object within 14 days.'],
  // A consent for each sub-processor: the controller decides each one, more than being told and objecting.
  ['art28-2-objection', 'de', 'Der Auftragnehmer darf Unterauftragnehmer nur mit vorheriger schriftlicher Zustimmung des Auftraggebers einsetzen.'],
  ['art28-2-objection', 'en', 'The processor shall not engage any sub-processor without the prior written consent of the controller.'],
  ['art28-4-flow-down', 'de', 'Der Auftragnehmer hat dem Unterauftragnehmer dieselben Pflichten vertraglich aufzuerlegen.'],
  ['art28-4-flow-down', 'de', 'Der Auftragnehmer stellt vertraglich sicher, dass jeder Subunternehmer ein mindestens gleichwertiges Datenschutzniveau gewährleistet.'],
  ['art28-4-flow-down', 'en', 'Each sub-processor is bound by a written agreement to data protection obligations no less protective than those of this DPA.'],
  ['art28-4-flow-down', 'en', 'The processor ensures that every sub-processor provides at least the same level of protection for personal data as this Agreement requires.'],
  ['art28-4-liability', 'de', 'Der Auftragnehmer hat das Verschulden seiner Unterauftragnehmer wie eigenes Verschulden zu vertreten.'],
  ['art28-3-e', 'en', 'We forward to you any request we receive from a data subject.'],
  ['art28-3-e', 'de', 'Der Auftragnehmer leitet Betroffenenanfragen unverzüglich an den Auftraggeber weiter.'],
  ['art28-3-f', 'de', 'Der Auftragnehmer unterstützt den Auftraggeber bei der Meldung an die Aufsichtsbehörde und meldet ihm jede Datenschutzverletzung unverzüglich.'],
  ['art28-3-f', 'de', 'Der Auftragnehmer unterstützt den Auftraggeber bei der Erfüllung seiner gesetzlichen Datenschutzpflichten und informiert ihn unverzüglich über Verletzungen der Sicherheit personenbezogener Daten.'],
  ['art28-3-f', 'en', 'We assist you with your obligations under Articles 33 and 34 and notify you without undue delay of any unauthorised disclosure of or access to your personal data.'],
  ['art28-3-g', 'de', 'Nach Beendigung des Vertrags werden die Daten nach Wahl des Auftraggebers gelöscht oder zurückgegeben.'],
  ['art28-3-g', 'en', 'Upon termination we delete or return all personal data, at your choice.'],
  ['art28-3-h', 'de', 'Der Auftraggeber ist berechtigt, die Einhaltung dieser Vereinbarung beim Auftragnehmer zu überprüfen.'],
  ['art28-3-h', 'en', 'You may audit our compliance with this DPA once a year.'],
  ['art28-9', 'de', 'Änderungen und Ergänzungen dieser Vereinbarung bedürfen der Schriftform.'],
  ['art28-9', 'de', 'Weisungen erteilt der Auftraggeber schriftlich oder in Textform.'],
  ['art28-9', 'de', 'Nebenabreden bedürfen zu ihrer Wirksamkeit der Schriftform.'],
  ['art28-9', 'de', 'Für Änderungen dieses Vertrags gilt die Schriftform.'],
  ['art28-9', 'en', 'This DPA and any amendment to it shall be in writing, including in electronic form.'],
  ['art28-9', 'en', 'The Controller shall give its instructions in writing.'],
  ['art28-9', 'en', 'Any amendment must be made in writing.'],
  ['art28-9', 'en', "The Processor shall not process the data other than on the Controller's written instructions."],
  // Each concept in words of our own, not the corpus': the duty read from who must do what.
  ['art28-3-f', 'de', 'Der Auftragnehmer zeigt dem Auftraggeber jede Verletzung des Schutzes personenbezogener Daten unverzüglich an und unterstützt ihn bei der Meldung an die Aufsichtsbehörde.'],
  ['art28-3-f', 'de', 'Stellt der Auftragnehmer eine Datenschutzverletzung fest, benachrichtigt er den Auftraggeber ohne schuldhaftes Zögern. Er unterstützt den Auftraggeber bei Datenschutz-Folgenabschätzungen.'],
  ['art28-3-f', 'de', 'Der Auftragnehmer informiert den Auftraggeber unverzüglich über Verstöße gegen den Schutz personenbezogener Daten. Er unterstützt ihn bei der Einhaltung der in Art. 32 bis 36 DSGVO genannten Pflichten.'],
  ['art28-3-f', 'en', 'Supplier will report any Security Incident to Customer within 72 hours and cooperate with Customer in any data protection impact assessment.'],
  ['art28-4-flow-down', 'de', 'Der Auftragnehmer wird mit jedem Unterauftragnehmer einen Vertrag schließen, der ihm mindestens die Pflichten dieser Vereinbarung auferlegt.'],
  ['art28-4-flow-down', 'de', 'Der Auftragnehmer stellt sicher, dass für Subunternehmer dieselben Datenschutzpflichten gelten wie für ihn selbst.'],
  ['art28-4-flow-down', 'en', 'Processor shall enter into a written agreement with each Sub-processor imposing data protection obligations that are substantially the same as those in this DPA.'],
  ['art28-4-flow-down', 'en', 'The same obligations as set out in this DPA shall apply to any sub-processor.'],
  ['art28-2-objection', 'de', 'Der Auftragnehmer teilt dem Auftraggeber jede beabsichtigte Änderung bei den Unterauftragnehmern mit. Der Auftraggeber kann der Änderung innerhalb von zwei Wochen widersprechen.'],
  ['art28-2-objection', 'de', 'Der Auftragnehmer informiert den Auftraggeber vorab über den Einsatz neuer Subunternehmer. Der Auftraggeber darf die Änderung aus wichtigem datenschutzrechtlichen Grund ablehnen.'],
  ['art28-2-objection', 'en', 'Vendor will give Customer notice of any new Subprocessor. Customer may reasonably object to the new Subprocessor within ten days.'],
  ['art28-2-objection', 'en', 'Customer may refuse the appointment of a new Subprocessor on reasonable data protection grounds. We will inform Customer of the new Subprocessor beforehand.'],
  ['art28-4-liability', 'en', 'Where a sub-processor fails to fulfil its data protection obligations, the processor remains fully liable to the controller for the performance of that sub-processor’s obligations.'],
  ['art28-4-liability', 'de', 'Der Auftragnehmer haftet gegenüber dem Auftraggeber für die Einhaltung der Pflichten durch seine Unterauftragnehmer.'],
  ['art28-3-g', 'en', 'Following termination, Processor will return Customer Data on request and will then securely delete it within 30 days.'],
  ['art28-3-g', 'de', 'Nach Vertragsende sind sämtliche personenbezogenen Daten zu löschen; auf Verlangen des Auftraggebers werden sie vorher herausgegeben.'],
  ['art28-3-h', 'de', 'Der Auftraggeber hat das Recht, nach Abstimmung mit dem Auftragnehmer Kontrollen durchzuführen oder durch einen Prüfer durchführen zu lassen. Der Auftragnehmer stellt die zum Nachweis erforderlichen Informationen bereit.'],
  ['art28-3-h', 'en', 'Customer may, at its own cost, conduct an audit of Processor’s facilities once per year. Processor shall provide all information reasonably required to demonstrate compliance with this DPA.'],
  ['art28-3-e', 'en', 'The processor assists the controller, as agreed, in responding to requests from data subjects.'],
  ['art28-3-e', 'de', 'Der Auftragnehmer unterstützt den Auftraggeber wie vereinbart bei der Beantwortung von Anträgen betroffener Personen.'],
  ['art28-3-f', 'de', 'Der Auftragnehmer teilt dem Auftraggeber Datenpannen unverzüglich mit und unterstützt ihn bei der Erfüllung seiner Pflichten nach Art. 33 und 34 DSGVO.'],
  ['art28-4-flow-down', 'de', 'Der Auftragnehmer verpflichtet Unterauftragnehmer schriftlich auf die Einhaltung der Regelungen dieses Vertrages.'],
  ['art28-4-flow-down', 'en', 'The processor shall require each sub-processor by written contract to comply with this DPA.'],
  ['art28-3-h', 'de', 'Der Auftraggeber kann sich vor Beginn der Verarbeitung und sodann regelmäßig von der Einhaltung der technischen und organisatorischen Maßnahmen beim Auftragnehmer überzeugen; dieser erteilt ihm die erforderlichen Auskünfte.'],
];

/**
 * Sentences that say an item only in part: it is weak, and the aspect they fall short of is
 * named as missing (no aspect is credited that they do not say).
 */
const IN_PART: readonly (readonly [ChecklistItemId, 'de' | 'en', string, AspectId])[] = [
  // The processor's own confidentiality, or persons only told of it, is not a commitment of the persons who process.
  ['art28-3-b', 'en', 'Processor and each Subprocessor retaining Personal Data agree to keep them confidential.', 'confidentiality'],
  ['art28-3-b', 'de', 'Der Auftragsverarbeiter verpflichtet sich, personenbezogene Daten vertraulich zu behandeln.', 'confidentiality'],
  ['art28-3-b', 'en', 'All personnel are informed of the confidential nature of the personal data.', 'confidentiality'],
  // Bound to instructions, not to documented ones.
  ['art28-3-a', 'de', 'Der Auftragsverarbeiter verarbeitet die Daten nur nach Weisung des Auftraggebers.', 'instructions'],
  ['art28-3-a', 'en', 'We only process personal data as far as necessary for the service, in accordance with your instructions.', 'instructions'],
  // Deletion without a return at the controller's choice.
  ['art28-3-g', 'en', 'The processor deletes all personal data upon termination of the Agreement.', 'return'],
  ['art28-3-g', 'de', 'Nach Abschluss der Leistungen löscht der Auftragnehmer alle Daten der Endnutzer.', 'return'],
  // Information and reports instead of audits.
  ['art28-3-h', 'en', "At the customer's request we present information on our compliance with this DPA, including completed audit questionnaires.", 'audits'],
  ['art28-3-h', 'de', 'Der Auftragnehmer legt dem Auftraggeber auf Anfrage seine Zertifikate und Prüfberichte vor.', 'audits'],
  // A breach told, with no help with Art. 32 to 36.
  ['art28-3-f', 'en', 'Processor shall notify Controller without undue delay upon becoming aware of a breach of security leading to the accidental or unlawful destruction of Personal Data.', 'assistance'],
  ['art28-3-f', 'de', 'Der Auftragnehmer meldet dem Auftraggeber Verletzungen des Schutzes personenbezogener Daten unverzüglich.', 'assistance'],
];

/** Sentences that leave the duty to the processor's choice (*reserves the right*, *behält sich vor*): weak, as an option. */
const OPTIONS: readonly (readonly [ChecklistItemId, 'de' | 'en', string])[] = [
  ['art28-3-g', 'en', 'We reserve the right to delete or return your data at the end of the Agreement.'],
  ['art28-3-g', 'de', 'Der Auftragnehmer behält sich vor, die Daten nach Vertragsende zu löschen oder zurückzugeben.'],
];

describe('the checklist credits an item only where a sentence says it', () => {
  it('has near misses and sayings for every item', () => {
    for (const id of CHECKLIST_ITEM_IDS) {
      expect(NEAR_MISSES.some(([item]) => item === id), id).toBe(true);
      expect(SAYINGS.some(([item]) => item === id), id).toBe(true);
    }
  });

  it.each(NEAR_MISSES)('%s is not said by (%s) “%s”', (id, language, text) => {
    expect(aspectsSaid(text, language, id)).toEqual([]);
    // Naming the measures addresses Art. 28(3)(c) in part, whoever the sentence obliges; no other item has such a part.
    const unsaid = id === 'art28-3-c' ? { status: 'weak', reason: { kind: 'partial', missing: ['security'] } } : { status: 'missing', clauses: [] };
    expect(itemOf(text, language, id)).toMatchObject(unsaid);
  });

  it.each(SAYINGS)('%s is said by (%s) “%s”', (id, language, text) => {
    const item = itemOf(text, language, id);
    expect(item.status).toBe('covered');
    expect(item.clauses).toEqual(['1.1']);
  });

  it.each(IN_PART)('%s is said only in part by (%s) “%s”: %s is missing', (id, language, text, aspect) => {
    const item = itemOf(text, language, id);
    expect(item).toMatchObject({ status: 'weak', reason: { kind: 'partial', missing: expect.arrayContaining([aspect]) } });
    expect(aspectsSaid(text, language, id)).not.toContain(aspect);
  });

  it.each(OPTIONS)('%s is only an option of the processor in (%s) “%s”', (id, language, text) => {
    expect(itemOf(text, language, id)).toMatchObject({ status: 'weak', reason: { kind: 'option' } });
  });
});
