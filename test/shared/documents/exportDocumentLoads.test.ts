/**
 * What an export loads: writing into their DOCX reads it first (the DOCX reader and the contract's
 * reader with it), so `exportDocument` loads that writer only for a review of their document; an
 * export of the template or a text contract, the command line's `export` of one included, starts
 * without it.
 */
import { describe, expect, it, vi } from 'vitest';
import { parseContract } from '../../../shared/parse';
import { redlined } from '../../support/theirDocument';
import { readTemplate } from '../../support/files';

const loaded = vi.hoisted(() => ({ patchDocx: 0 }));

vi.mock('../../../shared/docx/patch/patchDocx', async (original) => {
  loaded.patchDocx++;
  return original();
});

const choices = { mode: 'redline', includeInternal: false, tomLayout: 'text', coverPage: false, author: 'Anna Berger', title: '' } as const;
const options = { ...choices, now: '2026-12-06T22:00:00.000Z' };

describe('exportDocument', () => {
  it('writes a text contract without loading the writer into their DOCX, and loads it for their document', async () => {
    const { exportDocument } = await import('../../../shared/documents');
    const ours = await exportDocument({ contract: parseContract(readTemplate()), choices }, options);
    expect(ours.ok).toBe(true);
    expect(loaded.patchDocx).toBe(0);

    const review = redlined();
    const theirs = await exportDocument({ contract: review.contract, choices, theirDocument: { name: 'their.docx', package: review.source.package! } }, options);
    expect(theirs.ok).toBe(true);
    expect(loaded.patchDocx).toBe(1);
  });
});
