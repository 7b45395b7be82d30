/**
 * What merging their answer did to a review (round two), as `clausemark merge` prints it:
 * their changes by author, their comments and replies, what they accepted and rejected of
 * ours, and the measures whose responsibility their answer shifts — first, as everywhere.
 */
import type { Clause, Comment, Contract, Tom, Translate } from '../contract';
import { listChanges } from '../redline';
import type { Review } from '../review';
import type { Comparison, TomComparison } from './model';
import { markedText } from './report';

export interface MergeSummary {
  /** Their new pending changes, by author in order of appearance. */
  readonly changes: readonly { readonly author: string; readonly count: number }[];
  readonly comments: number;
  readonly replies: number;
  /** Our pending changes they accepted, rejected, or left pending. */
  readonly accepted: number;
  readonly rejected: number;
  readonly pending: number;
  /** Measures someone else carries in their answer. */
  readonly responsibility: readonly TomComparison[];
}

function commentsOf(contract: Contract): Comment[] {
  const items: (Clause | Tom)[] = [...contract.sections.flatMap((section) => section.clauses), ...contract.toms];
  return items.flatMap((item) => item.comments ?? []);
}

export function mergeSummary(before: Review, after: Review, comparison: Comparison): MergeSummary {
  const ours = new Set(listChanges(before.contract).map((change) => change.id));
  const now = listChanges(after.contract);
  const changes = new Map<string, number>();
  for (const change of now) if (!ours.has(change.id)) changes.set(change.author, (changes.get(change.author) ?? 0) + 1);
  const oldComments = new Map(commentsOf(before.contract).map((comment) => [comment.id, comment]));
  let comments = 0;
  let replies = 0;
  for (const comment of commentsOf(after.contract)) {
    const old = oldComments.get(comment.id);
    if (!old) comments++;
    const known = new Set(old?.replies.map((reply) => reply.id));
    replies += comment.replies.filter((reply) => !known.has(reply.id)).length;
  }
  const known = new Set(before.decisions.map((decision) => decision.id));
  const theirs = after.decisions.filter((decision) => !known.has(decision.id) && 'answer' in decision && decision.answer !== undefined);
  const stillOurs = new Set(now.map((change) => change.id));
  return {
    changes: [...changes].map(([author, count]) => ({ author, count })),
    comments,
    replies,
    accepted: theirs.filter((decision) => decision.action === 'accept').length,
    rejected: theirs.filter((decision) => decision.action === 'reject').length,
    pending: [...ours].filter((id) => stillOurs.has(id)).length,
    responsibility: comparison.toms.filter((entry) => entry.responsibilityChange === 'party'),
  };
}

/** The summary as lines for a terminal, in the user's language. */
export function mergeReport(summary: MergeSummary, names: { readonly review: string; readonly answer: string; readonly out: string }, t: Translate): string {
  const lines = [t('merge.written', names)];
  if (summary.responsibility.length > 0) {
    lines.push(`${t('merge.responsibility')}:`);
    for (const entry of summary.responsibility) {
      const side = entry.new!;
      const place = [[side.category.number, side.category.title].filter(Boolean).join(' '), side.services.join(', ')].filter(Boolean).join(' · ');
      lines.push(`  ${place}: ${t('compare.partyChange', { from: t(`responsibility.${entry.old!.party}`), to: t(`responsibility.${side.party}`) })}`, `    ${markedText(entry.segments)}`);
    }
  }
  const byAuthor = summary.changes.map(({ author, count }) => t('merge.byAuthor', { author, count }));
  lines.push(`${t('merge.theirChanges')}: ${byAuthor.length > 0 ? byAuthor.join(', ') : t('merge.none')}`);
  lines.push(`${t('merge.theirComments')}: ${t('merge.comments', { count: summary.comments })}, ${t('merge.replies', { count: summary.replies })}`);
  lines.push(`${t('merge.ours')}: ${t('merge.accepted', { count: summary.accepted })}, ${t('merge.rejected', { count: summary.rejected })}, ${t('merge.pending', { count: summary.pending })}`);
  return `${lines.join('\n')}\n`;
}
