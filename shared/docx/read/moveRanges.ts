/**
 * The named move ranges open where the reader is (`w:moveFromRangeStart`/`w:moveToRangeStart`
 * … `w:moveFromRangeEnd`/`w:moveToRangeEnd`, ECMA-376 Part 1, §17.13.5.23–28). A range's start
 * may sit in another paragraph than its `w:moveFrom`/`w:moveTo` runs, or between paragraphs, so
 * the open ranges last from one paragraph to the next. Its `w:name` links source and destination.
 */
import type { MoveLink } from '../../contract';
import { attribute, type XmlElement } from '../xml/element';

export interface MoveRanges {
  /** Open ranges by side: `w:id` → `w:name`, in the order they opened. */
  readonly from: Map<string, string>;
  readonly to: Map<string, string>;
}

export function moveRanges(): MoveRanges {
  return { from: new Map(), to: new Map() };
}

const EDGES: Readonly<Record<string, { readonly side: MoveLink['side']; readonly start: boolean }>> = {
  'w:moveFromRangeStart': { side: 'from', start: true },
  'w:moveFromRangeEnd': { side: 'from', start: false },
  'w:moveToRangeStart': { side: 'to', start: true },
  'w:moveToRangeEnd': { side: 'to', start: false },
};

/** Opens or closes a range where `element` is one of its edges; false for any other element. */
export function trackMoveRange(ranges: MoveRanges, element: XmlElement): boolean {
  const edge = EDGES[element.name];
  if (!edge) return false;
  const id = attribute(element, 'w:id') ?? '';
  const open = ranges[edge.side];
  if (!edge.start) open.delete(id);
  else {
    const name = attribute(element, 'w:name');
    if (name !== undefined && name !== '') open.set(id, name);
  }
  return true;
}

/** The move a `w:moveFrom`/`w:moveTo` belongs to: the innermost open range of its side; none outside a named range. */
export function moveOf(ranges: MoveRanges, side: MoveLink['side']): MoveLink | undefined {
  let name: string | undefined;
  for (const value of ranges[side].values()) name = value;
  return name === undefined ? undefined : { name, side };
}
