/**
 * Export into the review's own Word document (DESIGN.md, "Their document is theirs"): a real
 * Word file redlined comes back as that file, part by part and paragraph by paragraph, with
 * our change and our external comment in it and nothing else of ours.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Contract, Segment } from '../../../shared/contract/model';
import { loadDocx } from '../../../shared/documents/loadDocx';
import { importDocx } from '../../../shared/docx';
import { acceptAll } from '../../../shared/docx/patch/acceptAll';
import { patchDocx } from '../../../shared/docx/patch/patchDocx';
import type { Review } from '../../../shared/review/model';
import { deleteItem, editText, insertTomAfter, replyToComment } from '../../../shared/review/operations';
import { changedClause, CHANGED, COMMENTED_WORDS, DPO, EXTERNAL_COMMENT, INTERNAL_NOTE, paragraphsOf, partsOf, redlined, text, THEIR_FILE, theirReview } from '../../support/theirDocument';

const NOW = '2026-12-02T11:00:00.000Z';
/** The parts an export into their document may change: the body, the comments and where the package says they are. */
const CHANGEABLE = new Set(['word/document.xml', 'word/comments.xml', 'word/_rels/document.xml.rels', '[Content_Types].xml']);

function exported(review: Review, mode: 'redline' | 'clean' = 'redline'): Uint8Array {
  const result = patchDocx(review.source.package!, review.contract, { mode, author: DPO, now: NOW });
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.bytes;
}

function reimported(bytes: Uint8Array): Contract {
  const result = importDocx(bytes, { fileName: 'back.docx' });
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.contract;
}

const changes = (segments: readonly Segment[] | undefined) => (segments ?? []).filter((segment) => segment.kind !== 'equal').map((segment) => [segment.kind, segment.text, segment.author]);

