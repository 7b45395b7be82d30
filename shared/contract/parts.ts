/**
 * A contract in parts of a few hundred clauses or measures. A message between the host, the
 * window and the window's worker is cloned in one task, and a 1000-clause contract (1.5 MB)
 * cloned at once holds the window for a third of a second or more; sent in parts, no part
 * holds it for long, and the window paints and takes input between them.
 */
import type { Contract, Section } from './model';

/** About this many clauses or measures in one message. */
export const PART_SIZE = 250;

/**
 * About this many in one part of an opened document: the window receives each part in a task
 * of its own, and a part of 250 clauses of a DOCX with tracked changes (400 KB) took 65–90 ms
 * of the window's CPU time to receive, the longest task of opening it.
 */
export const OPENING_PART_SIZE = 100;

/** What of a contract one message carries: some of its sections (whole), or some of its measures. */
export type ContractPart = { readonly sections: readonly Section[] } | { readonly toms: Contract['toms'] };

/**
 * Which sending of parts a request to the host takes its contract's sections and measures
 * from, and how many parts there are: the request carries the contract's head only.
 */
export interface SentParts {
  readonly sending: number;
  readonly count: number;
}

/** The contract without its sections and measures, and those in parts. */
export function contractInParts(contract: Contract, size = PART_SIZE): { head: Contract; parts: ContractPart[] } {
  const parts: ContractPart[] = [];
  let sections: Section[] = [];
  let clauses = 0;
  for (const section of contract.sections) {
    sections.push(section);
    clauses += section.clauses.length;
    if (clauses >= size) {
      parts.push({ sections });
      sections = [];
      clauses = 0;
    }
  }
  if (sections.length > 0) parts.push({ sections });
  for (let start = 0; start < contract.toms.length; start += size) parts.push({ toms: contract.toms.slice(start, start + size) });
  return { head: { ...contract, sections: [], toms: [] }, parts };
}

/** The contract again from its head and parts, in the order they were made. */
export function contractFromParts(head: Contract, parts: readonly ContractPart[]): Contract {
  const sections: Section[] = [];
  const toms: Contract['toms'][number][] = [];
  for (const part of parts) {
    if ('sections' in part) for (const section of part.sections) sections.push(section);
    else for (const tom of part.toms) toms.push(tom);
  }
  return { ...head, sections, toms };
}
