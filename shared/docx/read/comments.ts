/**
 * Comments (`word/comments.xml`, ECMA-376 Part 1, §17.13.4) with Word 2013's extension
 * (`word/commentsExtended.xml`, [MS-DOCX] 2.5.2): a `w15:commentEx` links a comment's last
 * paragraph (`w14:paraId`) to its parent's (`w15:paraIdParent`, a reply) and says whether
 * the thread is resolved (`w15:done`).
 */
import { attribute, isTrue, type XmlElement } from '../xml/element';
import type { PartChildren } from './package';
import { acceptedText } from './paragraphContent';
import { normalizeDate } from './revisions';
import { pushAll } from '../../lists';

export interface DocxComment {
  readonly id: string;
  readonly author: string;
  readonly initials: string;
  readonly date: string | null;
  readonly text: string;
  /** The `w:id` of the comment this one answers, from `commentsExtended.xml`. */
  readonly parentId: string | null;
  readonly resolved: boolean;
}

function paragraphsOf(element: XmlElement): XmlElement[] {
  const found: XmlElement[] = [];
  for (const node of element.children) {
    if (typeof node === 'string') continue;
    if (node.name === 'w:p') found.push(node);
    else pushAll(found, paragraphsOf(node));
  }
  return found;
}

export function readComments(comments: PartChildren, extended: PartChildren): Map<string, DocxComment> {
  const threads = new Map<string, { parent: string | null; done: boolean }>();
  extended((entry) => {
    if (entry.name !== 'w15:commentEx') return;
    const paraId = attribute(entry, 'w15:paraId');
    if (paraId) threads.set(paraId.toUpperCase(), { parent: attribute(entry, 'w15:paraIdParent')?.toUpperCase() ?? null, done: isTrue(attribute(entry, 'w15:done')) });
  });
  const byParaId = new Map<string, string>();
  const raw: { id: string; author: string; initials: string; date: string | null; text: string; paraId: string | null }[] = [];
  comments((comment) => {
    if (comment.name !== 'w:comment') return;
    const id = attribute(comment, 'w:id');
    if (id === undefined) return;
    const paragraphs = paragraphsOf(comment);
    const paraId = paragraphs.length > 0 ? (attribute(paragraphs[paragraphs.length - 1]!, 'w14:paraId')?.toUpperCase() ?? null) : null;
    if (paraId) byParaId.set(paraId, id);
    raw.push({
      id,
      author: attribute(comment, 'w:author') ?? '',
      initials: attribute(comment, 'w:initials') ?? '',
      date: normalizeDate(attribute(comment, 'w:date')),
      text: paragraphs.map(acceptedText).join('\n').trim(),
      paraId,
    });
  });
  const found = new Map<string, DocxComment>();
  for (const comment of raw) {
    const thread = comment.paraId ? threads.get(comment.paraId) : undefined;
    const parentId = thread?.parent ? (byParaId.get(thread.parent) ?? null) : null;
    found.set(comment.id, { ...comment, parentId: parentId === comment.id ? null : parentId, resolved: thread?.done ?? false });
  }
  return found;
}
