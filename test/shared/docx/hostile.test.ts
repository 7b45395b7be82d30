/**
 * Untrusted DOCX files: every one is refused with what is wrong and where, as a value,
 * quickly and without reading more than the limits allow.
 */
import { crc32, deflateRawSync } from 'node:zlib';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { DOCX_LIMITS, exportDocx, importDocx, readDocx, type DocxError, type DocxLimits } from '../../../shared/docx';
import { parseContract } from '../../../shared/parse/parseContract';
import { readTemplate } from '../../support/files';
import { boundedLoader } from '../../support/boundedLoader';
import { docxPackage, HEADING_STYLES, p, W } from '../../support/docxPackage';
import { footnoteBomb, numberingBomb, withoutStyles, zipOf } from '../../support/hostileDocx';

function errorOf(bytes: Uint8Array, limits: DocxLimits = DOCX_LIMITS): DocxError {
  const result = importDocx(bytes, { limits });
  if (result.ok) throw new Error('the file was accepted');
  return result.error;
}

const documentWith = (xml: string) => docxPackage({ body: '', documentXml: xml });

describe('a file that is no DOCX', () => {
  it('is refused when it is not a zip at all', () => {
    expect(errorOf(strToU8('1 Gegenstand\n\n1. Text, kein Word-Dokument.'))).toEqual({ reason: 'not-a-zip' });
    expect(errorOf(new Uint8Array(0))).toEqual({ reason: 'not-a-zip' });
  });

  it('is refused when it is cut short', async () => {
    const whole = await exportDocx({ contract: parseContract(readTemplate()) }, { mode: 'redline', includeInternal: false, tomLayout: 'text', coverPage: false, author: '', title: '', now: '2025-01-01T00:00:00.000Z' });
    expect(errorOf(whole.subarray(0, Math.floor(whole.length / 2))).reason).toBe('truncated');
    expect(errorOf(whole.subarray(0, whole.length - 10)).reason).toBe('truncated');
  });

  it('is refused when it is an empty zip, a zip of other things, or lacks its document part', () => {
    expect(errorOf(zipSync({}))).toEqual({ reason: 'missing-part', part: '[Content_Types].xml' });
    expect(errorOf(zipSync({ 'notes.txt': strToU8('hallo') }))).toEqual({ reason: 'not-docx', part: '[Content_Types].xml' });
    expect(errorOf(docxPackage({ body: '', omit: ['word/document.xml'] }))).toEqual({ reason: 'missing-part', part: 'word/document.xml' });
  });

  it('is refused when its main part is a spreadsheet', () => {
    const bytes = docxPackage({
      body: p('Text'),
      extra: {
        '[Content_Types].xml':
          '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>',
      },
    });
    expect(errorOf(bytes)).toMatchObject({ reason: 'not-docx', part: 'word/document.xml' });
  });

  it('is refused with the part and the line when its XML is broken', () => {
    const error = errorOf(documentWith(`<?xml version="1.0"?>\n<w:document xmlns:w="${W}">\n<w:body><w:p><w:r><w:t>offen</w:r></w:p></w:body></w:document>`));
    expect(error.reason).toBe('xml');
    expect(error.part).toBe('word/document.xml');
    expect(error.detail).toMatch(/3:\d+/u);
  });

  it('is refused when it holds no text', () => {
    expect(errorOf(docxPackage({ body: '<w:p/><w:p><w:r><w:t>   </w:t></w:r></w:p>' }))).toEqual({ reason: 'no-text' });
  });
});

