/**
 * Footnotes and endnotes (`word/footnotes.xml`, `word/endnotes.xml`, ECMA-376 Part 1,
 * §17.11) as plain text by `w:id`; the separator notes Word keeps there are skipped.
 */
import { attribute, childElements, type XmlElement } from '../xml/element';
import { acceptedText } from './paragraphContent';

export function readNotes(root: XmlElement | null, element: 'w:footnote' | 'w:endnote'): Map<string, string> {
  const notes = new Map<string, string>();
  for (const note of childElements(root ?? undefined, element)) {
    const type = attribute(note, 'w:type');
    if (type === 'separator' || type === 'continuationSeparator' || type === 'continuationNotice') continue;
    const id = attribute(note, 'w:id');
    if (id === undefined) continue;
    notes.set(id, childElements(note, 'w:p').map(acceptedText).join(' ').replace(/\s+/gu, ' ').trim());
  }
  return notes;
}
