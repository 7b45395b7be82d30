/**
 * Hostile and broken DOCX files, made in the test set-up (no checked-in binaries): each the
 * kind of thing that comes by e-mail by mistake or by design, and the reason the reader
 * gives for refusing it.
 */
import { crc32, constants, deflateRawSync } from 'node:zlib';
import { randomBytes } from 'node:crypto';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { docxPackage, HEADING_STYLES, p, W } from './docxPackage';
import { seeded } from './largeContract';
import type { HostError } from '../../shared/documents/errors';

export interface HostileDocx {
  readonly name: string;
  readonly bytes: Uint8Array;
  /** The error the app gives for it (`openFile`'s outcome). */
  readonly error: Partial<HostError> & { readonly code: HostError['code'] };
  /** Words the one line on stderr must hold (English), besides the file's name. */
  readonly says: RegExp;
}

const GiB = 1024 * 1024 * 1024;

const document = (inner: string, prolog = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>') => `${prolog}<w:document xmlns:w="${W}"><w:body>${inner}</w:body></w:document>`;

/**
 * A zip of stored or raw-deflated entries, written by hand so an entry can be a deflate
 * stream made elsewhere (a zip bomb's). Sizes and CRC are what the caller claims.
 */
export function zipOf(entries: readonly { name: string; data: Uint8Array; method: 0 | 8; size: number; crc: number }[]): Uint8Array {
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = strToU8(entry.name);
    const local = new DataView(new ArrayBuffer(30));
    local.setUint32(0, 0x04034b50, true);
    local.setUint16(4, 20, true);
    local.setUint16(8, entry.method, true);
    local.setUint32(14, entry.crc, true);
    local.setUint32(18, entry.data.length, true);
    local.setUint32(22, entry.size, true);
    local.setUint16(26, name.length, true);
    const central = new DataView(new ArrayBuffer(46));
    central.setUint32(0, 0x02014b50, true);
    central.setUint16(4, 20, true);
    central.setUint16(6, 20, true);
    central.setUint16(10, entry.method, true);
    central.setUint32(16, entry.crc, true);
    central.setUint32(20, entry.data.length, true);
    central.setUint32(24, entry.size, true);
    central.setUint16(28, name.length, true);
    central.setUint32(42, offset, true);
    locals.push(new Uint8Array(local.buffer), name, entry.data);
    centrals.push(new Uint8Array(central.buffer), name);
    offset += 30 + name.length + entry.data.length;
  }
  const directorySize = centrals.reduce((sum, part) => sum + part.length, 0);
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, entries.length, true);
  end.setUint16(10, entries.length, true);
  end.setUint32(12, directorySize, true);
  end.setUint32(16, offset, true);
  return Buffer.concat([...locals, ...centrals, new Uint8Array(end.buffer)]);
}

/**
 * 1 GiB of spaces as one raw DEFLATE stream of about 1 MB, without ever holding 1 GiB:
 * one 8 MiB block run, flushed to a byte boundary (non-final), repeated 128 times, then
 * an empty final block. Deflate's back-references never reach before the run's start.
 */
function deflatedGibibyteOfSpaces(): { data: Uint8Array; crc: number } {
  const run = Buffer.alloc(8 * 1024 * 1024, 0x20);
  const block = deflateRawSync(run, { level: 9, finishFlush: constants.Z_SYNC_FLUSH });
  const repeats = GiB / run.length;
  let crc = 0;
  for (let i = 0; i < repeats; i++) crc = crc32(run, crc);
  // BFINAL=1, BTYPE=01 (fixed Huffman), end-of-block: the bits 1,10,0000000 → 0x03 0x00.
  return { data: Buffer.concat([...Array.from({ length: repeats }, () => block), Buffer.from([0x03, 0x00])]), crc };
}

/** The parts of a valid package, ready to be zipped again with one of them replaced. */
function validParts(): Record<string, Uint8Array> {
  return unzipSync(docxPackage({ body: p('1 Gegenstand') + p('1. Der Auftragnehmer verarbeitet Daten.') }));
}

/** A zip whose entries are stored as they are (method 0), with their true sizes and CRC; `more` after them, whatever their names. */
function stored(files: Record<string, Uint8Array>, more: readonly (readonly [string, Uint8Array])[] = []): Uint8Array {
  return zipOf([...Object.entries(files), ...more].map(([name, data]) => ({ name, data, method: 0, size: data.length, crc: crc32(data) })));
}

