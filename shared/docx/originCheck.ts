/**
 * The check an item's origin carries (`DocxOrigin.check`): FNV-1a (32 bits) of the markup
 * its pieces spell. Export reads the pieces from the document again and compares, so a
 * document that reads otherwise than it did at import (another reader, another file) is
 * refused instead of being written into at the wrong places.
 */
export function markupCheck(markup: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < markup.length; index++) {
    hash ^= markup.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}
