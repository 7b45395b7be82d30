/**
 * The measures as a table, read from the written `word/document.xml`: widths in the grid
 * from what each column holds, one heading row per category instead of a category on
 * every row, a service column only where a measure has a service.
 */
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { Contract } from '../../../shared/contract/model';
import { exportDocx, type DocxExportOptions } from '../../../shared/docx';
import { attribute, child, childElements, textContent, type XmlElement } from '../../../shared/docx/xml/element';
import { visitXml } from '../../../shared/docx/xml/visitXml';
import { parseContract } from '../../../shared/parse/parseContract';
import { readFixture, readTemplate } from '../../support/files';

const OPTIONS: DocxExportOptions = { mode: 'redline', includeInternal: false, tomLayout: 'table', coverPage: false, author: '', title: '', now: '2025-03-03T08:00:00.000Z' };
const template = parseContract(readTemplate());

interface WrittenTable {
  readonly layout: string | undefined;
  readonly grid: number[];
  /** Each row's cells: their text and how many grid columns they span. */
  readonly rows: { readonly cells: { readonly text: string; readonly span: number }[]; readonly header: boolean }[];
}

/** A part's whole tree: its root does not stream. */
function parseXml(bytes: Uint8Array, part: string, maxDepth: number): XmlElement {
  let root: XmlElement | undefined;
  visitXml(bytes, part, maxDepth, { streams: () => false, element: (element) => (root = element) });
  return root!;
}

function descendants(element: XmlElement, name: string): XmlElement[] {
  return element.children.flatMap((node) => (typeof node === 'string' ? [] : node.name === name ? [node] : descendants(node, name)));
}

async function tomsTable(contract: Contract, options: Partial<DocxExportOptions> = {}): Promise<WrittenTable> {
  const files = unzipSync(await exportDocx({ contract }, { ...OPTIONS, ...options }));
  const document = parseXml(files['word/document.xml']!, 'word/document.xml', 256);
  const [table] = descendants(document, 'w:tbl');
  return {
    layout: attribute(child(child(table, 'w:tblPr'), 'w:tblLayout'), 'w:type'),
    grid: childElements(child(table, 'w:tblGrid'), 'w:gridCol').map((column) => Number(attribute(column, 'w:w'))),
    rows: childElements(table, 'w:tr').map((row) => ({
      header: child(child(row, 'w:trPr'), 'w:tblHeader') !== undefined,
      cells: childElements(row, 'w:tc').map((cell) => ({
        text: descendants(cell, 'w:t').map(textContent).join(''),
        span: Number(attribute(child(child(cell, 'w:tcPr'), 'w:gridSpan'), 'w:val') ?? 1),
      })),
    })),
  };
}

function withService(contract: Contract, from: string, to: string): Contract {
  return { ...contract, toms: contract.toms.map((tom) => (tom.serviceHeading === from ? { ...tom, serviceHeading: to } : tom)) };
}

describe('the measures as a table', () => {
  it('has a fixed grid as wide as the text, the measures taking what service and responsibility leave', async () => {
    const table = await tomsTable(template);
    expect(table.layout).toBe('fixed');
    expect(table.rows[0]!.cells.map((cell) => cell.text)).toEqual(['Leistung', 'Maßnahme', 'Verantwortung']);
    expect(table.rows[0]!.header).toBe(true);
    const [service, measure, responsibility] = table.grid;
    expect(table.grid.reduce((sum, width) => sum + width, 0)).toBe(11906 - 2 * 1417);
    expect(measure).toBeGreaterThan(service! + responsibility!);
    // The widest words of the narrow columns, "(Rechenzentrum)" and "Verantwortung", need about 1.5 cm at 9 pt; a fifth of the page would waste it.
    expect(service).toBeLessThan(0.22 * 9072);
    expect(responsibility).toBeLessThan(0.22 * 9072);
  });

  it('widens a column for a longer word and gives the measures less', async () => {
    const before = (await tomsTable(template)).grid;
    const after = (await tomsTable(withService(template, 'Kundenmenü', 'Kundenverwaltungsoberfläche'))).grid;
    expect(after[0]).toBeGreaterThan(before[0]!);
    expect(after[1]).toBe(before[1]! - (after[0]! - before[0]!));
    expect(after[2]).toBe(before[2]);
  });

  it('heads each category with a row across the table and repeats it on no measure', async () => {
    const table = await tomsTable(template);
    const headings = table.rows.filter((row) => row.cells.length === 1);
    expect(headings.map((row) => row.cells[0]!.span)).toEqual(headings.map(() => table.grid.length));
    expect(headings.map((row) => row.cells[0]!.text)).toEqual([...new Set(template.toms.map((tom) => `${tom.category.number} ${tom.category.title}`))]);
    const measures = table.rows.filter((row) => row.cells.length === table.grid.length && !row.header);
    expect(measures).toHaveLength(template.toms.length);
    const categories = new Set(headings.map((row) => row.cells[0]!.text));
    expect(measures.flatMap((row) => row.cells.filter((cell) => categories.has(cell.text)))).toEqual([]);
    expect(measures[0]!.cells.map((cell) => cell.text)).toEqual(['Telehouse Frankfurt, Main (Rechenzentrum)', 'elektronisches Zutrittskontrollsystem mit Protokollierung', 'Auftragnehmer']);
  });

  it('has no service column when no measure names a service', async () => {
    const scc = parseContract(readFixture('dpa-eu-scc-2021-915-en.txt'));
    const table = await tomsTable(scc);
    expect(table.rows[0]!.cells.map((cell) => cell.text)).toEqual(['Measure', 'Responsibility']);
    expect(table.grid).toHaveLength(2);
    expect(table.rows.every((row) => row.cells.length === 2)).toBe(true);
  });
});