describe('a hostile DOCX', () => {
  it('with entity declarations (billion laughs) is refused before any entity is expanded', () => {
    const laughs = `<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY a "ha"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]><w:document xmlns:w="${W}"><w:body><w:p><w:r><w:t>&d;&d;&d;</w:t></w:r></w:p></w:body></w:document>`;
    expect(errorOf(documentWith(laughs))).toMatchObject({ reason: 'dtd', part: 'word/document.xml' });
  });

  it('with an external entity is refused and reads no file', () => {
    const xxe = `<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY secret SYSTEM "file:///etc/passwd">]><w:document xmlns:w="${W}"><w:body><w:p><w:r><w:t>&secret;</w:t></w:r></w:p></w:body></w:document>`;
    const error = errorOf(documentWith(xxe));
    expect(error).toMatchObject({ reason: 'dtd', part: 'word/document.xml' });
    expect(JSON.stringify(error)).not.toContain('root:');
  });

  it('with an undeclared entity is refused as broken XML', () => {
    expect(errorOf(documentWith(`<w:document xmlns:w="${W}"><w:body><w:p><w:r><w:t>&secret;</w:t></w:r></w:p></w:body></w:document>`)).reason).toBe('xml');
  });

  it('nested ten thousand levels deep is refused', () => {
    const depth = 10_000;
    const xml = `<w:document xmlns:w="${W}"><w:body>${'<w:sdt><w:sdtContent>'.repeat(depth)}${p('tief')}${'</w:sdtContent></w:sdt>'.repeat(depth)}</w:body></w:document>`;
    expect(errorOf(documentWith(xml))).toMatchObject({ reason: 'too-deep', part: 'word/document.xml' });
  });

  it('that unpacks to far more than it is (a zip bomb) is stopped while inflating', () => {
    const bomb = zipSync({ ...unzipBase(), 'word/document.xml': [new Uint8Array(DOCX_LIMITS.maxPartBytes + 1024).fill(0x20), { level: 9 }] });
    expect(bomb.length).toBeLessThan(100_000);
    // Processor time, not the clock: a loaded machine slows the clock, not the work.
    const started = process.cpuUsage();
    expect(errorOf(bomb)).toMatchObject({ reason: 'ratio', part: 'word/document.xml' });
    const used = process.cpuUsage(started);
    expect((used.user + used.system) / 1000).toBeLessThan(5_000);
  });

  it('whose part passes the size limit is refused, whatever its header claims', () => {
    const large = zipSync({ ...unzipBase(), 'word/document.xml': [new Uint8Array(3 * 1024 * 1024).fill(0x20), { level: 0 }] });
    expect(errorOf(large, { ...DOCX_LIMITS, maxPartBytes: 2 * 1024 * 1024 })).toMatchObject({ reason: 'entry-too-large', part: 'word/document.xml' });
    const deflated = zipSync({ ...unzipBase(), 'word/document.xml': [randomText(3 * 1024 * 1024), { level: 6 }] });
    // The central directory is made to claim a tiny size: the count while inflating still stops it.
    expect(errorOf(lieAboutSizes(deflated), { ...DOCX_LIMITS, maxPartBytes: 2 * 1024 * 1024 })).toMatchObject({ reason: 'entry-too-large', part: 'word/document.xml' });
  });

  it('with more paragraphs, comments or definitions in a part than any contract has is refused, whatever their size', () => {
    // 5,000 empty paragraphs in 30 KB, with the limit at 1,000: each would cost an object through to the contract.
    const limits = { ...DOCX_LIMITS, maxItems: 1_000 };
    expect(errorOf(docxPackage({ body: p('1 Gegenstand') + '<w:p/>'.repeat(5_000) }), limits)).toEqual({ reason: 'too-many-items', part: 'word/document.xml', detail: '1000' });
    const rows = `<w:tbl>${'<w:tr><w:tc><w:p/></w:tc></w:tr>'.repeat(600)}</w:tbl>`;
    expect(errorOf(docxPackage({ body: p('1 Gegenstand') + rows }), limits)).toMatchObject({ reason: 'too-many-items', part: 'word/document.xml' });
    const comments = '<w:comment w:id="1" w:author="A"><w:p/></w:comment>'.repeat(1_001);
    expect(errorOf(docxPackage({ body: p('1 Gegenstand') + p('1. Text.'), comments }), limits)).toMatchObject({ reason: 'too-many-items', part: 'word/comments.xml' });
    const styles = '<w:style w:type="paragraph" w:styleId="S"><w:name w:val="S"/></w:style>'.repeat(1_001);
    expect(errorOf(docxPackage({ body: p('1 Gegenstand') + p('1. Text.'), styles }), limits)).toMatchObject({ reason: 'too-many-items', part: 'word/styles.xml' });
    // At the limit, read.
    expect(importDocx(docxPackage({ body: p('1 Gegenstand') + p('1. Text.') + '<w:p/>'.repeat(998) }), { limits }).ok).toBe(true);
  });

  it('with too many entries is refused before any is read', () => {
    const files: Record<string, Uint8Array> = {};
    for (let i = 0; i <= DOCX_LIMITS.maxEntries; i++) files[`word/media/${i}.bin`] = new Uint8Array(1);
    expect(errorOf(zipSync({ ...unzipBase(), ...files }))).toMatchObject({ reason: 'too-many-entries' });
  });

  it('that is encrypted, or packed in a way DOCX never is, is refused', () => {
    const encrypted = docxPackage({ body: p('geheim') });
    setFlag(encrypted, 'word/document.xml', 0x1);
    expect(errorOf(encrypted)).toMatchObject({ reason: 'encrypted', part: 'word/document.xml' });
  });
});

