/** Reading an export's cover page back, and the words it should and should not hold in each language. */
import { CHECKLIST_ITEM_IDS } from '../../shared/checklist/items';
import type { Language } from '../../shared/contract/model';
import { COVER_STYLE_ID } from '../../shared/docx/styleIds';
import { MESSAGES, type Messages } from '../../shared/i18n';

/** The text of each paragraph of the cover page in `word/document.xml`. */
export function coverLines(document: string): string[] {
  return [...document.matchAll(/<w:p(?: [^>]*)?>(?:(?!<\/w:p>).)*<\/w:p>/gsu)]
    .map((match) => match[0])
    .filter((paragraph) => paragraph.includes(`<w:pStyle w:val="${COVER_STYLE_ID}"/>`))
    .map((paragraph) => [...paragraph.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/gu)].map((text) => text[1]).join(''));
}

type Pick = (messages: Messages) => readonly string[];

export const checklistTitles: Pick = (messages) => CHECKLIST_ITEM_IDS.map((id) => messages.checklist.items[id]);

export const coverLabels: Pick = (messages) => {
  const cover = messages.docx.cover;
  return [cover.title, cover.changes, cover.author, cover.insertions, cover.deletions, cover.checklist, cover.item, cover.status, ...Object.values(cover.statuses)];
};

export const tableHeaders: Pick = (messages) => Object.values(messages.docx.table);

/** Words of `language` that the other language writes differently. */
export function onlyIn(language: Language, pick: Pick): string[] {
  const other = new Set(pick(MESSAGES[language === 'de' ? 'en' : 'de']));
  return pick(MESSAGES[language]).filter((word) => !other.has(word));
}