function zipBomb(): Uint8Array {
  const { data, crc } = deflatedGibibyteOfSpaces();
  const others = Object.entries(validParts())
    .filter(([name]) => name !== 'word/document.xml')
    .map(([name, content]) => ({ name, data: content, method: 0 as const, size: content.length, crc: crc32(content) }));
  return zipOf([...others, { name: 'word/document.xml', data, method: 8, size: GiB, crc }]);
}

/** A package of `files` with every entry deflated in stored blocks: its text is readable in the zip, to be changed in place. */
function deflatedInStoredBlocks(files: Record<string, Uint8Array>): Uint8Array {
  return zipOf(Object.entries(files).map(([name, data]) => ({ name, data: deflateRawSync(data, { level: 0 }), method: 8, size: data.length, crc: crc32(data) })));
}

/** The provider's name changed in the deflated `word/document.xml`, its CRC-32 left as it was. */
function flippedLetter(): Uint8Array {
  const files = validParts();
  files['word/document.xml'] = strToU8(strFromU8(files['word/document.xml']!).replace('Der Auftragnehmer', 'TrafficPlex GmbH'));
  const bytes = Buffer.from(deflatedInStoredBlocks(files));
  bytes.write('TrafficPhex', bytes.indexOf('TrafficPlex'), 'latin1');
  return bytes;
}

/** Two `word/document.xml`, the second another contract: Clausemark read the first, LibreOffice the last. */
function documentTwice(): Uint8Array {
  const files = validParts();
  const other = docxPackage({ body: p('1 Gegenstand') + p('1. Die Andere AG verarbeitet Daten.') });
  const second = unzipSync(other)['word/document.xml']!;
  return stored(files, [['word/document.xml', second]]);
}

/** A package of 100,000 entries, most of them empty: the end record's 16-bit count says 34,464. */
function hundredThousandEntries(): Uint8Array {
  const empty = new Uint8Array(0);
  const parts = validParts();
  return stored(parts, Array.from({ length: 100_000 - Object.keys(parts).length }, (_, i) => [`word/media/${i}.bin`, empty] as const));
}

