/**
 * Paragraphs of one format share their properties (`w:pPr`) in the export: made and prepared
 * once per part, yet each document numbers its lists as before.
 */
import { Document, Packer, TextRun } from 'docx';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ParagraphFormats } from '../../../shared/docx/write/paragraphFormats';
import { BULLET_LIST, documentNumbering } from '../../../shared/docx/write/styles';

type Xml = Record<string, unknown[]>;

/** The `w:pPr` each paragraph is written with, as docx prepares it for one part. */
function preparedProperties(paragraphs: ReturnType<ParagraphFormats['paragraph']>[]): unknown[] {
  const file = new Document({ numbering: documentNumbering(), sections: [{ children: paragraphs }] });
  const context = { file, viewWrapper: file.Document, stack: [] };
  return paragraphs.map((paragraph) => (paragraph.prepForXml(context as never) as Xml)['w:p']![0]);
}

async function documentXml(paragraphs: ReturnType<ParagraphFormats['paragraph']>[]): Promise<{ document: string; numbering: string }> {
  const file = new Document({ numbering: documentNumbering(), sections: [{ children: paragraphs }] });
  const files = unzipSync(await Packer.pack(file, 'uint8array'));
  return { document: strFromU8(files['word/document.xml']!), numbering: strFromU8(files['word/numbering.xml']!) };
}

const ITEM = { numbering: { reference: BULLET_LIST, level: 0 }, spacing: { after: 60 } };

describe('paragraph formats', () => {
  it('gives paragraphs of one format one prepared w:pPr, and other formats their own', () => {
    const formats = new ParagraphFormats();
    const [first, second, other] = preparedProperties([
      formats.paragraph(ITEM, [new TextRun('eins')]),
      formats.paragraph({ ...ITEM }, [new TextRun('zwei')]),
      formats.paragraph({ spacing: { after: 160 } }, [new TextRun('drei')]),
    ]);
    expect(second).toBe(first);
    expect(other).not.toBe(first);
    expect(JSON.stringify(other)).toContain('160');
  });

  it('numbers a shared format\'s list in every document it is written into', async () => {
    const formats = new ParagraphFormats();
    const paragraph = (text: string) => formats.paragraph(ITEM, [new TextRun(text)]);
    const one = await documentXml([paragraph('eins'), paragraph('zwei')]);
    const two = await documentXml([paragraph('drei')]);
    for (const written of [one, two]) {
      const numId = /<w:numId w:val="(\d+)"\/>/u.exec(written.document)?.[1];
      expect(numId).toBeDefined();
      expect(written.numbering).toContain(`<w:num w:numId="${numId}">`);
    }
  });
});
