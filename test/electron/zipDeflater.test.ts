/**
 * The host's zlib deflater for DOCX exports writes the same package as docx with fflate:
 * the same parts with the same bytes in the same order, a zip that fflate and our own
 * reader read (pandoc and LibreOffice read it in the end-to-end tests), with the export's
 * time on every part.
 */
import { Document, Packer, Paragraph } from 'docx';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { exportDocx, importDocx, type DocxExportOptions } from '../../shared/docx';
import { writeZip } from '../../shared/docx/zip/writeZip';
import { zipDeflater } from '../../electron/handlers/zipDeflater';
import { negotiatedTemplate, withoutReplies } from '../support/negotiated';

const OPTIONS: DocxExportOptions = { mode: 'redline', includeInternal: false, tomLayout: 'text', coverPage: false, author: 'Anna Berger', title: '', now: '2025-03-03T08:15:30.000Z' };

/** The parts of a zip by path, in the zip's order, with `docProps/core.xml` (which holds the time of writing) left out. */
function parts(bytes: Uint8Array): [string, string][] {
  return Object.entries(unzipSync(bytes))
    .filter(([name]) => name !== 'docProps/core.xml')
    .map(([name, data]) => [name, Buffer.from(data).toString('base64')]);
}

describe('the zlib deflater of the DOCX writer', () => {
  it('writes the same parts in the same order as fflate, and a package the reader opens', async () => {
    const contract = negotiatedTemplate();
    const withZlib = await exportDocx({ contract }, OPTIONS, zipDeflater);
    const withFflate = await exportDocx({ contract }, OPTIONS);
    expect(parts(withZlib)).toEqual(parts(withFflate));
    expect(parts(withZlib).map(([name]) => name)).toContain('word/document.xml');
    const back = importDocx(withZlib);
    expect(back.ok && back.contract.sections.map((section) => section.title)).toEqual(contract.sections.map((section) => section.title));
  });

  it('takes the parts from docx as Packer.pack zips them, so the shortcut past Packer reads what Packer writes', async () => {
    const document = new Document({ sections: [{ children: [new Paragraph('Text')] }] });
    const packed = unzipSync(await Packer.pack(document, 'uint8array'));
    const compiler = (Packer as unknown as { compiler: { compile(file: Document, prettify: undefined, overrides: never[]): Map<string, string | Uint8Array> } }).compiler;
    const compiled = [...compiler.compile(document, undefined, [])].map(([name, data]): [string, Uint8Array] => [name, typeof data === 'string' ? new TextEncoder().encode(data) : data]);
    const withoutTime = (entries: [string, Uint8Array][]) => entries.filter(([name]) => name !== 'docProps/core.xml').map(([name, data]) => [name, Buffer.from(data).toString('base64')]);
    expect(compiled.map(([name]) => name)).toEqual(Object.keys(packed));
    expect(withoutTime(compiled)).toEqual(withoutTime(Object.entries(packed)));
  });

  it('adds the resolved state of comments as before', async () => {
    const resolvedOnly = withoutReplies(negotiatedTemplate());
    expect(parts(await exportDocx({ contract: resolvedOnly }, OPTIONS, zipDeflater))).toEqual(parts(await exportDocx({ contract: resolvedOnly }, OPTIONS)));
    const files = unzipSync(await exportDocx({ contract: resolvedOnly }, OPTIONS, zipDeflater));
    expect(new TextDecoder().decode(files['word/commentsExtended.xml'])).toContain('w15:done="1"');
  });

  it('gives every part the time of the export, and 1980 where there is none to give', () => {
    const bytes = writeZip(new Map([['a.xml', new TextEncoder().encode('<a/>')]]), OPTIONS.now, zipDeflater);
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const time = view.getUint16(10, true);
    const date = view.getUint16(12, true);
    // Local time, as zip tools write it.
    const at = new Date(OPTIONS.now);
    expect([date >> 9, (date >> 5) & 15, date & 31, time >> 11, (time >> 5) & 63, (time & 31) * 2]).toEqual([at.getFullYear() - 1980, at.getMonth() + 1, at.getDate(), at.getHours(), at.getMinutes(), at.getSeconds()]);
    // What is no time, or before 1980, is written as 1980, not refused.
    const early = new DataView(writeZip(new Map([['a.xml', new Uint8Array(1)]]), 'not a time', zipDeflater).buffer);
    expect(early.getUint16(12, true) >> 9).toBe(0);
    expect(() => writeZip(new Map([['a.xml', new Uint8Array(1)]]), '1970-01-01T00:00:00.000Z')).not.toThrow();
    expect(new TextDecoder().decode(unzipSync(bytes)['a.xml'])).toBe('<a/>');
  });
});
