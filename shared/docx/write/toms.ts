/** What the text and the table layout of the measures share: a measure's paragraphs and its category's line. */
import type { IParagraphOptions, Paragraph } from 'docx';
import type { Tom } from '../../contract';
import type { WriteContext } from './context';
import { markupOf } from './targetMarkup';
import { targetParagraphs } from './targetParagraphs';

export function categoryLine(tom: Tom): string {
  return [tom.category.number, tom.category.title].filter((part) => part !== '').join(' ');
}

/** The measure's text with its markup and comments; none for a measure the mode leaves out. */
export function tomParagraphs(tom: Tom, context: WriteContext, format: Omit<IParagraphOptions, 'children' | 'text'>): Paragraph[] | null {
  const segments = markupOf(tom, context.options.mode);
  if (!segments) return null;
  const comments = context.options.mode === 'redline' ? context.comments.exported(tom.comments) : [];
  return targetParagraphs(segments, comments, { lines: 'breaks', format: () => format }, context);
}
