/**
 * Contracts and comparisons cross to and from the comparison's worker in parts: a structured
 * clone is made in one task, and two 5000-clause contracts (21 MB) or their comparison (28 MB)
 * cloned at once held the window for half a second. In parts of a few hundred clauses, no
 * part holds it for long, and the window paints and takes input between them.
 */
import type { Comparison } from '../../shared/compare/model';
import type { Contract, Section } from '../../shared/contract/model';

/** About this many clauses or measures in one message. */
export const PART_SIZE = 250;

/** What of a contract one message carries: some of its sections (whole), or some of its measures. */
export type ContractPart = { readonly sections: readonly Section[] } | { readonly toms: Contract['toms'] };

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

/** What of a comparison one message carries: some of its clauses' entries and some of its measures'. */
export interface ComparisonPart {
  readonly clauses: Comparison['clauses'];
  readonly toms: Comparison['toms'];
}

export function comparisonInParts(comparison: Comparison, size = PART_SIZE): { head: Comparison; parts: ComparisonPart[] } {
  const parts: ComparisonPart[] = [];
  for (let start = 0; start < Math.max(comparison.clauses.length, comparison.toms.length); start += size) {
    parts.push({ clauses: comparison.clauses.slice(start, start + size), toms: comparison.toms.slice(start, start + size) });
  }
  return { head: { ...comparison, clauses: [], toms: [] }, parts };
}

export function comparisonFromParts(head: Comparison, parts: readonly ComparisonPart[]): Comparison {
  const clauses: Comparison['clauses'][number][] = [];
  const toms: Comparison['toms'][number][] = [];
  for (const part of parts) {
    for (const entry of part.clauses) clauses.push(entry);
    for (const entry of part.toms) toms.push(entry);
  }
  return { ...head, clauses, toms };
}

/** Resolves in a later task: what was sent before is cloned, and the window may paint. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