/** `exported`: a valid DOCX as Clausemark writes it, to cut short. */
export function hostileDocxCorpus(exported: Uint8Array): HostileDocx[] {
  const notZip = strToU8('1 Gegenstand\n\n1. Dies ist Text mit der Endung .docx, kein Word-Dokument.\n');
  const laughs = ['<!ENTITY a "ha">', ...'bcdefghij'.split('').map((name, i) => `<!ENTITY ${name} "${`&${'abcdefghij'[i]};`.repeat(10)}">`)].join('');
  const depth = 200_000;
  return [
    { name: 'empty.docx', bytes: new Uint8Array(0), error: { code: 'empty' }, says: /is empty/u },
    { name: 'random.docx', bytes: randomBytes(64 * 1024), error: { code: 'invalid-docx', reason: 'not-a-zip' }, says: /not a Word document \(no zip archive\)/u },
    { name: 'text.docx', bytes: notZip, error: { code: 'invalid-docx', reason: 'not-a-zip' }, says: /not a Word document \(no zip archive\)/u },
    { name: 'truncated.docx', bytes: exported.subarray(0, Math.floor(exported.length / 2)), error: { code: 'invalid-docx', reason: 'truncated' }, says: /incomplete or damaged/u },
    {
      name: 'no-document.docx',
      bytes: docxPackage({ body: '', omit: ['word/document.xml'] }),
      error: { code: 'invalid-docx', reason: 'missing-part', part: 'word/document.xml' },
      says: /required part is missing \(in word\/document\.xml\)/u,
    },
    {
      name: 'broken-xml.docx',
      bytes: docxPackage({ body: '', documentXml: document('<w:p><w:r><w:t>offen</w:r></w:p>') }),
      error: { code: 'invalid-docx', reason: 'xml', part: 'word/document.xml' },
      says: /not well-formed XML \(in word\/document\.xml\): .*\d+:\d+/u,
    },
    { name: 'zip-bomb.docx', bytes: zipBomb(), error: { code: 'invalid-docx', reason: 'entry-too-large', part: 'word/document.xml' }, says: /too large when unpacked \(in word\/document\.xml\)/u },
    {
      name: 'xxe.docx',
      bytes: docxPackage({
        body: '',
        documentXml: document('<w:p><w:r><w:t>&passwd;</w:t></w:r></w:p>', '<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY passwd SYSTEM "file:///etc/passwd">]>'),
      }),
      error: { code: 'invalid-docx', reason: 'dtd', part: 'word/document.xml' },
      says: /declares a document type \(DTD\)/u,
    },
    {
      name: 'xxe-styles.docx',
      bytes: docxPackage({
        body: p('1 Gegenstand') + p('1. Text.'),
        extra: { 'word/styles.xml': `<?xml version="1.0"?><!DOCTYPE w:styles [<!ENTITY % remote SYSTEM "http://127.0.0.1:9/x.dtd"> %remote;]><w:styles xmlns:w="${W}"/>` },
        styles: '',
      }),
      error: { code: 'invalid-docx', reason: 'dtd', part: 'word/styles.xml' },
      says: /declares a document type \(DTD\).*\(in word\/styles\.xml\)/u,
    },
    {
      name: 'billion-laughs.docx',
      bytes: docxPackage({ body: '', documentXml: document('<w:p><w:r><w:t>&j;</w:t></w:r></w:p>', `<?xml version="1.0"?><!DOCTYPE w:document [${laughs}]>`) }),
      error: { code: 'invalid-docx', reason: 'dtd', part: 'word/document.xml' },
      says: /declares a document type \(DTD\)/u,
    },
    {
      // Stored, not deflated: 200 000 repeated tags deflate so well that the zip bomb check would stop them first.
      name: 'nested.docx',
      bytes: stored({ ...validParts(), 'word/document.xml': strToU8(document(`${'<w:sdt><w:sdtContent>'.repeat(depth / 2)}${p('tief')}${'</w:sdtContent></w:sdt>'.repeat(depth / 2)}`)) }),
      error: { code: 'invalid-docx', reason: 'too-deep', part: 'word/document.xml' },
      says: /nested too deeply \(in word\/document\.xml\)/u,
    },
    {
      name: 'flipped-letter.docx',
      bytes: flippedLetter(),
      error: { code: 'invalid-docx', reason: 'checksum', part: 'word/document.xml' },
      says: /a part is damaged: its content does not match the checksum .*\(in word\/document\.xml\)/u,
    },
    {
      name: 'document-twice.docx',
      bytes: documentTwice(),
      error: { code: 'invalid-docx', reason: 'duplicate-entry', part: 'word/document.xml' },
      says: /holds a part twice \(in word\/document\.xml\)/u,
    },
    {
      // 250,000 empty paragraphs in 1.5 MB, stored: each would cost a paragraph's objects through to the contract.
      name: 'empty-paragraphs.docx',
      bytes: stored({ ...validParts(), 'word/document.xml': strToU8(document(p('1 Gegenstand') + '<w:p/>'.repeat(250_000))) }),
      error: { code: 'invalid-docx', reason: 'too-many-items', part: 'word/document.xml' },
      says: /holds more than 200,000 paragraphs, rows, comments or definitions.*\(in word\/document\.xml\)/u,
    },
    { name: 'many-entries.docx', bytes: hundredThousandEntries(), error: { code: 'invalid-docx', reason: 'too-many-entries', detail: '100000' }, says: /too many files \(100,000\)/u },
  ];
}

