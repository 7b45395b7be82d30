/**
 * Word keeps a comment's resolved state in `word/commentsExtended.xml` ([MS-DOCX] 2.5.2,
 * `w15:commentEx w15:done`). docx writes that part only for documents with replies, so a
 * resolved comment without replies is added here, by the same rules: one `w15:commentEx`
 * per comment, linked by the `w14:paraId` that docx writes for comments with a durable id.
 */
import { commentIdToParaId, type ICommentOptions } from 'docx';

const CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.commentsExtended+xml';
const RELATIONSHIP = 'http://schemas.microsoft.com/office/2011/relationships/commentsExtended';

/** Adds the part, its content type and its relationship to `parts` (by path), unless docx wrote one or nothing is resolved. */
export function addCommentsExtended(parts: Map<string, Uint8Array>, comments: readonly ICommentOptions[]): void {
  if (parts.has('word/commentsExtended.xml') || !comments.some((comment) => comment.resolved)) return;
  const encoder = new TextEncoder();
  const decoder = new TextDecoder();
  const entries = comments
    .map((comment) => `<w15:commentEx w15:paraId="${commentIdToParaId(comment.id)}" w15:done="${comment.resolved ? 1 : 0}"/>`)
    .join('');
  parts.set(
    'word/commentsExtended.xml',
    encoder.encode(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w15:commentsEx xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" mc:Ignorable="w15">${entries}</w15:commentsEx>`,
    ),
  );
  const types = decoder.decode(parts.get('[Content_Types].xml'));
  parts.set('[Content_Types].xml', encoder.encode(types.replace('</Types>', `<Override PartName="/word/commentsExtended.xml" ContentType="${CONTENT_TYPE}"/></Types>`)));
  const relationships = decoder.decode(parts.get('word/_rels/document.xml.rels'));
  parts.set(
    'word/_rels/document.xml.rels',
    encoder.encode(relationships.replace('</Relationships>', `<Relationship Id="rIdClausemarkCommentsEx" Type="${RELATIONSHIP}" Target="commentsExtended.xml"/></Relationships>`)),
  );
}
