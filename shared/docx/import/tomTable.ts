/**
 * Recognises a table of technical and organisational measures by its header row: a
 * measure column and a category column at least (German or English, as Clausemark's
 * export writes them and as such annexes are commonly laid out), optionally service and
 * responsibility.
 */
import type { DocxParagraph, DocxTable } from '../read/body';

export interface TomTableColumns {
  readonly category: number;
  readonly service: number | null;
  readonly measure: number;
}

const CATEGORY = /^(?:kategorie|category|kontrollbereich|bereich|control(?: area)?)$/iu;
const SERVICE = /^(?:leistung|service|dienst|produkt|product|standort|site|location)$/iu;
const MEASURE = /^(?:ma(?:ß|ss)nahmen?|measures?|technische und organisatorische ma(?:ß|ss)nahmen?)$/iu;

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
  const category = names.findIndex((name) => CATEGORY.test(name));
  const measure = names.findIndex((name) => MEASURE.test(name));
  if (category < 0 || measure < 0) return null;
  const service = names.findIndex((name) => SERVICE.test(name));
  return { category, measure, service: service < 0 ? null : service };
}