describe('a redline exported into the Word document it came from', () => {
  const original = partsOf(new Uint8Array(readFileSync(THEIR_FILE)));
  const review = redlined();
  const bytes = exported(review);
  const parts = partsOf(bytes);

  it('keeps every part but the body, the comments and the package’s lists of them byte for byte', () => {
    expect([...parts.keys()].filter((name) => !original.has(name))).toEqual(['word/comments.xml']);
    for (const [name, data] of original) {
      expect(parts.has(name), name).toBe(true);
      if (!CHANGEABLE.has(name)) expect(Buffer.compare(Buffer.from(parts.get(name)!), Buffer.from(data)), name).toBe(0);
    }
    // Their styles, numbering, headers, footers and section properties are among them.
    expect([...original.keys()].filter((name) => /styles|numbering|header|footer|fontTable|settings/u.test(name)).length).toBeGreaterThanOrEqual(8);
  });

  it('rewrites only the paragraph we changed: the same number of paragraphs, every other one and everything between them as written', () => {
    const before = paragraphsOf(text(original.get('word/document.xml')));
    const after = paragraphsOf(text(parts.get('word/document.xml')));
    expect(after.paragraphs).toHaveLength(before.paragraphs.length);
    expect(after.between).toBe(before.between);
    const differing = after.paragraphs.map((paragraph, index) => (paragraph === before.paragraphs[index] ? -1 : index)).filter((index) => index >= 0);
    expect(differing).toHaveLength(1);
    const changed = after.paragraphs[differing[0]!]!;
    expect(changed).toMatch(new RegExp(`<w:del [^>]*w:author="${DPO}"[^>]*><w:r><w:rPr>(.*?)</w:rPr><w:delText xml:space="preserve">${CHANGED.word}</w:delText>`, 'u'));
    // Our words carry their run's formatting (fonts, size), as the deleted word does.
    const deletedLook = /<w:del [^>]*><w:r>(<w:rPr>.*?<\/w:rPr>)/u.exec(changed)![1]!;
    const insertedLook = /<w:ins [^>]*><w:r>(<w:rPr>.*?<\/w:rPr>)<w:t xml:space="preserve">situated<\/w:t>/u.exec(changed)![1]!;
    expect(insertedLook).toBe(deletedLook);
    expect(deletedLook).toContain('Arial');
  });

  it('holds our external comment on the words it was made on, and neither our internal note nor anything of ours besides the author', () => {
    expect(text(parts.get('word/comments.xml'))).toContain(EXTERNAL_COMMENT);
    expect(text(parts.get('word/_rels/document.xml.rels'))).toContain('Target="comments.xml"');
    expect(text(parts.get('[Content_Types].xml'))).toContain('PartName="/word/comments.xml"');
    for (const [name, data] of parts) {
      const written = text(data);
      expect(written, name).not.toContain(INTERNAL_NOTE);
      expect(written, name).not.toMatch(/Clausemark|\/tmp\/|\/home\/|[A-Z]:\\/u);
    }
    const back = changedClause({ ...review, contract: reimported(bytes) });
    expect(changes(back.segments)).toEqual([
      ['delete', CHANGED.word, DPO],
      ['insert', CHANGED.replacement, DPO],
    ]);
    expect(back.comments?.map((comment) => [comment.author, comment.text, comment.visibility, comment.anchor?.quote])).toEqual([[DPO, EXTERNAL_COMMENT, 'external', COMMENTED_WORDS]]);
  });

  it('writes a reply to our comment as a comment of its own, linked to it in commentsExtended.xml, named as Word names it', () => {
    const clause = changedClause(review);
    const comment = clause.comments!.find((candidate) => candidate.visibility === 'external')!;
    const replied = replyToComment(review, { kind: 'clause', id: clause.id }, comment.id, 'Bremen and Hamburg.', { author: 'Ben Kraus', now: NOW, newId: () => 'reply-1' });
    const written = partsOf(exported(replied));
    expect([...written.keys()].filter((name) => !original.has(name)).sort()).toEqual(['word/comments.xml', 'word/commentsExtended.xml']);
    expect(text(written.get('word/commentsExtended.xml'))).toMatch(/<w15:commentEx w15:paraId="[0-9A-F]{8}" w15:paraIdParent="[0-9A-F]{8}" w15:done="0"\/>/u);
    expect(text(written.get('[Content_Types].xml'))).toContain('PartName="/word/commentsExtended.xml"');
    const back = changedClause({ ...review, contract: reimported(exported(replied)) });
    expect(back.comments?.map((entry) => [entry.author, entry.text, entry.replies.map((reply) => [reply.author, reply.text])])).toEqual([[DPO, EXTERNAL_COMMENT, [['Ben Kraus', 'Bremen and Hamburg.']]]]);
  });

  it('writes the clean copy as the same document with our wording, no comments and no revisions', () => {
    const clean = partsOf(exported(review, 'clean'));
    expect([...clean.keys()]).toEqual([...original.keys()]);
    for (const [name, data] of original) if (name !== 'word/document.xml') expect(Buffer.compare(Buffer.from(clean.get(name)!), Buffer.from(data)), name).toBe(0);
    const before = paragraphsOf(text(original.get('word/document.xml')));
    const after = paragraphsOf(text(clean.get('word/document.xml')));
    expect(after.paragraphs).toHaveLength(before.paragraphs.length);
    expect(after.paragraphs.filter((paragraph, index) => paragraph !== before.paragraphs[index])).toHaveLength(1);
    expect(text(clean.get('word/document.xml'))).not.toMatch(/<w:(?:ins|del|commentRangeStart) /u);
    const back = changedClause({ ...review, contract: reimported(exported(review, 'clean')) });
    expect(back.text).toContain(`${CHANGED.replacement} at 6900 North Pecos Road`);
    expect(back.segments).toBeUndefined();
  });
});

