/**
 * A real Word file opened and sent back without a change of ours comes back as it was: the
 * import cannot place every item in its document (nested revisions whose pieces do not spell
 * the item's markup), but an item that still holds just what the import read is theirs as
 * they wrote it. A decision of ours on such an item is never dropped: export refuses it by name.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { Contract } from '../../shared/contract/model';
import { importDocx } from '../../shared/docx/import/importDocx';
import { patchDocx } from '../../shared/docx/patch/patchDocx';
import { sourcePackageOf } from '../../shared/docx/sourcePackage';
import { newReview } from '../../shared/review/newReview';
import { decideChanges } from '../../shared/review/operations';

const CORPUS = resolve(import.meta.dirname, '../../../shared/docx-corpus');
const NOW = '2026-12-06T16:00:00.000Z';
const FILES = readdirSync(CORPUS).filter((name) => name.endsWith('.docx')).sort();

function opened(name: string): { bytes: Uint8Array; contract: Contract } {
  const bytes = new Uint8Array(readFileSync(join(CORPUS, name)));
  const imported = importDocx(bytes);
  if (!imported.ok) throw new Error(`${name}: ${JSON.stringify(imported.error)}`);
  return { bytes, contract: imported.contract };
}

const mainPart = (bytes: Uint8Array) => unzipSync(bytes, { filter: (file) => file.name === 'word/document.xml' })['word/document.xml'];

describe('a real Word file sent back untouched', () => {
  it('finds corpus files whose items the import could not all place', () => {
    const unplaced = FILES.filter((name) => opened(name).contract.sections.some((section) => section.clauses.some((clause) => !clause.origin && (clause.segments ?? []).some((segment) => segment.kind !== 'equal'))));
    expect(unplaced.length).toBeGreaterThanOrEqual(5);
  });

  it.each(FILES)('%s: export writes their document as it was', (name) => {
    const { bytes, contract } = opened(name);
    const result = patchDocx(sourcePackageOf(bytes), contract, { mode: 'redline', author: 'Dr. Anna Weber', now: NOW });
    if (!result.ok) throw new Error(`${name}: ${JSON.stringify(result.error)}`);
    expect(Buffer.from(mainPart(result.bytes)!).equals(Buffer.from(mainPart(bytes)!))).toBe(true);
  });

  it('refuses, by name, an item it cannot place once a decision of ours changed it', () => {
    const { bytes, contract } = opened('docxrs-del-in-ins.docx');
    const clause = contract.sections[0]!.clauses[0]!;
    expect(clause.origin).toBeUndefined();
    const theirs = clause.segments!.find((segment) => segment.kind === 'delete')!;
    const review = newReview(contract, { kind: 'docx', name: 'docxrs-del-in-ins.docx' }, NOW);
    const decided = decideChanges(review, { id: theirs.id! }, 'reject', { by: 'Dr. Anna Weber', now: NOW, rationale: '', newId: () => 'd1' });
    const result = patchDocx(sourcePackageOf(bytes), decided.contract, { mode: 'redline', author: 'Dr. Anna Weber', now: NOW });
    expect(result).toMatchObject({ ok: false, error: { reason: 'unplaceable' } });
  });
});
