/**
 * Export into the review's own Word document (DESIGN.md, "Their document is theirs"): the
 * package the review keeps, with our changes written into the paragraphs they belong to
 * and our external comments into its comments part. Every other part, and every other
 * byte of the main part, is copied as it was: the zip entries of untouched parts even
 * compressed as they were. The clean copy is the same document with every revision,
 * theirs and ours, accepted (`acceptAll`) and none of our comments.
 * Nothing of ours goes into the document but the authors of our changes and comments.
 */
import type { Contract } from '../../contract';
import type { SourcePackage } from '../../review';
import { sourcePackageBytes } from '../sourcePackage';
import { DocxReadError } from '../errors';
import { paragraphsOf } from '../read/body';
import { DOCX_LIMITS } from '../limits';
import type { DocxParagraph } from '../read/body';
import { readDocx } from '../read/readDocx';
import type { DocxExportOptions } from '../write/options';
import type { XmlElement } from '../xml/element';
import { decodePart } from '../xml/visitXml';
import { openZip, type ZipArchive } from '../zip/readZip';
import { dosDateTime, writeZipEntries, zipTime, type ZipDeflater, type ZipOutEntry } from '../zip/writeZip';
import { deflateSync } from 'fflate';
import { crc32 } from '../zip/crc32';
import { acceptAll, dropComments } from './acceptAll';
import { relationshipsPart, resolvePart } from '../read/package';
import { addComments, type PartTexts } from './commentsPart';
import { PatchFailure, type PatchError } from './errors';
import { importDocx } from '../import/importDocx';
import { patchItems, type PatchItem } from './items';
import { bodyParagraph, patchBody, type BodyParagraph } from './patchBody';
import { prefixFor, qualify, WORDPROCESSINGML } from './xmlText';

export type PatchResult = { readonly ok: true; readonly bytes: Uint8Array } | { readonly ok: false; readonly error: PatchError };

/** The highest `w:id` a part carries: ours are numbered after it, unique among revisions and comments alike. */
function highestId(text: string, w: (local: string) => string): number {
  let highest = 0;
  for (const match of text.matchAll(new RegExp(`\\s${w('id').replace(/\./gu, '\\.')}\\s*=\\s*["'](\\d{1,15})["']`, 'gu'))) highest = Math.max(highest, Number(match[1]));
  return highest;
}

function encodeAs(encoding: 'utf-8' | 'utf-16le' | 'utf-16be', head: Uint8Array, text: string): Uint8Array {
  if (encoding === 'utf-8') {
    const body = new TextEncoder().encode(text);
    const out = new Uint8Array(head.length + body.length);
    out.set(head);
    out.set(body, head.length);
    return out;
  }
  const out = new Uint8Array(head.length + text.length * 2);
  out.set(head);
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    const at = head.length + index * 2;
    out[at] = encoding === 'utf-16le' ? code & 255 : code >> 8;
    out[at + 1] = encoding === 'utf-16le' ? code >> 8 : code & 255;
  }
  return out;
}

/** Parts as text over the zip: what is written is kept apart, re-encoded as its part was. */
class Parts implements PartTexts {
  /** By lower-case name (OPC names ignore case), with the name as written. */
  readonly written = new Map<string, { readonly name: string; readonly data: Uint8Array }>();
  readonly removed = new Set<string>();
  private readonly texts = new Map<string, string>();

  constructor(private readonly zip: ZipArchive) {}

  has(name: string): boolean {
    return this.zip.entries.has(name.toLowerCase()) || this.written.has(name.toLowerCase());
  }

  read(name: string): string | null {
    const key = name.toLowerCase();
    const known = this.texts.get(key);
    if (known !== undefined) return known;
    const bytes = this.zip.read(name);
    return bytes === null ? null : decodePart(bytes, name).text;
  }

  /** Leaves a part out of the package. */
  remove(name: string): void {
    this.removed.add(name.toLowerCase());
  }

  write(name: string, text: string): void {
    const key = name.toLowerCase();
    const bytes = this.zip.read(name);
    const decoded = bytes === null ? null : decodePart(bytes, name);
    this.texts.set(key, text);
    this.written.set(key, { name, data: encodeAs(decoded?.encoding ?? 'utf-8', decoded?.head ?? new Uint8Array(0), text) });
  }
}

/** The content types without the override of part `name`. */
function withoutOverride(types: string, name: string): string {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  return types.replace(new RegExp(`<(?:\\w+:)?Override\\s[^>]*PartName\\s*=\\s*["']/${escaped}["'][^>]*/>`, 'iu'), '');
}

/**
 * Items the import could not place in their document (nested revisions whose pieces do not
 * spell the item's markup) that still hold exactly what the import read: their revisions as
 * they wrote them and nothing of ours. Their document holds them as they are, so export leaves
 * them; an edit, a decision or a comment of ours on one still makes export refuse it by name.
 */
function asTheyWrote(bytes: Uint8Array, items: readonly PatchItem[]): PatchItem[] {
  const unplaced = new Set(items.filter((item) => !item.origin && item.id !== undefined && item.comments.length === 0 && (item.change !== undefined || item.markup.some((segment) => segment.kind !== 'equal'))));
  if (unplaced.size === 0) return [...items];
  const imported = importDocx(bytes);
  if (!imported.ok) return [...items];
  const read = new Map(patchItems(imported.contract).map((item) => [item.id, item]));
  const same = (item: PatchItem, asRead: PatchItem | undefined) => asRead !== undefined && !asRead.origin && JSON.stringify([item.markup, item.change ?? null]) === JSON.stringify([asRead.markup, asRead.change ?? null]);
  return items.map((item) => (unplaced.has(item) && same(item, read.get(item.id)) ? { ...item, markup: [], change: undefined } : item));
}