describe('a DOCX whose zip says one thing and holds another', () => {
  const provider = '<w:p><w:r><w:t>1 Gegenstand</w:t></w:r></w:p><w:p><w:r><w:t>1. TrafficPlex GmbH verarbeitet Daten.</w:t></w:r></w:p>';
  /** The package's entries, each as the test wants it packed: stored, or deflated in stored blocks (its text readable in the zip). */
  function packed(method: 0 | 8, files = unzipSync(docxPackage({ body: provider }))) {
    return zipOf(Object.entries(files).map(([name, data]) => ({ name, data: method === 8 ? deflateRawSync(data, { level: 0 }) : data, method, size: data.length, crc: crc32(data) })));
  }
  /** The bytes with the first `from` in them replaced by `to` (of the same length): a flipped letter, not a cut. */
  function changed(bytes: Uint8Array, from: string, to: string): Uint8Array {
    const at = Buffer.from(bytes).indexOf(from);
    expect(at).toBeGreaterThan(0);
    const copy = bytes.slice();
    copy.set(strToU8(to), at);
    return copy;
  }

  it('is read as written while every entry holds what the directory records', () => {
    for (const method of [0, 8] as const) {
      const result = importDocx(packed(method));
      expect(result.ok && result.contract.sections[0]!.clauses[0]!.text).toBe('TrafficPlex GmbH verarbeitet Daten.');
    }
  });

  it('with a letter changed in a deflated or a stored part is refused as damaged, naming the part, not read with the other word', () => {
    for (const method of [8, 0] as const) {
      expect(errorOf(changed(packed(method), 'TrafficPlex', 'TrafficPhex'))).toMatchObject({ reason: 'checksum', part: 'word/document.xml' });
    }
  });

  it('whose part inflates to another size than recorded is refused as damaged', () => {
    // The directory claims 100 bytes; the part is small enough that no limit stops it first.
    expect(errorOf(lieAboutSizes(packed(8)))).toMatchObject({ reason: 'size-mismatch', part: 'word/document.xml' });
  });

  it('with a part twice, in the same or in another case, is refused whichever of the two a reader would take', () => {
    const files = unzipSync(docxPackage({ body: provider }));
    const other = strToU8(strFromU8(files['word/document.xml']!).replace('TrafficPlex', 'Andere AG '));
    const twice = (name: string) => zipOf([...Object.entries(files), [name, other] as const].map(([entry, data]) => ({ name: entry, data, method: 0, size: data.length, crc: crc32(data) })));
    expect(errorOf(twice('word/document.xml'))).toMatchObject({ reason: 'duplicate-entry', part: 'word/document.xml' });
    expect(errorOf(twice('Word/Document.XML'))).toMatchObject({ reason: 'duplicate-entry', part: 'Word/Document.XML' });
  });

  it('with more than 65,535 entries is refused with the number it really holds, not the end record’s 16-bit count', () => {
    const empty = new Uint8Array(0);
    const entries = Array.from({ length: 100_000 }, (_, i) => ({ name: `word/media/${i}.bin`, data: empty, method: 0 as const, size: 0, crc: 0 }));
    expect(errorOf(zipOf(entries))).toEqual({ reason: 'too-many-entries', detail: '100000' });
  }, 30_000);
});

