/**
 * Contracts and comparisons cross to and from the comparison's worker in parts: a structured
 * clone is made in one task, and two 5000-clause contracts (21 MB) or their comparison (28 MB)
 * cloned at once held the window for half a second. In parts of a few hundred clauses, no
 * part holds it for long, and the window paints and takes input between them.
 */
import type { Comparison } from '../../shared/compare';
import { contractFromParts, contractInParts, PART_SIZE, type ContractPart } from '../../shared/contract';

export { contractFromParts, contractInParts, PART_SIZE, type ContractPart };

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
