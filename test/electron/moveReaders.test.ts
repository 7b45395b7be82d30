/**
 * A move Word wrote, exported into its own document beside our edit, as pandoc reads it back
 * (`--track-changes=all`): the move's halves by their author, our change by ours.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadDocx } from '../../shared/documents/loadDocx';
import { patchDocx } from '../../shared/docx/patch/patchDocx';
import { editText } from '../../shared/review/operations';
import { MOVED_WORDS, movedDocx, WHEN } from '../support/docxMoves';
import { PANDOC, pandocSpans, pandocText } from '../support/readers';
import { describeWithTool } from '../support/tools';

describeWithTool('pandoc', PANDOC, 'apt-get install pandoc', 'a move exported into its document, read by pandoc', () => {
  let folder = '';
  let file = '';
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'clausemark-moves-'));
    const loaded = loadDocx(movedDocx(MOVED_WORDS), 'avv.docx', WHEN);
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.error));
    const source = loaded.review.contract.sections[0]!.clauses[0]!;
    const edited = editText(loaded.review, { kind: 'clause', id: source.id }, source.text.replace('Auftraggeber', 'Verantwortlichen'), { author: 'Anna Schmidt', now: WHEN, newId: () => 'ours-1' });
    const result = patchDocx(edited.source.package!, edited.contract, { mode: 'redline', author: 'Anna Schmidt', now: WHEN });
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    file = join(folder, 'avv-redline.docx');
    await writeFile(file, result.bytes);
  });
  afterAll(() => rm(folder, { recursive: true, force: true }));

  it('reads the move’s source and destination by Jens Krüger and our replacement by Anna Schmidt', () => {
    expect(pandocSpans(file).map(({ kind, author, text }) => [kind, author, text.trim()])).toEqual([
      ['deletion', 'Jens Krüger', 'unverzüglich'],
      ['deletion', 'Anna Schmidt', 'Auftraggeber'],
      ['insertion', 'Anna Schmidt', 'Verantwortlichen'],
      ['insertion', 'Jens Krüger', 'unverzüglich'],
    ]);
    expect(pandocText(file, 'accept')).toContain('Er unterstützt unverzüglich bei Anfragen.');
    expect(pandocText(file, 'reject')).toContain('Der Auftragnehmer meldet Vorfälle unverzüglich dem Auftraggeber.');
  });
});