/** A file that is read, within the budget, though its parts are made to cost much more. */
export interface BoundedDocx {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/**
 * 300 paragraphs of a list counted in letters from a billion (a label of 38 million letters
 * each, unbounded), and 300 of a list whose level text is 50,000 placeholders.
 */
export function numberingBomb(): Uint8Array {
  const level = (start: string, text: string) => `<w:lvl w:ilvl="0"><w:start w:val="${start}"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="${text}"/></w:lvl>`;
  const numbering =
    `<w:abstractNum w:abstractNumId="1">${level('1000000000', '%1)')}</w:abstractNum><w:abstractNum w:abstractNumId="2">${level('1', '%1'.repeat(50_000))}</w:abstractNum>` +
    '<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="2"/></w:num>';
  const item = (list: number, i: number) => p(`Der Auftragnehmer verarbeitet Daten ${i}.`, `<w:numPr><w:ilvl w:val="0"/><w:numId w:val="${list}"/></w:numPr>`);
  const body = [p('1 Gegenstand', '<w:pStyle w:val="Heading1"/>'), ...Array.from({ length: 300 }, (_, i) => item(1, i)), p('2 Weisungen', '<w:pStyle w:val="Heading1"/>'), ...Array.from({ length: 300 }, (_, i) => item(2, i))];
  return docxPackage({ styles: HEADING_STYLES, numbering, body: body.join('') });
}

/** One footnote of 10 KB referenced 20,000 times: written out at each reference, 200 MB of text. */
export function footnoteBomb(): Uint8Array {
  const note = 'Die Unterauftragsverarbeiter sind in Anlage 3 abschließend aufgeführt. '.repeat(140).trim();
  const footnotes = `<w:footnote w:type="separator" w:id="-1"><w:p/></w:footnote><w:footnote w:id="1">${p(note)}</w:footnote>`;
  const reference = '<w:r><w:footnoteReference w:id="1"/></w:r>'.repeat(100);
  const body = p('1 Gegenstand', '<w:pStyle w:val="Heading1"/>') + Array.from({ length: 200 }, (_, i) => p(`<w:r><w:t>${i + 1}. Der Auftragnehmer verarbeitet Daten.</w:t></w:r>${reference}`)).join('');
  return docxPackage({ styles: HEADING_STYLES, footnotes, body });
}

/** `exported` without its styles part (and the relationship and content type that name it): a package needs none. */
export function withoutStyles(exported: Uint8Array): Uint8Array {
  const files = unzipSync(exported);
  delete files['word/styles.xml'];
  files['word/_rels/document.xml.rels'] = strToU8(strFromU8(files['word/_rels/document.xml.rels']!).replace(/<Relationship [^>]*Target="styles\.xml"\/>/u, ''));
  files['[Content_Types].xml'] = strToU8(strFromU8(files['[Content_Types].xml']!).replace(/<Override PartName="\/word\/styles\.xml"[^>]*\/>/u, ''));
  return zipSync(files);
}

const LARGE_DOCUMENT_WORDS = ['Auftragnehmer', 'Daten', 'verarbeitet', 'die', 'der', 'Weisung', 'schriftlich', 'unverzüglich', 'Kontrolle', 'Maßnahmen', 'Zugriff', 'Löschung', 'gemäß', 'Art.', '28', 'DSGVO'];

/**
 * 166,000 short paragraphs as Word writes them (revision ids on paragraphs and runs, a
 * spacing): a `word/document.xml` of about 28 MB, within every limit, in a DOCX of about 4 MB.
 */
export function largeDocument(): Uint8Array {
  const next = seeded(21);
  const id = () => Math.floor(next() * 0xffffffff).toString(16).toUpperCase().padStart(8, '0');
  const words = (count: number) => Array.from({ length: count }, () => LARGE_DOCUMENT_WORDS[Math.floor(next() * LARGE_DOCUMENT_WORDS.length)]).join(' ');
  const paragraphs: string[] = [];
  for (let section = 1; paragraphs.length < 166_000; section++) {
    paragraphs.push(`<w:p w:rsidR="${id()}"><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>${section} ${words(2)}</w:t></w:r></w:p>`);
    for (let clause = 1; clause <= 9; clause++) {
      paragraphs.push(`<w:p w:rsidR="${id()}" w:rsidRDefault="${id()}"><w:pPr><w:spacing w:after="120"/></w:pPr><w:r w:rsidRPr="${id()}"><w:t>${clause}. ${words(4)}.</w:t></w:r></w:p>`);
    }
  }
  // Packed by zlib: fflate would take seconds to deflate 28 MB.
  const files = unzipSync(docxPackage({ styles: HEADING_STYLES, body: '' }));
  files['word/document.xml'] = strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}"><w:body>${paragraphs.join('')}</w:body></w:document>`);
  return zipOf(Object.entries(files).map(([name, data]) => ({ name, data: deflateRawSync(data), method: 8, size: data.length, crc: crc32(data) })));
}

/** 130,000 short paragraphs under two numbered sections, each naming a party: a DOCX of about 370 KB whose every paragraph is a clause to read. */
export function manyParagraphs(): Uint8Array {
  const paragraph = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
  const body = [paragraph('1. Gegenstand'), paragraph('1.1 Der Auftragnehmer verarbeitet die Daten.'), paragraph('2. Pflichten')];
  for (let index = 0; index < 130_000; index++) body.push(paragraph(`Der Auftragnehmer prüft Absatz ${index}.`));
  return docxPackage({ body: body.join('') });
}

/** Files that are read, not refused, in seconds and bounded memory (`exported`: a valid DOCX as Clausemark writes it). */
export function boundedDocxCorpus(exported: Uint8Array): BoundedDocx[] {
  return [
    { name: 'numbering-bomb.docx', bytes: numberingBomb() },
    { name: 'footnote-bomb.docx', bytes: footnoteBomb() },
    { name: 'no-styles.docx', bytes: withoutStyles(exported) },
  ];
}
