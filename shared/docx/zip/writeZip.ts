/**
 * A package's parts into a zip (APPNOTE 6.3: local headers, the data, the central
 * directory and its end record), each part compressed with DEFLATE by the host's deflater,
 * or by fflate where the host gives none. The host's is native code (Node's zlib deflates
 * a large document several times faster than fflate in JavaScript); the container is a few
 * dozen bytes of headers per part and is written here, as fflate writes it, without data
 * descriptors: every size and checksum is known before its part is written.
 */
import { zipSync, type Zippable } from 'fflate';

/** The host's raw DEFLATE (no zlib or gzip wrapper) and CRC-32 of the bytes before it. */
export interface ZipDeflater {
  readonly deflateRaw: (data: Uint8Array) => Uint8Array;
  readonly crc32: (data: Uint8Array) => number;
}

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
/** Version 2.0: DEFLATE. */
const VERSION = 20;
const DEFLATE = 8;
/** General purpose flag bit 11: names are UTF-8. */
const UTF8_NAMES = 0x0800;

/** The time of `iso`, within what an MS-DOS date can hold (1980 to 2107); 1980 for what is no time. */
export function zipTime(iso: string): Date {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime()) || at.getFullYear() < 1980) return new Date(1980, 0, 1);
  return at.getFullYear() > 2107 ? new Date(2107, 11, 31, 23, 59, 58) : at;
}

/** MS-DOS date and time, in local time as zip tools (and fflate) write it: a zip's times have no zone. */
export function dosDateTime(at: Date): { time: number; date: number } {
  return {
    time: (at.getHours() << 11) | (at.getMinutes() << 5) | (at.getSeconds() >> 1),
    date: ((at.getFullYear() - 1980) << 9) | ((at.getMonth() + 1) << 5) | at.getDate(),
  };
}

/** The parts in the given order, each deflated; `modified` (ISO) is every part's time. */
export function writeZip(parts: ReadonlyMap<string, Uint8Array>, modified: string, deflater?: ZipDeflater): Uint8Array {
  if (!deflater) {
    const zippable: Zippable = {};
    for (const [name, data] of parts) zippable[name] = data;
    return zipSync(zippable, { mtime: zipTime(modified) });
  }
  const { time, date } = dosDateTime(zipTime(modified));
  return writeZipEntries([...parts].map(([name, data]) => ({ name, method: DEFLATE, time, date, data: deflater.deflateRaw(data), size: data.length, crc: deflater.crc32(data) >>> 0 })));
}

/** One entry as it goes into a zip: its data already compressed (`method` 8) or stored (0), with the size and CRC-32 of what it holds. */
export interface ZipOutEntry {
  readonly name: string;
  readonly method: number;
  /** MS-DOS time and date, as zip records them. */
  readonly time: number;
  readonly date: number;
  readonly data: Uint8Array;
  readonly size: number;
  readonly crc: number;
}

/** Entries, in the given order, into a zip without data descriptors, comments or extra fields. */
export function writeZipEntries(given: readonly ZipOutEntry[]): Uint8Array {
  const encoder = new TextEncoder();
  const entries = given.map((entry) => ({ ...entry, name: encoder.encode(entry.name) }));
  if (entries.length > 0xffff) throw new RangeError('too many parts for a zip without ZIP64');
  const localSize = entries.reduce((sum, entry) => sum + 30 + entry.name.length + entry.data.length, 0);
  const centralSize = entries.reduce((sum, entry) => sum + 46 + entry.name.length, 0);
  if (localSize + centralSize > 0xffffffff) throw new RangeError('a package of 4 GB or more needs ZIP64');
  const out = new Uint8Array(localSize + centralSize + 22);
  const view = new DataView(out.buffer);
  const offsets: number[] = [];
  let at = 0;
  const header = (signature: number, entry: (typeof entries)[number], central: boolean) => {
    view.setUint32(at, signature, true);
    at += 4;
    if (central) {
      view.setUint16(at, VERSION, true);
      at += 2;
    }
    view.setUint16(at, VERSION, true);
    view.setUint16(at + 2, UTF8_NAMES, true);
    view.setUint16(at + 4, entry.method, true);
    view.setUint16(at + 6, entry.time, true);
    view.setUint16(at + 8, entry.date, true);
    view.setUint32(at + 10, entry.crc, true);
    view.setUint32(at + 14, entry.data.length, true);
    view.setUint32(at + 18, entry.size, true);
    view.setUint16(at + 22, entry.name.length, true);
    // Extra field length 0; in the central directory also comment, disk, attributes 0.
    at += 26;
  };
  for (const entry of entries) {
    offsets.push(at);
    header(LOCAL_HEADER, entry, false);
    out.set(entry.name, at);
    at += entry.name.length;
    out.set(entry.data, at);
    at += entry.data.length;
  }
  const centralStart = at;
  entries.forEach((entry, index) => {
    header(CENTRAL_HEADER, entry, true);
    // Comment length, disk number, internal and external attributes: all 0.
    at += 10;
    view.setUint32(at, offsets[index]!, true);
    at += 4;
    out.set(entry.name, at);
    at += entry.name.length;
  });
  view.setUint32(at, END_OF_CENTRAL_DIRECTORY, true);
  view.setUint16(at + 8, entries.length, true);
  view.setUint16(at + 10, entries.length, true);
  view.setUint32(at + 12, at - centralStart, true);
  view.setUint32(at + 16, centralStart, true);
  return out;
}