describe('their own revisions in the document we redline', () => {
  const file = resolve(import.meta.dirname, '../../fixtures/docx/template-redlined-in-libreoffice.docx');
  const loaded = loadDocx(new Uint8Array(readFileSync(file)), 'template-redlined-in-libreoffice.docx', NOW);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.error));
  const theirs = loaded.review;
  let id = 0;
  const context = { author: DPO, now: NOW, newId: () => `ours-${++id}` };
  const clause = (contract: Contract, section: string, index: number) => contract.sections.find((candidate) => candidate.number === section)!.clauses[index]!;

  it('stay theirs, by their authors, beside ours in the same clause', () => {
    const target = clause(theirs.contract, '1', 1);
    const review = editText(theirs, { kind: 'clause', id: target.id }, target.text.replace('Die Kündigung', 'Jede Kündigung'), context);
    const bytes = exported(review);
    const back = clause(reimported(bytes), '1', 1);
    expect(changes(back.segments)).toEqual([
      ['delete', 'Die', DPO],
      ['insert', 'Jede', DPO],
      ['delete', 'gleichzeitig', 'Lena Hoffmann'],
      ['insert', 'sofort', 'Lena Hoffmann'],
    ]);
    const count = (xml: string) => xml.split('w:author="Lena Hoffmann"').length + xml.split('w:author="Max Vogel"').length;
    const original = partsOf(new Uint8Array(readFileSync(file)));
    expect(count(text(partsOf(bytes).get('word/document.xml')))).toBe(count(text(original.get('word/document.xml'))));
    // Their comments stay as they were: nothing of ours was written, so the part is theirs byte for byte.
    expect(Buffer.compare(Buffer.from(partsOf(bytes).get('word/comments.xml')!), Buffer.from(original.get('word/comments.xml')!))).toBe(0);
  });

  it('keep their comment as it was, and our reply in their thread reaches them as a comment of ours on the same words', () => {
    const commented = theirs.contract.sections.flatMap((section) => section.clauses).find((candidate) => (candidate.comments ?? []).some((comment) => comment.id.startsWith('docx-c')))!;
    const theirComment = commented.comments!.find((comment) => comment.id.startsWith('docx-c'))!;
    const review = replyToComment(theirs, { kind: 'clause', id: commented.id }, theirComment.id, 'Agreed, see our change.', context);
    const back = reimported(exported(review)).sections.flatMap((section) => section.clauses).find((candidate) => candidate.id === commented.id)!;
    const said = (back.comments ?? []).map((comment) => [comment.author, comment.text, comment.anchor?.quote ?? null]);
    expect(said).toContainEqual([theirComment.author, theirComment.text, theirComment.anchor?.quote ?? null]);
    expect(said).toContainEqual([DPO, 'Agreed, see our change.', theirComment.anchor?.quote ?? null]);
  });

  it('writes a measure we add as a paragraph of its own, and a clause we delete with its paragraph; the clean copy takes both', () => {
    const after = theirs.contract.toms.find((tom) => tom.text === 'besetzter Leitstand')!;
    const added = insertTomAfter(theirs, after.id, 'Videoüberwachung der Zugänge', context);
    const target = clause(added.review.contract, '2', 1);
    const review = deleteItem(added.review, { kind: 'clause', id: target.id }, context);
    const bytes = exported(review);
    const before = paragraphsOf(text(partsOf(new Uint8Array(readFileSync(file))).get('word/document.xml'))).paragraphs.length;
    expect(paragraphsOf(text(partsOf(bytes).get('word/document.xml'))).paragraphs).toHaveLength(before + 1);
    const back = reimported(bytes);
    const tom = back.toms.find((candidate) => candidate.text === 'Videoüberwachung der Zugänge');
    expect(tom?.change).toMatchObject({ kind: 'insert', author: DPO });
    expect(back.toms.findIndex((candidate) => candidate === tom)).toBe(back.toms.findIndex((candidate) => candidate.text === 'besetzter Leitstand') + 1);
    expect(clause(back, '2', 1)).toMatchObject({ text: target.text, change: { kind: 'delete', author: DPO } });

    const cleanBytes = exported(review, 'clean');
    // A clean copy carries no markup: their comments go with every revision, and their part with its relationship.
    const cleanParts = partsOf(cleanBytes);
    expect(cleanParts.has('word/comments.xml')).toBe(false);
    expect(text(cleanParts.get('word/_rels/document.xml.rels'))).not.toContain('comments');
    expect(text(cleanParts.get('[Content_Types].xml'))).not.toContain('comments');
    expect(text(cleanParts.get('word/document.xml'))).not.toMatch(/<w:comment(?:RangeStart|RangeEnd|Reference) /u);
    const clean = reimported(cleanBytes);
    expect(clean.sections.flatMap((section) => section.clauses).some((candidate) => candidate.comments)).toBe(false);
    expect(clean.toms.some((candidate) => candidate.text === 'Videoüberwachung der Zugänge' && !candidate.change)).toBe(true);
    expect(clean.sections.flatMap((section) => section.clauses).some((candidate) => candidate.text === target.text)).toBe(false);
    expect(clean.toms.every((candidate) => !candidate.segments && !candidate.change)).toBe(true);
  });
});

