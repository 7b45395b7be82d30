/**
 * Round two's fixture: our review of round one and their answer as Word writes it, on the
 * DOCX we sent them (our own export, edited as Word edits it). Shared by the command line's
 * and the app's round-two tests.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { Clause } from '../../shared/contract/model';
import { parseContract } from '../../shared/parse/parseContract';
import type { Review } from '../../shared/review/model';
import { addComment, editText } from '../../shared/review/operations';
import { newReview } from '../../shared/review/reviewFile';
import { saveVersion } from '../../shared/compare/versions';
import { readTemplate } from './files';

export const OURS = { author: 'Dr. Anna Weber', date: '2026-01-10T09:00:00.000Z' };
export const JENS = { author: 'Jens Krüger', date: '2026-02-03T10:15:00Z', commented: '2026-02-03T10:20:00Z', saved: '2026-02-03T11:00:00Z' };
/** Word writes dates to the second; the model keeps them as ISO 8601 with milliseconds. */
export const iso = (date: string) => new Date(date).toISOString();
const revision = (tag: 'ins' | 'del', id: number, text: string) =>
  `<w:${tag} w:id="${id}" w:author="${JENS.author}" w:date="${JENS.date}"><w:r><w:${tag === 'ins' ? 't' : 'delText'} xml:space="preserve">${text}</w:${tag === 'ins' ? 't' : 'delText'}></w:r></w:${tag}>`;
const plain = (text: string) => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;

/** Replaces `from` in `xml`, which must hold it exactly once (the fixture is built on our own export). */
function replaceOnce(xml: string, from: string | RegExp, to: string): string {
  const count = typeof from === 'string' ? xml.split(from).length - 1 : (xml.match(new RegExp(from.source, 'gu')) ?? []).length;
  if (count !== 1) throw new Error(`expected one ${String(from)} in the exported XML, found ${count}`);
  return xml.replace(from, to);
}

/**
 * Their answer as Word writes it, on the document we sent: Jens Krüger accepted our change of
 * the governing law, left our added deadline pending, shifted the pseudonymisation to the
 * provider and added a word, with tracking on (three revisions), commented on the measure and
 * saved the file.
 */
export function wordAnswer(sent: Uint8Array): Uint8Array {
  const files = unzipSync(sent);
  let document = strFromU8(files['word/document.xml']!);
  document = replaceOnce(
    document,
    /<w:del w:id="\d+" w:author="Dr\. Anna Weber"[^>]*><w:r><w:delText xml:space="preserve">Bundesrepublik Deutschland<\/w:delText><\/w:r><\/w:del><w:ins w:id="\d+" w:author="Dr\. Anna Weber"[^>]*><w:r><w:t xml:space="preserve">Republik Österreich<\/w:t><\/w:r><\/w:ins>/u,
    plain('Republik Österreich'),
  );
  document = replaceOnce(
    document,
    plain('Der Auftraggeber ist für die Pseudonymisierung der Daten verantwortlich.'),
    plain('Der ') + revision('del', 901, 'Auftraggeber') + revision('ins', 902, 'Auftragnehmer') + plain(' ist für die ') +
      '<w:commentRangeStart w:id="9"/>' + plain('Pseudonymisierung der Daten') + '<w:commentRangeEnd w:id="9"/><w:r><w:commentReference w:id="9"/></w:r>' + plain(' verantwortlich.'),
  );
  document = replaceOnce(
    document,
    plain('Erteilt der Auftraggeber dem Auftragnehmer Weisungen nach Ziffer 9, so hat er durch diese Weisung entstehende Kosten zu erstatten.'),
    plain('Erteilt der Auftraggeber dem Auftragnehmer Weisungen nach Ziffer 9, so hat er durch diese Weisung entstehende ') + revision('ins', 903, 'nachgewiesene ') + plain('Kosten zu erstatten.'),
  );
  const comment = `<w:comment w:id="9" w:author="${JENS.author}" w:date="${JENS.commented}" w:initials="JK"><w:p><w:r><w:t>Übernehmen wir, gegen Aufpreis.</w:t></w:r></w:p></w:comment>`;
  const comments = replaceOnce(strFromU8(files['word/comments.xml']!), '</w:comments>', `${comment}</w:comments>`);
  let core = strFromU8(files['docProps/core.xml']!);
  core = replaceOnce(core, /<cp:lastModifiedBy>[^<]*<\/cp:lastModifiedBy>/u, `<cp:lastModifiedBy>${JENS.author}</cp:lastModifiedBy>`);
  core = replaceOnce(core, /(<dcterms:modified[^>]*>)[^<]*/u, `$1${JENS.saved}`);
  return zipSync({ ...files, 'word/document.xml': strToU8(document), 'word/comments.xml': strToU8(comments), 'docProps/core.xml': strToU8(core) });
}

const clauseOf = (review: Review, text: RegExp): Clause => review.contract.sections.flatMap((section) => section.clauses).find((item) => text.test(item.text))!;

/**
 * Our review of round one: the governing law replaced and a deadline added (pending, by us),
 * an external comment on the place of jurisdiction, an internal note, a version.
 */
export function roundOne(): Review {
  let n = 0;
  const context = { author: OURS.author, now: OURS.date, newId: () => `r1-${++n}` };
  let review = newReview(parseContract(readTemplate()), { kind: 'template', name: 'avv-template.txt' }, OURS.date);
  review = editText(review, { kind: 'clause', id: 's11-c1' }, 'Es gilt das Recht der Republik Österreich.', context);
  review = editText(review, { kind: 'clause', id: 's9-c1' }, clauseOf(review, /^Mündliche Weisungen/u).text.replace('(mind. Textform)', '(mind. Textform, binnen 24 Stunden)'), context);
  review = addComment(review, { kind: 'clause', id: 's11-c2' }, { text: 'Bitte Gerichtsstand prüfen.', visibility: 'external' }, context).review;
  review = addComment(review, { kind: 'clause', id: 's9-c1' }, { text: 'Frist zu lang? Nicht nach außen.', visibility: 'internal' }, context).review;
  return saveVersion(review, 'Runde 1', context).review;
}