/** Untouched entries copied as stored, written parts deflated anew, new parts at the end. */
function zipOf(zip: ZipArchive, written: Parts['written'], removed: ReadonlySet<string>, now: string, deflater?: ZipDeflater): Uint8Array {
  const { time, date } = dosDateTime(zipTime(now));
  const compress = (name: string, data: Uint8Array): ZipOutEntry => ({
    name,
    method: 8,
    time,
    date,
    data: deflater ? deflater.deflateRaw(data) : deflateSync(data),
    size: data.length,
    crc: deflater ? deflater.crc32(data) >>> 0 : crc32(data),
  });
  const entries: ZipOutEntry[] = [];
  for (const [key, entry] of zip.entries) {
    if (removed.has(key)) continue;
    const changed = written.get(key);
    if (changed) entries.push(compress(entry.name, changed.data));
    else entries.push({ name: entry.name, method: entry.method, time: entry.time, date: entry.date, data: zip.raw(key)!, size: entry.size, crc: entry.crc });
  }
  for (const [key, { name, data }] of written) if (!zip.entries.has(key)) entries.push(compress(name, data));
  return writeZipEntries(entries);
}

/**
 * `source` with `contract`'s changes and comments in it. Their package is read again (the
 * review keeps bytes, not a reading of them), and each item is found by its origin and
 * checked against it before anything is written: a review that no longer fits its document
 * gets an error that names the items, never a document written at the wrong places.
 */
export function patchDocx(source: SourcePackage, contract: Contract, options: Pick<DocxExportOptions, 'mode' | 'author' | 'now'>, deflater?: ZipDeflater): PatchResult {
  const bytes = sourcePackageBytes(source);
  if (!bytes) return { ok: false, error: { reason: 'damaged' } };
  try {
    return { ok: true, bytes: patch(bytes, contract, options, deflater) };
  } catch (error) {
    if (error instanceof PatchFailure) return { ok: false, error: error.error };
    if (error instanceof DocxReadError) return { ok: false, error: { reason: 'unreadable', error: error.error } };
    throw error;
  }
}

function patch(bytes: Uint8Array, contract: Contract, options: Pick<DocxExportOptions, 'mode' | 'author' | 'now'>, deflater?: ZipDeflater): Uint8Array {
  const elements = new Map<DocxParagraph, { element: XmlElement; atoms: Map<XmlElement, readonly [number, number]> }>();
  let atoms = new Map<XmlElement, readonly [number, number]>();
  const read = readDocx(bytes, DOCX_LIMITS, undefined, {
    trace: (node, from, to) => atoms.set(node, [from, to]),
    onParagraph: (element, paragraph) => {
      elements.set(paragraph, { element, atoms });
      atoms = new Map();
    },
  });
  if (!read.ok) throw new PatchFailure({ reason: 'unreadable', error: read.error });
  const { mainPart } = read.document;
  const zip = openZip(bytes, DOCX_LIMITS);
  const parts = new Parts(zip);
  const mainBytes = zip.read(mainPart)!;
  const decoded = decodePart(mainBytes, mainPart);
  const root = /<(?![?!])[^>]*>/u.exec(decoded.text)?.[0] ?? '';
  const prefix = prefixFor(root, WORDPROCESSINGML) ?? 'w';
  const namespace = WORDPROCESSINGML.find((candidate) => root.includes(candidate)) ?? WORDPROCESSINGML[0];
  const w = (local: string) => qualify(prefix, local);

  const paragraphs: BodyParagraph[] = paragraphsOf(read.document.blocks).map((paragraph, index) => {
    const found = elements.get(paragraph)!;
    return bodyParagraph(paragraph, index, found.element, found.atoms);
  });
  let nextId = highestId(decoded.text, w);
  for (const entry of zip.entries.values()) {
    if (/(?:comments|footnotes|endnotes)[^/]*\.xml$/iu.test(entry.name)) nextId = Math.max(nextId, highestId(parts.read(entry.name) ?? '', w));
  }
  const context = { text: decoded.text, w, nextId: () => ++nextId, now: options.now };
  const ours = { author: options.author, date: options.now };
  // A clean copy has no comments of ours: their ranges are not written either.
  const items = asTheyWrote(bytes, patchItems(contract).map((item) => (options.mode === 'clean' ? { ...item, comments: [] } : item)));
  const body = patchBody(context, paragraphs, items, ours);
  if (options.mode === 'clean') {
    parts.write(mainPart, acceptAll(body.text, mainPart));
    const relsName = relationshipsPart(mainPart);
    const rels = parts.read(relsName);
    const dropped = rels === null ? null : dropComments(rels);
    if (dropped && dropped.targets.length > 0) {
      parts.write(relsName, dropped.rels);
      const names = dropped.targets.map((target) => resolvePart(mainPart, target));
      for (const name of names) parts.remove(name);
      const types = parts.read('[Content_Types].xml');
      if (types !== null) parts.write('[Content_Types].xml', names.reduce(withoutOverride, types));
    }
  } else {
    parts.write(mainPart, body.text);
    addComments(parts, mainPart, namespace, body.comments, options.now);
  }
  return zipOf(zip, parts.written, parts.removed, options.now, deflater);
}