describe('a review that no longer fits its document', () => {
  const review = redlined();

  it('is refused, without a document, when the document it keeps is damaged', () => {
    const data = review.source.package!.data;
    const damaged = { ...review.source.package!, data: `${data.slice(0, 200)}${data[200] === 'A' ? 'B' : 'A'}${data.slice(201)}` };
    expect(patchDocx(damaged, review.contract, { mode: 'redline', author: DPO, now: NOW })).toEqual({ ok: false, error: { reason: 'damaged' } });
  });

  it('names the clause whose place in the document reads otherwise than at import', () => {
    const clause = changedClause(review);
    const contract: Contract = {
      ...review.contract,
      sections: review.contract.sections.map((section) => ({ ...section, clauses: section.clauses.map((candidate) => (candidate === clause ? { ...candidate, origin: { ...candidate.origin!, check: '00000000' } } : candidate)) })),
    };
    const result = patchDocx(theirReview().source.package!, contract, { mode: 'redline', author: DPO, now: NOW });
    expect(result).toMatchObject({ ok: false, error: { reason: 'mismatch' } });
    expect(!result.ok && result.error.reason === 'mismatch' && result.error.places).toHaveLength(1);
  });
});

describe('the clean copy of their document', () => {
  const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
  const by = 'w:author="Jens" w:date="2026-01-01T00:00:00Z"';

  it('accepts every revision of theirs as Word does: insertions kept, deletions gone, a deleted paragraph mark joined to the next, a deleted row gone, marks of numbering and moves dropped', () => {
    const body = [
      `<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:ins w:id="1" ${by}/></w:numPr></w:pPr><w:r><w:t>Eins </w:t></w:r><w:ins w:id="2" ${by}><w:r><w:t>neu</w:t></w:r></w:ins><w:del w:id="3" ${by}><w:r><w:delText>alt</w:delText></w:r></w:del></w:p>`,
      `<w:p><w:pPr><w:rPr><w:del w:id="4" ${by}/></w:rPr></w:pPr><w:r><w:t>Zwei </w:t></w:r></w:p>`,
      `<w:p><w:pPr><w:jc w:val="both"/><w:rPr><w:moveTo w:id="5" ${by}/></w:rPr></w:pPr><w:r><w:rPr><w:b/><w:rPrChange w:id="6" ${by}><w:rPr/></w:rPrChange></w:rPr><w:t>Drei</w:t></w:r></w:p>`,
      `<w:tbl><w:tr><w:trPr><w:del w:id="7" ${by}/></w:trPr><w:tc><w:p><w:r><w:t>weg</w:t></w:r></w:p></w:tc></w:tr><w:tr><w:tc><w:p><w:r><w:t>bleibt</w:t></w:r></w:p></w:tc></w:tr></w:tbl>`,
    ].join('');
    expect(acceptAll(`<?xml version="1.0"?>\n<w:document ${W}><w:body>${body}</w:body></w:document>`, 'word/document.xml')).toBe(
      `<?xml version="1.0"?>\n<w:document ${W}><w:body>` +
        '<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/></w:numPr></w:pPr><w:r><w:t>Eins </w:t></w:r><w:r><w:t>neu</w:t></w:r></w:p>' +
        '<w:p><w:pPr><w:jc w:val="both"/><w:rPr></w:rPr></w:pPr><w:r><w:t>Zwei </w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>Drei</w:t></w:r></w:p>' +
        '<w:tbl><w:tr><w:tc><w:p><w:r><w:t>bleibt</w:t></w:r></w:p></w:tc></w:tr></w:tbl>' +
        '</w:body></w:document>',
    );
  });
});
