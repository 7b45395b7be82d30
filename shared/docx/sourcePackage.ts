/** The Word document a review keeps (`SourcePackage`): made from the file's bytes, and its bytes again, checked. */
import { crc32 } from './zip/crc32';
import { fromBase64, toBase64 } from '../text';
import type { SourcePackage } from '../review';

export function sourcePackageOf(bytes: Uint8Array): SourcePackage {
  return { data: toBase64(bytes), bytes: bytes.length, crc32: crc32(bytes) };
}

/** The document's bytes; null when they are not what the review recorded (a review file changed by hand or damaged). */
export function sourcePackageBytes(source: SourcePackage): Uint8Array | null {
  const bytes = fromBase64(source.data);
  return bytes && bytes.length === source.bytes && crc32(bytes) === source.crc32 ? bytes : null;
}
