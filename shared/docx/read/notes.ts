/**
 * Footnotes and endnotes (`word/footnotes.xml`, `word/endnotes.xml`, ECMA-376 Part 1,
 * §17.11) as plain text by `w:id`; the separator notes Word keeps there are skipped.
 */
import { attribute, childElements, type XmlElement } from '../xml/element';
import type { PartChildren } from './package';
import { acceptedText } from './paragraphContent';

/** `each`: every note but the separators, for a reader that wants more of it than its text. */
export function readNotes(children: PartChildren, element: 'w:footnote' | 'w:endnote', each?: (note: XmlElement) => void): Map<string, string> {
  const notes = new Map<string, string>();
  children((note) => {
    if (note.name !== element) return;
    const type = attribute(note, 'w:type');
    if (type === 'separator' || type === 'continuationSeparator' || type === 'continuationNotice') return;
    const id = attribute(note, 'w:id');
    if (id === undefined) return;
    notes.set(id, childElements(note, 'w:p').map(acceptedText).join(' ').replace(/\s+/gu, ' ').trim());
    each?.(note);
  });
  return notes;
}
