/**
 * Proof by real readers that the export into their Word document is theirs with our redline:
 * pandoc reads back our change and our comment (and not our internal note), and LibreOffice
 * renders the document with every change accepted page for page as it renders their original
 * with our wording put in by hand. Each needs its tool; in CI a missing tool fails the run.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { beforeAll, expect, it } from 'vitest';
import { zipDeflater } from '../../electron/handlers/zipDeflater';
import { patchDocx } from '../../shared/docx/patch/patchDocx';
import type { Review } from '../../shared/review/model';
import { libreOfficeConvertAll, PANDOC, pandocSpans, pandocText, SOFFICE } from '../support/readers';
import { CHANGED, DPO, EXTERNAL_COMMENT, INTERNAL_NOTE, partsOf, redlined, text, THEIR_FILE } from '../support/theirDocument';
import { describeWithTool, findExecutable } from '../support/tools';

const PDFTOPPM = findExecutable(['pdftoppm']);
const folder = mkdtempSync(join(tmpdir(), 'clausemark-their-readers-'));
const NOW = '2026-12-02T11:00:00.000Z';

function exported(review: Review, mode: 'redline' | 'clean', name: string): string {
  const result = patchDocx(review.source.package!, review.contract, { mode, author: DPO, now: NOW }, zipDeflater);
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  const path = join(folder, name);
  writeFileSync(path, result.bytes);
  return path;
}

/** Their original with our one word put in by hand, in its own run: what accepting our redline must give. */
function byHand(name: string): string {
  const parts = partsOf(new Uint8Array(readFileSync(THEIR_FILE)));
  const xml = text(parts.get('word/document.xml'));
  expect(xml.split(CHANGED.find)).toHaveLength(2);
  parts.set('word/document.xml', new TextEncoder().encode(xml.replace(CHANGED.find, CHANGED.find.replace(CHANGED.word, CHANGED.replacement))));
  const path = join(folder, name);
  writeFileSync(path, zipSync(Object.fromEntries(parts)));
  return path;
}

let redline = '';
let clean = '';
let expected = '';
beforeAll(() => {
  const review = redlined();
  redline = exported(review, 'redline', 'redline.docx');
  clean = exported(review, 'clean', 'clean.docx');
  expected = byHand('by-hand.docx');
});

describeWithTool('pandoc', PANDOC, 'apt-get install pandoc', 'pandoc reads their document with our redline', () => {
  it('finds our deletion and insertion by our author, and our external comment, but not our internal note', () => {
    const spans = pandocSpans(redline);
    expect(spans).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'deletion', author: DPO, text: CHANGED.word }),
        expect.objectContaining({ kind: 'insertion', author: DPO, text: CHANGED.replacement }),
        expect.objectContaining({ kind: 'comment-start', author: DPO, text: EXTERNAL_COMMENT }),
      ]),
    );
    expect(spans.filter((span) => span.author === DPO)).toHaveLength(3);
    expect(pandocText(redline, 'all')).not.toContain(INTERNAL_NOTE);
  });

  it('reads the redline accepted as the original with our wording, and rejected as the original', () => {
    expect(pandocText(redline, 'accept')).toBe(pandocText(expected, 'accept'));
    expect(pandocText(redline, 'reject')).toBe(pandocText(THEIR_FILE, 'accept'));
    expect(pandocText(clean, 'all')).toBe(pandocText(expected, 'all'));
  });
});

describeWithTool('LibreOffice and pdftoppm', SOFFICE && PDFTOPPM, 'apt-get install libreoffice-writer-nogui poppler-utils', 'LibreOffice renders their document with our changes accepted', () => {
  it('page for page as their original with our wording', () => {
    const [cleanPdf, expectedPdf] = libreOfficeConvertAll([clean, expected], 'pdf');
    const pages = (pdf: string, prefix: string) => {
      const run = spawnSync(PDFTOPPM!, ['-r', '60', pdf, join(folder, prefix)], { encoding: 'utf8', timeout: 120_000 });
      if (run.status !== 0) throw new Error(`pdftoppm failed: ${run.stderr}`);
      return readdirSync(folder)
        .filter((name) => name.startsWith(`${prefix}-`) && name.endsWith('.ppm'))
        .sort()
        .map((name) => readFileSync(join(folder, name)));
    };
    const ours = pages(cleanPdf!, 'clean');
    const theirs = pages(expectedPdf!, 'by-hand');
    // The header's "Page N of M" and the footer are on every page: eleven of them.
    expect(theirs.length).toBeGreaterThan(5);
    expect(ours).toHaveLength(theirs.length);
    ours.forEach((page, index) => expect(Buffer.compare(page, theirs[index]!), `page ${index + 1}`).toBe(0));
  });
});
