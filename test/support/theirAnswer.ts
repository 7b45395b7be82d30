/**
 * Round two on their own Word document: the answer they send back to our redline of
 * `va-solicitation-by-word.docx` (`theirDocument.ts`), edited as Word edits it. Jens
 * accepted our word, added a sentence with tracking on, edited two bullets without
 * tracking, commented on some words, changed their footer and saved.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { DPO } from './theirDocument';
import { JENS } from './wordAnswer';

/** Their tracked sentence, their untracked edits and the words of their comment. */
export const ANSWER = {
  tracked: ' Travel is billed at cost.',
  trackedAfter: 'Certification events.',
  inserted: { from: 'Office of the Chief of Staff', to: 'Office of the Chief of Staff and the Chief Nurse' },
  deleted: { from: 'Office of Quality Safety Value', to: 'Office of Quality Value' },
  comment: 'We keep the SES coaching as offered.',
  commented: ' Senior Executive Staff',
  footer: { from: 'Special Notice', to: 'Special Notice (revision 2)' },
} as const;

function replaceOnce(xml: string, from: string | RegExp, to: string): string {
  const count = typeof from === 'string' ? xml.split(from).length - 1 : (xml.match(new RegExp(from.source, 'gu')) ?? []).length;
  if (count !== 1) throw new Error(`expected one ${String(from)} in the XML, found ${count}`);
  return xml.replace(from, to);
}

export function answerOnTheirDocument(sent: Uint8Array): Uint8Array {
  const files = unzipSync(sent);
  let document = strFromU8(files['word/document.xml']!);
  // Our replacement accepted, as Word accepts it: our deletion gone, our insertion's runs plain.
  document = replaceOnce(document, new RegExp(`<w:del w:id="\\d+" w:author="${DPO}"[^>]*>[\\s\\S]*?</w:del>`, 'u'), '');
  document = replaceOnce(document, new RegExp(`<w:ins w:id="\\d+" w:author="${DPO}"[^>]*>([\\s\\S]*?)</w:ins>`, 'u'), '$1');
  const at = document.indexOf('</w:p>', document.indexOf(`${ANSWER.trackedAfter}</w:t>`));
  document = `${document.slice(0, at)}<w:ins w:id="901" w:author="${JENS.author}" w:date="${JENS.date}"><w:r><w:t xml:space="preserve">${ANSWER.tracked}</w:t></w:r></w:ins>${document.slice(at)}`;
  document = replaceOnce(document, `>${ANSWER.inserted.from}</w:t>`, `>${ANSWER.inserted.to}</w:t>`);
  document = replaceOnce(document, `>${ANSWER.deleted.from}</w:t>`, `>${ANSWER.deleted.to}</w:t>`);
  document = replaceOnce(
    document,
    new RegExp(`(<w:r(?: [^>]*)?>(?:(?!<w:r[ >]).)*?<w:t xml:space="preserve">${ANSWER.commented}</w:t></w:r>)`, 'u'),
    '<w:commentRangeStart w:id="902"/>$1<w:commentRangeEnd w:id="902"/><w:r><w:commentReference w:id="902"/></w:r>',
  );
  const comment = `<w:comment w:id="902" w:author="${JENS.author}" w:date="${JENS.commented}" w:initials="JK"><w:p><w:r><w:t>${ANSWER.comment}</w:t></w:r></w:p></w:comment>`;
  const comments = replaceOnce(strFromU8(files['word/comments.xml']!), '</w:comments>', `${comment}</w:comments>`);
  const footer = replaceOnce(strFromU8(files['word/footer2.xml']!), `>${ANSWER.footer.from}<`, `>${ANSWER.footer.to}<`);
  let core = strFromU8(files['docProps/core.xml']!);
  core = core.includes('<cp:lastModifiedBy>') ? replaceOnce(core, /<cp:lastModifiedBy>[^<]*<\/cp:lastModifiedBy>/u, `<cp:lastModifiedBy>${JENS.author}</cp:lastModifiedBy>`) : replaceOnce(core, '</cp:coreProperties>', `<cp:lastModifiedBy>${JENS.author}</cp:lastModifiedBy></cp:coreProperties>`);
  core = replaceOnce(core, /(<dcterms:modified[^>]*>)[^<]*/u, `$1${JENS.saved}`);
  return zipSync({
    ...files,
    'word/document.xml': strToU8(document),
    'word/comments.xml': strToU8(comments),
    'word/footer2.xml': strToU8(footer),
    'docProps/core.xml': strToU8(core),
  });
}
