/** The export's own runs are written as docx writes a `TextRun`, `InsertedTextRun` or `DeletedTextRun` of the same. */
import { DeletedTextRun, Document, InsertedTextRun, TextRun, type ParagraphChild } from 'docx';
import { describe, expect, it } from 'vitest';
import { markupRun } from '../../../shared/docx/write/markupRun';

const file = new Document({ sections: [] });
const prepared = (run: ParagraphChild) => JSON.stringify((run as unknown as TextRun).prepForXml({ file, viewWrapper: file.Document, stack: [] } as never));
const revision = { id: 7, author: 'Anna & Ben', date: '2025-03-03T08:00:00.000Z' };

describe('markup runs', () => {
  it.each(['Text mit & und <Klammern>', '', ' Leerzeichen '])('writes %j equal, inserted and deleted as docx does', (text) => {
    expect(prepared(markupRun('equal', { text }))).toBe(prepared(new TextRun({ text })));
    expect(prepared(markupRun('insert', { text }, revision))).toBe(prepared(new InsertedTextRun({ text, ...revision })));
    expect(prepared(markupRun('delete', { text }, revision))).toBe(prepared(new DeletedTextRun({ text, ...revision })));
  });

  it('writes a line break equal, inserted and deleted as docx does', () => {
    expect(prepared(markupRun('equal', { lineBreak: true }))).toBe(prepared(new TextRun({ break: 1 })));
    expect(prepared(markupRun('insert', { lineBreak: true }, revision))).toBe(prepared(new InsertedTextRun({ break: 1, ...revision })));
    expect(prepared(markupRun('delete', { lineBreak: true }, revision))).toBe(prepared(new DeletedTextRun({ break: 1, ...revision })));
  });
});
