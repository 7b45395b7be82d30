/**
 * Word keeps a comment's resolved state in `word/commentsExtended.xml` ([MS-DOCX] 2.5.2,
 * `w15:commentEx w15:done`). docx writes that part only for documents with replies, so a
 * resolved comment without replies is added here, by the same rules: one `w15:commentEx`
 * per comment, linked by the `w14:paraId` that docx writes for comments with a durable id.
 */
import { commentIdToParaId, type ICommentOptions } from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';

const CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.commentsExtended+xml';
const RELATIONSHIP = 'http://schemas.microsoft.com/office/2011/relationships/commentsExtended';

export function addCommentsExtended(bytes: Uint8Array, comments: readonly ICommentOptions[]): Uint8Array {
  const files = unzipSync(bytes);
  if (files['word/commentsExtended.xml'] || !comments.some((comment) => comment.resolved)) return bytes;
  const entries = comments
    .map((comment) => `<w15:commentEx w15:paraId="${commentIdToParaId(comment.id)}" w15:done="${comment.resolved ? 1 : 0}"/>`)
    .join('');
  files['word/commentsExtended.xml'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w15:commentsEx xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" mc:Ignorable="w15">${entries}</w15:commentsEx>`,
  );
  const types = strFromU8(files['[Content_Types].xml']!);
  files['[Content_Types].xml'] = strToU8(types.replace('</Types>', `<Override PartName="/word/commentsExtended.xml" ContentType="${CONTENT_TYPE}"/></Types>`));
  const relationships = strFromU8(files['word/_rels/document.xml.rels']!);
  files['word/_rels/document.xml.rels'] = strToU8(
    relationships.replace('</Relationships>', `<Relationship Id="rIdClausemarkCommentsEx" Type="${RELATIONSHIP}" Target="commentsExtended.xml"/></Relationships>`),
  );
  const zippable: Zippable = {};
  for (const [name, data] of Object.entries(files)) zippable[name] = [data, { level: name.endsWith('.xml') || name.endsWith('.rels') ? 6 : 0 }];
  return zipSync(zippable);
}
