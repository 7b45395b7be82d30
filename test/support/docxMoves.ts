/** A Word document with a move (`w:moveFrom`/`w:moveTo` in named move ranges), as Word writes it. */
import { importDocx } from '../../shared/docx';
import type { Contract } from '../../shared/contract/model';
import { docxPackage, HEADING_STYLES, p, run } from './docxPackage';

export const WHEN = '2025-05-01T10:00:00Z';
const heading = (text: string) => p(text, '<w:pStyle w:val="Heading1"/>');
export const attributes = (id: number) => `w:id="${id}" w:author="Jens Krüger" w:date="${WHEN}"`;
export const moveFrom = (id: number, text: string) => `<w:moveFrom ${attributes(id)}><w:r><w:delText xml:space="preserve">${text}</w:delText></w:r></w:moveFrom>`;
export const moveTo = (id: number, text: string) => `<w:moveTo ${attributes(id)}><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:moveTo>`;
export const rangeStart = (side: 'From' | 'To', id: number, name: string) => `<w:move${side}RangeStart ${attributes(id)} w:name="${name}"/>`;
export const rangeEnd = (side: 'From' | 'To', id: number) => `<w:move${side}RangeEnd w:id="${id}"/>`;

/** A document of two sections whose first one's body is `body`. */
export function movedDocx(body: string): Uint8Array {
  return docxPackage({ styles: HEADING_STYLES, body: heading('1 Pflichten') + body + heading('2 Schluss') + p('1. Ende.') });
}

export function contractOf(body: string): Contract {
  const imported = importDocx(movedDocx(body));
  if (!imported.ok) throw new Error(JSON.stringify(imported.error));
  return imported.contract;
}

/** Words moved from clause 1 to clause 2; the source range opens between paragraphs, before the clause it covers. */
export const MOVED_WORDS =
  rangeStart('From', 1, 'move123') +
  p(run('1. Der Auftragnehmer meldet Vorfälle ') + moveFrom(2, 'unverzüglich ') + run('dem Auftraggeber.') + rangeEnd('From', 1)) +
  p(run('2. Er unterstützt ') + rangeStart('To', 3, 'move123') + moveTo(4, 'unverzüglich ') + rangeEnd('To', 3) + run('bei Anfragen.'));

