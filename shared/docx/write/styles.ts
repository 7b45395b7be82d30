/**
 * The export's styles (`word/styles.xml`) and its one list (`word/numbering.xml`).
 * Headings use Word's built-in Heading 1–3 with their outline level (`w:outlineLvl`, which
 * LibreOffice needs to list them in its navigator) so navigation and outline views work;
 * the document's language (`w:lang`, de-DE or en-GB) makes spelling and hyphenation fit
 * (the document hyphenates, `w:autoHyphenation` in the settings, see `exportDocx`).
 * Spacing is part of the structure: a gap after a paragraph is a blank line to a reader
 * and to the import, so lines of one clause sit together and clauses stand apart.
 */
import { AlignmentType, LevelFormat, LevelSuffix, type INumberingOptions, type IStylesOptions } from 'docx';
import type { Language } from '../../contract';
import { CLAUSE_HEADING_STYLE_ID, COVER_STYLE_ID, TOM_TABLE_STYLE_ID } from '../styleIds';

export const BULLET_LIST = 'clausemark-bullet';

/** Clause numbers Word counts itself (`w:numPr`), by how they are written: `1.`, `(1)`, `1)`, `(a)`, `a)`. */
export const CLAUSE_LISTS = {
  'decimal-dot': { format: LevelFormat.DECIMAL, text: '%1.' },
  'decimal-paren': { format: LevelFormat.DECIMAL, text: '(%1)' },
  'decimal-close': { format: LevelFormat.DECIMAL, text: '%1)' },
  'letter-paren': { format: LevelFormat.LOWER_LETTER, text: '(%1)' },
  'letter-close': { format: LevelFormat.LOWER_LETTER, text: '%1)' },
} as const;

export type ClauseListStyle = keyof typeof CLAUSE_LISTS;

/** Left indent of a numbered clause's text (its number hangs in front of it). */
export const CLAUSE_TEXT_INDENT = 567;

export function clauseListReference(style: ClauseListStyle): string {
  return `clausemark-clause-${style}`;
}
/** Twentieths of a point after the last paragraph of a clause, a party, a block. */
export const BLOCK_GAP = 160;

/** A4 in twips with the margins of a German contract; tables are as wide as the text between the margins. */
export const PAGE = { width: 11906, height: 16838, margin: { top: 1417, bottom: 1134, left: 1417, right: 1417 } } as const;
export const TEXT_WIDTH = PAGE.width - PAGE.margin.left - PAGE.margin.right;

/** The table of measures: 9 pt, single-spaced, so a narrower measure column holds as much as the text layout's lines. */
export const TOM_TABLE_FONT = { size: 18 } as const;

const LOCALE: Record<Language, string> = { de: 'de-DE', en: 'en-GB' };
const FONT = 'Calibri';

/** `language`: the contract's, for its text; `ownLanguage`: the cover page's, which the export writes in words of its own. */
export function documentStyles(language: Language, ownLanguage: Language = language): IStylesOptions {
  const lang = { value: LOCALE[language] };
  return {
    default: {
      document: { run: { font: FONT, size: 22, language: lang }, paragraph: { spacing: { after: 0, line: 276 } } },
      title: { run: { font: FONT, size: 36, bold: true, language: lang }, paragraph: { spacing: { after: BLOCK_GAP } } },
      heading1: { run: { font: FONT, size: 28, bold: true, color: '1F3A5F', language: lang }, paragraph: { spacing: { before: 360, after: BLOCK_GAP }, keepNext: true, outlineLevel: 0 } },
      heading2: { run: { font: FONT, size: 24, bold: true, color: '1F3A5F', language: lang }, paragraph: { spacing: { before: 240, after: 120 }, keepNext: true, outlineLevel: 1 } },
      heading3: { run: { font: FONT, size: 22, bold: true, italics: true, language: lang }, paragraph: { spacing: { before: 160, after: 80 }, keepNext: true, outlineLevel: 2 } },
    },
    paragraphStyles: [
      {
        id: CLAUSE_HEADING_STYLE_ID,
        name: 'Clause Heading',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        run: { bold: true },
        paragraph: { keepNext: true },
      },
      {
        id: TOM_TABLE_STYLE_ID,
        name: 'Clausemark Measures Table',
        basedOn: 'Normal',
        run: { size: TOM_TABLE_FONT.size },
        paragraph: { spacing: { after: 0, line: 240 } },
      },
      {
        id: COVER_STYLE_ID,
        name: 'Clausemark Cover',
        basedOn: 'Normal',
        run: { size: 20, language: { value: LOCALE[ownLanguage] } },
        paragraph: { spacing: { after: 80 } },
      },
    ],
  };
}

export function documentNumbering(): INumberingOptions {
  return {
    config: [
      ...(Object.entries(CLAUSE_LISTS) as [ClauseListStyle, (typeof CLAUSE_LISTS)[ClauseListStyle]][]).map(([style, list]) => ({
        reference: clauseListReference(style),
        levels: [
          {
            level: 0,
            format: list.format,
            text: list.text,
            alignment: AlignmentType.LEFT,
            suffix: LevelSuffix.TAB,
            style: { paragraph: { indent: { left: CLAUSE_TEXT_INDENT, hanging: CLAUSE_TEXT_INDENT } } },
          },
        ],
      })),
      {
        reference: BULLET_LIST,
        levels: [
          {
            level: 0,
            format: LevelFormat.BULLET,
            text: '–',
            alignment: AlignmentType.LEFT,
            style: { paragraph: { indent: { left: 567, hanging: 283 } } },
          },
        ],
      },
    ],
  };
}
