/**
 * Sections and their clauses. A section heading is Heading 1 (group headings above it
 * too); a clause keeps its number as written (`1.`, `(2)`, `7.1.`) in front of its first
 * line or its sub-heading, its bullets are Word list items, its lines sit together and
 * the clause stands apart from the next by a gap.
 */
import { HeadingLevel, Paragraph, TextRun } from 'docx';
import type { Clause, Section } from '../../contract/model';
import { matchMarker } from '../../parse/markers';
import { CLAUSE_HEADING_STYLE_ID } from '../styleIds';
import type { WriteContext } from './context';
import { sectionHeadingLines } from './headings';
import { BLOCK_GAP, BULLET_LIST } from './styles';
import { markupOf } from './targetMarkup';
import { companionParagraph, targetParagraphs, wholeChangeOf } from './targetParagraphs';

/** Lines of one clause are 2 points apart (below the gap that separates blocks). */
const LINE_GAP = 40;
/** Numbered items inside a clause (`1.` under clause `2.`) are indented, as the parser tells their level by it. */
const ITEM_INDENT = 567;

export function headingParagraph(lines: readonly string[], heading: (typeof HeadingLevel)[keyof typeof HeadingLevel], pageBreakBefore = false): Paragraph {
  return new Paragraph({
    heading,
    pageBreakBefore,
    children: lines.map((line, index) => new TextRun(index === 0 ? { text: line } : { text: line, break: 1 })),
  });
}

export function clauseParagraphs(clause: Clause, context: WriteContext): Paragraph[] {
  const segments = markupOf(clause, context.options.mode);
  if (!segments) return [];
  const comments = context.options.mode === 'redline' ? context.comments.exported(clause.comments) : [];
  const format = (line: { readonly index: number; readonly last: boolean; readonly bullet: boolean; readonly text: string }) => ({
    spacing: { after: line.last ? BLOCK_GAP : LINE_GAP },
    ...(line.bullet ? { numbering: { reference: BULLET_LIST, level: 0 } } : {}),
    ...(!line.bullet && (line.index > 0 || clause.heading !== null) && matchMarker(line.text) ? { indent: { left: ITEM_INDENT } } : {}),
  });
  const label = clause.label ?? '';
  if (clause.heading !== null) {
    const heading = companionParagraph([label, clause.heading].filter(Boolean).join(' '), wholeChangeOf(segments), { style: CLAUSE_HEADING_STYLE_ID, spacing: { after: LINE_GAP } }, context);
    if (segments.every((segment) => segment.text === '')) return [heading];
    return [heading, ...targetParagraphs(segments, comments, { lines: 'paragraphs', format }, context)];
  }
  return targetParagraphs(segments, comments, { lines: 'paragraphs', format, ...(label !== '' ? { prefix: `${label} ` } : {}) }, context);
}

export function sectionParagraphs(section: Section, context: WriteContext): Paragraph[] {
  return [
    ...section.parts.map((part) => headingParagraph([part], HeadingLevel.HEADING_1)),
    headingParagraph(sectionHeadingLines(section.label, section.title), HeadingLevel.HEADING_1),
    ...section.clauses.flatMap((clause) => clauseParagraphs(clause, context)),
  ];
}

/** Place, date and signature lines: one block. */
export function signatureParagraphs(lines: readonly string[]): Paragraph[] {
  return lines.map((line, index) => new Paragraph({ text: line, spacing: { before: index === 0 ? 480 : 0, after: index === lines.length - 1 ? BLOCK_GAP : LINE_GAP } }));
}
