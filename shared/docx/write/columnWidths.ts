/**
 * Column widths of a table from what its columns hold, for a fixed layout (`w:tblLayout
 * w:type="fixed"` with its `w:tblGrid`) that Word and LibreOffice draw alike. Each narrow
 * column is as wide as its widest unbreakable word, so no word is cut where it has no
 * hyphenation point, and wide enough that a typical entry takes two lines at most; the
 * column that fills takes the rest.
 */
import { textWidth, widestPart, type Font } from './textWidth';
import { largest } from '../../lists';

export interface ColumnContent {
  /** Written in bold on the header row. */
  readonly header: string;
  readonly texts: readonly string[];
  /** The column that takes the width the others leave (the measures). */
  readonly fills?: boolean;
}

export interface TableMetrics {
  /** The table's width in twips. */
  readonly width: number;
  readonly font: Font;
  /** A cell's left plus right margin in twips. */
  readonly cellMargins: number;
}

/** A narrow column never takes more than this share of the table for its typical entry. */
const TYPICAL_SHARE = 0.25;
/** The filling column keeps at least this share, even if a narrow column's word must then break. */
const FILL_SHARE = 0.4;
/** Room for rounding and kerning between this estimate and the reader's layout. */
const SLACK = 1.03;

function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}

function narrowWidth(column: ColumnContent, metrics: TableMetrics): number {
  const { font } = metrics;
  const widest = Math.max(widestPart(column.header, { ...font, bold: true }), largest(column.texts.map((text) => widestPart(text, font))));
  const typical = Math.min(median(column.texts.map((text) => textWidth(text, font))) / 2, metrics.width * TYPICAL_SHARE);
  return Math.ceil(Math.max(widest, typical) * SLACK) + metrics.cellMargins;
}

/** Widths in twips, one per column, adding up to the table's width. */
export function columnWidths(columns: readonly ColumnContent[], metrics: TableMetrics): number[] {
  const fill = columns.findIndex((column) => column.fills);
  const widths = columns.map((column, index) => (index === fill ? 0 : narrowWidth(column, metrics)));
  const narrow = widths.reduce((sum, width) => sum + width, 0);
  const room = Math.floor(metrics.width * (fill < 0 ? 1 : 1 - FILL_SHARE));
  // Too many wide words to fit beside the fill: every narrow column gives up the same share.
  const scale = narrow > room ? room / narrow : 1;
  const scaled = widths.map((width) => Math.floor(width * scale));
  const rest = metrics.width - scaled.reduce((sum, width) => sum + width, 0);
  const last = fill < 0 ? scaled.length - 1 : fill;
  scaled[last] = scaled[last]! + rest;
  return scaled;
}
