/**
 * Whether their Word document holds a comment or reply already: their own (imported,
 * `docx-c…`), or one their answer brought back (`DocxOrigin.held`). Export into their
 * document writes none of these again, and the export dialog lists none as leaving.
 */
import type { DocxOrigin } from '../../contract';

export type Held = (id: string) => boolean;

export function heldBy(origin: DocxOrigin | undefined): Held {
  const held = new Set(origin?.held);
  return (id) => id.startsWith('docx-c') || held.has(id);
}
