/**
 * Recognises a table of technical and organisational measures by its header row: a
 * measure column and a category, service or responsibility column beside it (German or
 * English, as Clausemark's export writes them and as such annexes are commonly laid out).
 * The category is a column, or a row of one cell across the table above its measures
 * (see `categoryHeading`).
 */
import type { DocxParagraph, DocxTable } from '../read/body';

export interface TomTableColumns {
  readonly category: number | null;
  readonly service: number | null;
  readonly measure: number;
}

const CATEGORY = /^(?:kategorie|category|kontrollbereich|bereich|control(?: area)?)$/iu;
const SERVICE = /^(?:leistung|service|dienst|produkt|product|standort|site|location)$/iu;
const MEASURE = /^(?:ma(?:ß|ss)nahmen?|measures?|technische und organisatorische ma(?:ß|ss)nahmen?)$/iu;
const RESPONSIBILITY = /^(?:verantwortung|verantwortlich(?:keit)?|zuständigkeit|zuständig|responsibility|responsible)$/iu;

export function tomTableColumns(table: DocxTable): TomTableColumns | null {
  const header = table.rows[0];
  if (!header || table.rows.length < 2) return null;
  const names = header.cells.map((cell) =>
    cell
      .filter((block): block is DocxParagraph => block.kind === 'paragraph')
      .map((paragraph) => paragraph.segments.filter((segment) => segment.kind !== 'delete').map((segment) => segment.text).join(''))
      .join(' ')
      .trim(),
  );
  const column = (pattern: RegExp) => {
    const index = names.findIndex((name) => pattern.test(name));
    return index < 0 ? null : index;
  };
  const measure = column(MEASURE);
  const category = column(CATEGORY);
  const service = column(SERVICE);
  if (measure === null || (category === null && service === null && column(RESPONSIBILITY) === null)) return null;
  return { category, measure, service };
}

/** A row of one cell in a table of several columns: the heading of the rows below it. */
export function categoryHeading(table: DocxTable, row: DocxTable['rows'][number]): boolean {
  return row.cells.length === 1 && (table.rows[0]?.cells.length ?? 0) > 1;
}