describe('a DOCX whose parts say to make far more than they are', () => {
  /** Lists in letters from `start` and with `placeholders` of `%1` in their level text. */
  function lists(start: number, placeholders: number): Uint8Array {
    const level = (from: number, text: string) => `<w:lvl w:ilvl="0"><w:start w:val="${from}"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="${text}"/></w:lvl>`;
    const numbering =
      `<w:abstractNum w:abstractNumId="1">${level(start, '(%1)')}</w:abstractNum><w:abstractNum w:abstractNumId="2">${level(1, '%1'.repeat(placeholders))}</w:abstractNum>` +
      '<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="2"/></w:num>';
    const item = (list: number, text: string) => p(text, `<w:numPr><w:ilvl w:val="0"/><w:numId w:val="${list}"/></w:numPr>`);
    const body = [p('1 Gegenstand', '<w:pStyle w:val="Heading1"/>'), item(1, 'Der Auftragnehmer verarbeitet Daten.'), item(1, 'Er löscht sie.'), p('2 Weisungen', '<w:pStyle w:val="Heading1"/>'), item(2, 'Weisungen erfolgen schriftlich.')];
    return docxPackage({ styles: HEADING_STYLES, numbering, body: body.join('') });
  }

  /** The list labels of the document's paragraphs, as the reader counts them. */
  function labels(bytes: Uint8Array): string[] {
    const read = readDocx(bytes);
    if (!read.ok) throw new Error(JSON.stringify(read.error));
    return read.document.blocks.flatMap((block) => (block.kind === 'paragraph' && block.list ? [block.list.label] : []));
  }

  it('with a list counted in letters far past z, writes the counter in digits', () => {
    // 1000 would be 39 letters (`llll…`): past thirty rounds of the alphabet a counter is its number.
    expect(labels(lists(1000, 1))).toEqual(['(1000)', '(1001)', 'a']);
    expect(labels(lists(27, 1))).toEqual(['(aa)', '(bb)', 'a']);
  });

  it('with a list level text of hundreds of placeholders, cuts the label and says so', () => {
    // The level text is cut to its limit: 64 placeholders of `%1`, each an `a`.
    expect(labels(lists(1, 200))[2]).toBe('a'.repeat(DOCX_LIMITS.maxLevelTextLength / 2));
    const result = importDocx(lists(1, 200));
    expect(result.ok && result.warnings).toEqual([{ code: 'labels-cut', count: 1 }]);
  });

  it('with a footnote referenced again and again, writes its text once and its number at every other reference', () => {
    const reference = '<w:r><w:footnoteReference w:id="7"/></w:r>';
    const bytes = docxPackage({
      styles: HEADING_STYLES,
      footnotes: `<w:footnote w:id="7">${p('Siehe Anlage 3.')}</w:footnote>`,
      body: p('1 Gegenstand', '<w:pStyle w:val="Heading1"/>') + p(`<w:r><w:t>1. Der Auftragnehmer verarbeitet Daten.</w:t></w:r>${reference}`) + p(`<w:r><w:t>2. Er löscht sie.</w:t></w:r>${reference}${reference}`),
    });
    const result = importDocx(bytes);
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    expect(result.contract.sections[0]!.clauses.map((clause) => clause.text)).toEqual(['Der Auftragnehmer verarbeitet Daten. [1: Siehe Anlage 3.]', 'Er löscht sie. [1] [1]']);
  });

  it('the numbering bomb and the footnote bomb are read in seconds, in a bounded heap', async () => {
    const loader = await boundedLoader(20_000, 512);
    try {
      for (const bytes of [numberingBomb(), footnoteBomb()]) {
        const answer = await loader.load(bytes, 'bomb.docx');
        expect(answer.kind).toBe('opened');
        expect(answer.milliseconds).toBeLessThan(20_000);
      }
    } finally {
      await loader.close();
    }
    const read = importDocx(footnoteBomb());
    if (!read.ok) throw new Error(JSON.stringify(read.error));
    const text = read.contract.sections[0]!.clauses.map((clause) => clause.text).join('\n');
    // The note (10 KB) once, and 20,000 references as its number: well under 1 MB, where each copy made 200 MB.
    expect(text.length).toBeLessThan(200_000);
    expect(text.match(/abschließend aufgeführt/gu)).toHaveLength(140);
  }, 120_000);
});

