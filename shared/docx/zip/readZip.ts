/**
 * A zip reader for untrusted packages (ECMA-376 Part 2, Open Packaging Conventions, rests
 * on the ZIP format, APPNOTE 6.3). It reads the central directory, then inflates only the
 * entries asked for, stopping an inflater as soon as its output passes the limits (fflate's
 * counted chunk by chunk, the host's capped at the most allowed), so a header that lies
 * about sizes cannot make it allocate more than the limits allow. What an entry inflates to
 * must have the size and CRC-32 the directory records: a flipped bit in a deflated part
 * otherwise reads as other words. Two entries of one name (in any case, OPC §9.1.1.1.2)
 * are refused: readers differ in which they take, so the file would say two things.
 */
import { Inflate } from 'fflate';
import { DocxReadError, fail } from '../errors';
import type { DocxLimits } from '../limits';
import { crc32 } from './crc32';

export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly compressedSize: number;
  /** What the directory says the entry inflates to: its size and CRC-32. */
  readonly size: number;
  readonly crc: number;
  readonly flags: number;
  readonly localHeaderOffset: number;
  /** MS-DOS time and date of the entry, as recorded. */
  readonly time: number;
  readonly date: number;
}

/**
 * Inflates raw DEFLATE data (entry method 8): the bytes, or null as soon as they would pass
 * `maxBytes`; throws on a stream that is broken or ends early. `expectedBytes` is what the
 * zip's directory says (at most `maxBytes`): a hint for the size of the output, which is
 * checked afterwards and never trusted. The host may give a native one (Node's zlib inflates
 * a large document about ten times faster than fflate in JavaScript); without one, fflate's
 * inflater counts the bytes chunk by chunk.
 */
export type RawInflater = (data: Uint8Array, maxBytes: number, expectedBytes: number) => Uint8Array | null;

export interface ZipArchive {
  readonly entries: ReadonlyMap<string, ZipEntry>;
  /** Inflates one entry within the limits; null when the package has no such entry. */
  read(name: string): Uint8Array | null;
  /** An entry's data as stored (compressed or not), for a writer that copies it unchanged; null when there is no such entry. */
  raw(name: string): Uint8Array | null;
}

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_HEADER = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const CHUNK = 16 * 1024;

function u16(bytes: Uint8Array, at: number): number {
  return bytes[at]! | (bytes[at + 1]! << 8);
}

function u32(bytes: Uint8Array, at: number): number {
  return (bytes[at]! | (bytes[at + 1]! << 8) | (bytes[at + 2]! << 16) | (bytes[at + 3]! << 24)) >>> 0;
}

function findEndOfCentralDirectory(bytes: Uint8Array): number {
  // The record is 22 bytes plus a comment of at most 65535 bytes, at the very end.
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  for (let at = bytes.length - 22; at >= lowest; at--) {
    if (u32(bytes, at) === END_OF_CENTRAL_DIRECTORY) return at;
  }
  return -1;
}

const decoder = new TextDecoder('utf-8');

/**
 * The entries of the central directory, walked to its end: the end record's count has 16
 * bits and wraps past 65,535 (100,000 entries claim 34,464), so the count is what is there.
 */
