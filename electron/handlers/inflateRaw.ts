/**
 * The DOCX reader's inflater on Node: zlib, in C, about ten times faster than fflate's
 * inflater in JavaScript on a large document. zlib stops at `maxOutputLength`, so a zip
 * bomb is cut off there, never inflated whole.
 */
import { inflateRawSync } from 'node:zlib';
import type { RawInflater } from '../../shared/docx';

export const inflateRaw: RawInflater = (data, maxBytes, expectedBytes) => {
  try {
    // One byte past the limit tells "exactly at the limit" from "more". Output of the expected
    // size fits one chunk (and a byte to spare), which zlib hands back without copying chunks together.
    const out = inflateRawSync(data, { maxOutputLength: maxBytes + 1, chunkSize: Math.max(16 * 1024, expectedBytes + 1) });
    return out.length > maxBytes ? null : new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') return null;
    throw error;
  }
};
