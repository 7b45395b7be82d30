/**
 * Deleted text is never current text. A paragraph deleted whole is given to the parser in its
 * original words, so that a deleted clause still parses as the clause it was; but where the
 * parser reads such a paragraph as a heading, a group heading, the title or a line of the
 * front matter, signature or an annex, no clause carries its deletion and its words would
 * stand as current. They are taken out there; the paragraph itself is kept as a passage with
 * its deletion (`passages.ts`).
 */
import type { Contract } from '../../contract';
import type { SourceLine } from '../../parse';
import type { LineSource } from './sourceLines';

/** The texts of the lines of paragraphs deleted whole, also without their leading number (`3. Scope` → `Scope`). */
export function deletedLineTexts(lines: readonly (SourceLine | null)[], sources: readonly LineSource[]): Set<string> {
  const texts = new Set<string>();
  for (const line of lines) {
    if (line?.source === undefined || sources[line.source]?.view.mode !== 'original') continue;
    texts.add(line.text);
    const space = line.text.indexOf(' ');
    if (space > 0) texts.add(line.text.slice(space + 1).trim());
  }
  return texts;
}

export function withoutDeletedLines(contract: Contract, deleted: ReadonlySet<string>): Contract {
  if (deleted.size === 0) return contract;
  const keep = (text: string) => !deleted.has(text.trim());
  const current = (text: string) => (keep(text) ? text : '');
  return {
    ...contract,
    title: current(contract.title),
    preamble: contract.preamble.filter(keep),
    signature: contract.signature.filter(keep),
    sections: contract.sections.map((section) => ({ ...section, title: current(section.title), parts: section.parts.filter(keep) })),
    annexes: contract.annexes.map((annex) => ({ ...annex, title: current(annex.title), items: annex.items.filter(keep), preamble: annex.preamble.filter(keep) })),
  };
}