function readDirectory(bytes: Uint8Array, end: number, directoryOffset: number, limits: DocxLimits): Map<string, ZipEntry> {
  let count = 0;
  for (let at = directoryOffset; at < end && u32(bytes, at) === CENTRAL_HEADER; count++) {
    if (at + 46 > end) fail('truncated');
    at += 46 + u16(bytes, at + 28) + u16(bytes, at + 30) + u16(bytes, at + 32);
  }
  if (count > limits.maxEntries) fail('too-many-entries', undefined, `${count}`);

  const entries = new Map<string, ZipEntry>();
  let at = directoryOffset;
  for (let i = 0; i < count; i++) {
    const flags = u16(bytes, at + 8);
    const method = u16(bytes, at + 10);
    const time = u16(bytes, at + 12);
    const date = u16(bytes, at + 14);
    const crc = u32(bytes, at + 16);
    const compressedSize = u32(bytes, at + 20);
    const size = u32(bytes, at + 24);
    const nameLength = u16(bytes, at + 28);
    const extraLength = u16(bytes, at + 30);
    const commentLength = u16(bytes, at + 32);
    const localHeaderOffset = u32(bytes, at + 42);
    if (at + 46 + nameLength > end) fail('truncated');
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    if (compressedSize === 0xffffffff || size === 0xffffffff || localHeaderOffset === 0xffffffff) fail('zip64');
    // Part names are equal when equal ignoring case (OPC §9.1.1.1.2).
    const key = name.toLowerCase();
    if (entries.has(key)) fail('duplicate-entry', name);
    entries.set(key, { name, method, compressedSize, size, crc, flags, localHeaderOffset, time, date });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

export function openZip(bytes: Uint8Array, limits: DocxLimits, inflateRaw?: RawInflater): ZipArchive {
  // An empty zip is only its end record: a zip, but no package.
  if (bytes.length >= 22 && u32(bytes, 0) === END_OF_CENTRAL_DIRECTORY) fail('missing-part', '[Content_Types].xml');
  if (bytes.length < 4 || u32(bytes, 0) !== LOCAL_HEADER) fail('not-a-zip');
  const end = findEndOfCentralDirectory(bytes);
  if (end < 0) fail('truncated');
  const count = u16(bytes, end + 10);
  const directorySize = u32(bytes, end + 12);
  const directoryOffset = u32(bytes, end + 16);
  if (count === 0xffff || directorySize === 0xffffffff || directoryOffset === 0xffffffff) fail('zip64');
  if (directoryOffset + directorySize > end) fail('truncated');
  const entries = readDirectory(bytes, end, directoryOffset, limits);
  // Fewer entries than the end record counts: the directory was cut or overwritten.
  if (entries.size < count) fail('truncated');
  // Every entry, read or not: a part renamed in one record only would otherwise be missing without a word.
  for (const entry of entries.values()) entryData(bytes, entry);

  let total = 0;
  return {
    entries,
    raw(name) {
      const entry = entries.get(name.toLowerCase());
      return entry ? entryData(bytes, entry) : null;
    },
    read(name) {
      const entry = entries.get(name.toLowerCase());
      if (!entry) return null;
      const data = entryData(bytes, entry);
      const part = entry.name;
      if ((entry.flags & 0x1) !== 0) fail('encrypted', part);
      let out: Uint8Array;
      if (entry.method === 0) {
        if (data.length > limits.maxPartBytes) fail('entry-too-large', part, `${data.length}`);
        out = data.slice();
      } else if (entry.method === 8) {
        out = inflateRaw ? inflateWith(inflateRaw, data, entry.size, part, limits) : inflateBounded(data, part, limits);
      } else {
        fail('compression', part, `method ${entry.method}`);
      }
      if (out.length !== entry.size) fail('size-mismatch', part, `${out.length}/${entry.size}`);
      const crc = crc32(out);
      if (crc !== entry.crc) fail('checksum', part, `${crc.toString(16).padStart(8, '0')}/${entry.crc.toString(16).padStart(8, '0')}`);
      total += out.length;
      if (total > limits.maxTotalBytes) fail('total-too-large', part, `${total}`);
      return out;
    },
  };
}

function entryData(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const at = entry.localHeaderOffset;
  if (at + 30 > bytes.length || u32(bytes, at) !== LOCAL_HEADER) fail('truncated', entry.name);
  const nameLength = u16(bytes, at + 26);
  // The two records of an entry name another part each: one of them is damaged.
  if (at + 30 + nameLength > bytes.length || decoder.decode(bytes.subarray(at + 30, at + 30 + nameLength)) !== entry.name) fail('truncated', entry.name, 'local header');
  const start = at + 30 + nameLength + u16(bytes, at + 28);
  const stop = start + entry.compressedSize;
  if (stop > bytes.length) fail('truncated', entry.name);
  return bytes.subarray(start, stop);
}

/**
 * The most an entry of `compressed` bytes may inflate to: the part limit, and past the
 * ratio floor no more than `maxRatio` times its compressed size (what `inflateBounded` checks
 * chunk by chunk).
 */
function allowedBytes(compressed: number, limits: DocxLimits): number {
  return Math.min(limits.maxPartBytes, Math.max(limits.ratioFloorBytes, Math.max(1, compressed) * limits.maxRatio));
}

/** Inflates with the host's inflater, refusing what passes the limits as `inflateBounded` does. */
function inflateWith(inflateRaw: RawInflater, data: Uint8Array, size: number, part: string, limits: DocxLimits): Uint8Array {
  const allowed = allowedBytes(data.length, limits);
  let out: Uint8Array | null;
  try {
    out = inflateRaw(data, allowed, Math.min(size, allowed));
  } catch (error) {
    fail('truncated', part, error instanceof Error ? error.message : String(error));
  }
  if (out !== null && out.length <= allowed) return out;
  // The smaller of the two limits is the one passed first.
  if (allowed === limits.maxPartBytes) fail('entry-too-large', part, `>${allowed}`);
  fail('ratio', part, `>${Math.round(allowed / Math.max(1, data.length))}:1`);
}

/** Inflates in chunks and stops as soon as the output passes the part limit or the ratio limit. */
function inflateBounded(data: Uint8Array, part: string, limits: DocxLimits): Uint8Array {
  const chunks: Uint8Array[] = [];
  let size = 0;
  let finished = false;
  const inflater = new Inflate((chunk, final) => {
    size += chunk.length;
    if (size > limits.maxPartBytes) fail('entry-too-large', part, `${size}`);
    if (size > limits.ratioFloorBytes && size > Math.max(1, data.length) * limits.maxRatio) fail('ratio', part, `${Math.round(size / Math.max(1, data.length))}:1`);
    chunks.push(chunk);
    if (final) finished = true;
  });
  try {
    for (let at = 0; at < data.length; at += CHUNK) inflater.push(data.subarray(at, Math.min(data.length, at + CHUNK)), at + CHUNK >= data.length);
    if (data.length === 0) inflater.push(new Uint8Array(0), true);
  } catch (error) {
    if (error instanceof DocxReadError) throw error;
    // fflate throws plain errors for a stream that ends early or is not DEFLATE at all.
    fail('truncated', part, error instanceof Error ? error.message : String(error));
  }
  if (!finished) fail('truncated', part);
  const out = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}
