/**
 * The host's zlib inflater for DOCX entries reads what fflate's reads and refuses what
 * fflate's refuses: the same document, and the same reason for a zip bomb, a part past the
 * size limit or a stream cut short.
 */
import { unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { DOCX_LIMITS, exportDocx, importDocx, type DocxLimits } from '../../shared/docx';
import { parseContract } from '../../shared/parse/parseContract';
import { inflateRaw } from '../../electron/handlers/inflateRaw';
import { docxPackage, p } from '../support/docxPackage';
import { readTemplate } from '../support/files';

const readers = { fflate: undefined, zlib: inflateRaw } as const;

function outcomes(bytes: Uint8Array, limits: DocxLimits = DOCX_LIMITS) {
  return Object.fromEntries(
    Object.entries(readers).map(([name, inflater]) => {
      const result = importDocx(bytes, { limits, ...(inflater ? { inflateRaw: inflater } : {}) });
      return [name, result.ok ? { ok: true, contract: result.contract } : { ok: false, reason: result.error.reason, part: result.error.part }];
    }),
  );
}

function withDocument(xml: Uint8Array, level: 0 | 6 | 9): Uint8Array {
  const base = unzipSync(docxPackage({ body: p('Text') }));
  delete base['word/document.xml'];
  return zipSync({ ...base, 'word/document.xml': [xml, { level }] });
}

describe('the zlib inflater of the DOCX reader', () => {
  it('reads an exported redline exactly as fflate does', async () => {
    const bytes = await exportDocx({ contract: parseContract(readTemplate()) }, { mode: 'redline', includeInternal: false, tomLayout: 'text', coverPage: false, author: '', title: '', now: '2025-01-01T00:00:00.000Z' });
    const { fflate, zlib } = outcomes(bytes);
    expect(zlib).toMatchObject({ ok: true });
    expect(zlib).toEqual(fflate);
  });

  it('refuses a zip bomb, a part past the size limit and a cut stream for the same reason as fflate', async () => {
    const bomb = withDocument(new Uint8Array(DOCX_LIMITS.maxPartBytes + 1024).fill(0x20), 9);
    expect(outcomes(bomb)).toEqual({ fflate: { ok: false, reason: 'ratio', part: 'word/document.xml' }, zlib: { ok: false, reason: 'ratio', part: 'word/document.xml' } });

    const small = { ...DOCX_LIMITS, maxPartBytes: 64 * 1024, ratioFloorBytes: 1024 };
    let seed = 42;
    const letters = new Uint8Array(70 * 1024).map(() => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return 97 + (seed % 26);
    });
    const large = outcomes(withDocument(letters, 6), small);
    expect(large['zlib']).toEqual({ ok: false, reason: 'entry-too-large', part: 'word/document.xml' });
    expect(large['zlib']).toEqual(large['fflate']);

    const whole = await exportDocx({ contract: parseContract(readTemplate()) }, { mode: 'clean', includeInternal: false, tomLayout: 'text', coverPage: false, author: '', title: '', now: '2025-01-01T00:00:00.000Z' });
    const cut = outcomes(whole.subarray(0, whole.length - 10));
    expect(cut['zlib']).toMatchObject({ ok: false, reason: 'truncated' });
    expect(cut['zlib']).toEqual(cut['fflate']);
  });

  it('allows a part exactly at the limit and refuses one byte more, as fflate does', () => {
    const limits = { ...DOCX_LIMITS, maxPartBytes: 32 * 1024, ratioFloorBytes: 0, maxRatio: 1_000_000 };
    const text = (length: number) => new TextEncoder().encode(`<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${p('Text')}</w:body></w:document>`.padEnd(length, ' '));
    for (const extra of [0, 1]) {
      const result = outcomes(withDocument(text(limits.maxPartBytes + extra), 6), limits);
      expect(result['zlib']).toEqual(result['fflate']);
      expect(result['zlib']!['ok']).toBe(extra === 0);
    }
  });
});
