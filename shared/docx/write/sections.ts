/**
 * Sections and their clauses. A section heading is Heading 1 (group headings above it
 * too). Clauses numbered 1, 2, 3 … (or a, b, c …) are numbered by Word itself, so a clause
 * added or deleted as a tracked change moves the numbers after it as Word does and
 * accepting or rejecting puts them right; other numbers (`7.1.`) are kept as written. A
 * clause's bullets are Word list items, its lines sit together and the clause stands apart
 * from the next by a gap.
 */
import { HeadingLevel, Paragraph, TextRun } from 'docx';
import { matchMarker, type Clause, type Section } from '../../contract';
import { CLAUSE_HEADING_STYLE_ID } from '../styleIds';
import type { WriteContext } from './context';
import { sectionHeadingLines } from './headings';
import { BLOCK_GAP, BULLET_LIST, CLAUSE_TEXT_INDENT, clauseListReference, type ClauseListStyle } from './styles';
import { markupOf } from './targetMarkup';
import { companionParagraph, targetParagraphs, wholeChangeOf } from './targetParagraphs';

/** Lines of one clause are 2 points apart (below the gap that separates blocks). */
const LINE_GAP = 40;
/** Numbered items inside a clause (`1.` under clause `2.`) are indented, as the parser tells their level by it. */
const ITEM_INDENT = 567;

export function headingParagraph(lines: readonly string[], heading: (typeof HeadingLevel)[keyof typeof HeadingLevel], context: WriteContext, pageBreakBefore = false): Paragraph {
  return context.formats.paragraph(
    { heading, pageBreakBefore },
    lines.map((line, index) => new TextRun(index === 0 ? { text: line } : { text: line, break: 1 })),
  );
}

const LABEL_STYLES: readonly (readonly [RegExp, ClauseListStyle, 'digit' | 'letter'])[] = [
  [/^(\d+)\.$/u, 'decimal-dot', 'digit'],
  [/^\((\d+)\)$/u, 'decimal-paren', 'digit'],
  [/^(\d+)\)$/u, 'decimal-close', 'digit'],
  [/^\(([a-z])\)$/u, 'letter-paren', 'letter'],
  [/^([a-z])\)$/u, 'letter-close', 'letter'],
];

/**
 * The Word list a section's clauses can be numbered by: a numbered section whose labels
 * run 1, 2, 3 … (or a, b, c …) in one style — either the clauses it had (a clause added
 * since takes its number in place, as Word numbers it) or all of them (numbers read from
 * a document that already counted the added ones). A deleted clause keeps its number, as
 * Word numbers it until the deletion is accepted.
 */
export function clauseListOf(section: Section): ClauseListStyle | null {
  if (!section.clauses.every((clause) => clause.kind === 'numbered')) return null;
  const first = section.clauses.find((clause) => clause.label !== null)?.label;
  const found = first ? LABEL_STYLES.find(([pattern]) => pattern.test(first)) : undefined;
  if (!found) return null;
  const [pattern, style, kind] = found;
  const valueOf = (label: string): number | null => {
    const match = pattern.exec(label);
    if (!match) return null;
    return kind === 'digit' ? Number(match[1]) : match[1]!.charCodeAt(0) - 96;
  };
  const counts = (labels: readonly (string | null)[]) => labels.every((label, index) => label !== null && valueOf(label) === index + 1);
  const added = (clause: Clause) => clause.change?.kind === 'insert';
  if (section.clauses.some((clause) => clause.label === null && !added(clause))) return null;
  const original = section.clauses.filter((clause) => !added(clause)).map((clause) => clause.label);
  const all = section.clauses.filter((clause) => clause.label !== null).map((clause) => clause.label);
  return counts(original) || (all.length === section.clauses.length && counts(all)) ? style : null;
}

export function clauseParagraphs(clause: Clause, context: WriteContext, list: { readonly style: ClauseListStyle; readonly instance: number } | null): Paragraph[] {
  const segments = markupOf(clause, context.options.mode);
  if (!segments) return [];
  const comments = context.options.mode === 'redline' ? context.comments.exported(clause.comments) : [];
  const numbering = list ? { numbering: { reference: clauseListReference(list.style), level: 0, instance: list.instance } } : {};
  const format = (line: { readonly index: number; readonly last: boolean; readonly bullet: boolean; readonly text: string }) => {
    const first = line.index === 0 && clause.heading === null;
    const item = !line.bullet && !first && matchMarker(line.text) !== null;
    return {
      spacing: { after: line.last ? BLOCK_GAP : LINE_GAP },
      ...(line.bullet ? { numbering: { reference: BULLET_LIST, level: 0 } } : first ? numbering : {}),
      ...(item ? { indent: { left: (list ? CLAUSE_TEXT_INDENT : 0) + ITEM_INDENT } } : !line.bullet && !first && list ? { indent: { left: CLAUSE_TEXT_INDENT } } : {}),
    };
  };
  const label = list ? '' : (clause.label ?? '');
  if (clause.heading !== null) {
    const heading = companionParagraph([label, clause.heading].filter(Boolean).join(' '), wholeChangeOf(segments), { style: CLAUSE_HEADING_STYLE_ID, spacing: { after: LINE_GAP }, ...numbering }, context);
    if (segments.every((segment) => segment.text === '')) return [heading];
    return [heading, ...targetParagraphs(segments, comments, { lines: 'paragraphs', format }, context)];
  }
  return targetParagraphs(segments, comments, { lines: 'paragraphs', format, numberedFirstLine: list !== null || label !== '', ...(label !== '' ? { prefix: `${label} ` } : {}) }, context);
}

export function sectionParagraphs(section: Section, index: number, context: WriteContext): Paragraph[] {
  const style = clauseListOf(section);
  const list = style ? { style, instance: index + 1 } : null;
  return [
    ...section.parts.map((part) => headingParagraph([part], HeadingLevel.HEADING_1, context)),
    headingParagraph(sectionHeadingLines(section.label, section.title), HeadingLevel.HEADING_1, context),
    ...section.clauses.flatMap((clause) => clauseParagraphs(clause, context, list)),
  ];
}

/** Place, date and signature lines: one block. */
export function signatureParagraphs(lines: readonly string[]): Paragraph[] {
  return lines.map((line, index) => new Paragraph({ text: line, spacing: { before: index === 0 ? 480 : 0, after: index === lines.length - 1 ? BLOCK_GAP : LINE_GAP } }));
}
