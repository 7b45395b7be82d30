/**
 * A document the parser finds no sections in (no numbered sections, no headings it takes
 * for them: a letter, a Word NDA of unnumbered paragraphs, a one-paragraph memo) is read by
 * its outline instead of being refused: each heading opens a section, headings directly
 * above it are its group headings, and each paragraph (a block of lines between gaps, a
 * table row) is a clause. Lines the parser read as the title, a party or the date stay
 * theirs. Each clause keeps its lines, so its tracked changes and comments lead back.
 */
import type { Clause, Contract, Section } from '../../contract';
import type { ContractOrigins, SourceLine } from '../../parse';
import type { Piece } from './pieces';

export interface Outline {
  readonly sections: readonly Section[];
  /** By clause id: the pieces of each of its lines (the whole line), for `SourceMapper.map`. */
  readonly pieces: ReadonlyMap<string, Piece[][]>;
}

/** Whether the parse found nothing to read the document by. */
export function needsOutline(contract: Contract): boolean {
  return contract.sections.length === 0 && contract.annexes.length === 0;
}

function takenLines(origins: ContractOrigins): Set<number> {
  const taken = new Set<number>();
  for (const units of origins.parties) for (const unit of units) for (const source of unit.sources ?? []) taken.add(source);
  for (const source of origins.date?.sources ?? []) taken.add(source);
  return taken;
}

/** Blank-separated blocks of lines; a heading line is a block of its own. */
function blocksOf(lines: readonly (SourceLine | null)[], taken: ReadonlySet<number>): SourceLine[][] {
  const blocks: SourceLine[][] = [];
  let current: SourceLine[] = [];
  const close = () => {
    if (current.length > 0) blocks.push(current);
    current = [];
  };
  for (const line of lines) {
    if (line === null || (line.source !== undefined && taken.has(line.source))) {
      close();
    } else if (line.markdownHeading > 0) {
      close();
      blocks.push([line]);
    } else {
      current.push(line);
    }
  }
  close();
  return blocks;
}

const BULLET = /^- /u;

export function readOutline(lines: readonly (SourceLine | null)[], contract: Contract, origins: ContractOrigins): Outline {
  const blocks = blocksOf(lines, takenLines(origins));
  // The parser's title is the first line as it stands; it is the title, not a clause as well (unless it is all there is).
  const first = blocks[0];
  if (first && first.length === 1 && first[0]!.text === contract.title && blocks.length > 1) blocks.shift();
  const sections: Section[] = [];
  const pieces = new Map<string, Piece[][]>();
  let parts: string[] = [];
  let open: { id: string; number: string; title: string; parts: string[]; clauses: Clause[] } | null = null;
  const close = () => {
    if (open) sections.push({ id: open.id, number: open.number, label: '', title: open.title, parts: open.parts, clauses: open.clauses });
    open = null;
  };
  const start = (title: string) => {
    close();
    const number = String(sections.length + 1);
    open = { id: `s${number}`, number, title, parts, clauses: [] };
    parts = [];
  };
  blocks.forEach((block, index) => {
    const line = block[0]!;
    if (line.markdownHeading > 0) {
      const next = blocks[index + 1];
      if (next && next[0]!.markdownHeading > 0) parts.push(line.text);
      else start(line.text);
      return;
    }
    if (!open) start('');
    const section = open!;
    const id = `${section.id}-c${section.clauses.length + 1}`;
    const bullet = block.every((entry) => BULLET.test(entry.text));
    section.clauses.push({ id, number: null, label: null, heading: null, kind: bullet ? 'bullet' : 'paragraph', text: block.map((entry) => entry.text).join('\n') });
    pieces.set(
      id,
      block.map((entry) => (entry.source === undefined ? [] : [{ kind: 'source', source: entry.source, from: 0, to: entry.text.length }])),
    );
  });
  // Group headings at the end, without text under them, are kept as sections of their own.
  for (const title of parts.splice(0)) start(title);
  close();
  return { sections, pieces };
}