describe('a DOCX without a styles part', () => {
  it('reads its headings by their built-in style names and its sections as with the part', async () => {
    const exported = await exportDocx({ contract: parseContract(readTemplate()) }, { mode: 'redline', includeInternal: false, tomLayout: 'text', coverPage: false, author: '', title: '', now: '2025-01-01T00:00:00.000Z' });
    const without = importDocx(withoutStyles(exported));
    const withStyles = importDocx(exported);
    if (!without.ok || !withStyles.ok) throw new Error('not read');
    expect(without.contract.sections.map((section) => [section.number, section.title, section.clauses.length])).toEqual(withStyles.contract.sections.map((section) => [section.number, section.title, section.clauses.length]));
    expect(without.contract.toms).toHaveLength(withStyles.contract.toms.length);
  });
});

function unzipBase(): Record<string, Uint8Array> {
  // fflate's own reader is trusted here: the package is the test's own.
  const base = unzipSync(docxPackage({ body: p('Text') }));
  delete base['word/document.xml'];
  return base;
}

function randomText(length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  let seed = 42;
  for (let i = 0; i < length; i++) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    bytes[i] = 97 + (seed % 26);
  }
  return bytes;
}

/** Rewrites the central-directory entry of `name` to claim an uncompressed size of 100 bytes. */
function lieAboutSizes(bytes: Uint8Array, name = 'word/document.xml'): Uint8Array {
  const copy = new Uint8Array(bytes);
  const view = new DataView(copy.buffer);
  const encoded = strToU8(name);
  for (let at = 0; at + 46 <= copy.length; at++) {
    if (view.getUint32(at, true) !== 0x02014b50 || view.getUint16(at + 28, true) !== encoded.length) continue;
    if (encoded.every((byte, i) => copy[at + 46 + i] === byte)) view.setUint32(at + 24, 100, true);
  }
  return copy;
}

/** Sets a general-purpose flag on one entry, in its local and its central header. */
function setFlag(bytes: Uint8Array, name: string, flag: number): void {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const encoded = strToU8(name);
  for (let at = 0; at + 46 <= bytes.length; at++) {
    const signature = view.getUint32(at, true);
    const nameAt = signature === 0x04034b50 ? at + 30 : signature === 0x02014b50 ? at + 46 : -1;
    if (nameAt < 0) continue;
    const length = view.getUint16(signature === 0x04034b50 ? at + 26 : at + 28, true);
    if (length !== encoded.length || !encoded.every((byte, i) => bytes[nameAt + i] === byte)) continue;
    view.setUint16(at + (signature === 0x04034b50 ? 6 : 8), view.getUint16(at + (signature === 0x04034b50 ? 6 : 8), true) | flag, true);
  }
}
