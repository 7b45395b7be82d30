/**
 * Who the other side is in their answer, for what their document does not say itself:
 * its untracked edits and its decisions on our changes are by the document's last author
 * (`cp:lastModifiedBy`, else its creator), at the time it was last saved (`dcterms:modified`;
 * else the latest of its revisions and comments). A file's name names no person: where the
 * document names nobody, the user is asked (empty here).
 */
import type { Contract } from '../contract';
import type { DocumentProperties } from '../docx';
import { listChanges } from '../redline';
import { largest } from '../lists';

export interface AnswerSide {
  readonly author: string;
  readonly date: string;
}

function latestDate(contract: Contract): string | null {
  const dates: string[] = listChanges(contract).map((change) => change.date);
  for (const item of [...contract.sections.flatMap((section) => section.clauses), ...contract.toms]) {
    for (const comment of item.comments ?? []) {
      dates.push(comment.date);
      for (const reply of comment.replies) dates.push(reply.date);
    }
  }
  const times = dates.map((date) => Date.parse(date)).filter((time) => !Number.isNaN(time));
  return times.length > 0 ? new Date(largest(times)).toISOString() : null;
}

export function answerSide(contract: Contract, properties: DocumentProperties | undefined, now: string): AnswerSide {
  return { author: properties?.lastModifiedBy ?? properties?.creator ?? '', date: properties?.modified ?? latestDate(contract) ?? now };
}
