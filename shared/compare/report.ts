/**
 * The comparison as text for a terminal (`clausemark compare` without `--json`):
 * the summary, responsibility changes first, then clauses, measures and the rest, each
 * change marked as `wdiff` does — `[-deleted-]{+inserted+}` — so it survives a pipe.
 */
import { citationText, type Translate } from '../contract';
import type { Comparison, DiffSegment, TomComparison } from './model';
import { describeWhere } from './where';
import { pushAll } from '../lists';

export function markedText(segments: readonly DiffSegment[]): string {
  return segments
    .map((segment) => (segment.kind === 'equal' ? segment.text : segment.kind === 'delete' ? `[-${segment.text}-]` : `{+${segment.text}+}`))
    .join('')
    .replace(/\s+/gu, ' ')
    .trim();
}

function measure(entry: TomComparison, t: Translate): string[] {
  const side = (entry.new ?? entry.old)!;
  const lines = [`  ${t(`compare.status.${entry.kind}`)} · ${[side.category.number, side.category.title].filter(Boolean).join(' ')}${side.services.length > 0 ? ` · ${side.services.join(', ')}` : ''}`];
  if (entry.responsibilityChange === 'party') lines.push(`    ${t('compare.partyChange', { from: t(`responsibility.${entry.old!.party}`), to: t(`responsibility.${entry.new!.party}`) })}`);
  if (entry.responsibilityChange === 'cue') lines.push(`    ${t('compare.cueChange', { from: entry.old!.cue ?? t('compare.noCue'), to: entry.new!.cue ?? t('compare.noCue') })}`);
  lines.push(`    ${markedText(entry.segments)}`);
  return lines;
}

export function comparisonReport(comparison: Comparison, names: { readonly old: string; readonly new: string }, t: Translate): string {
  const lines = [t('compare.cli.heading', names), t('compare.cli.summary', { ...comparison.summary })];
  const responsibility = comparison.toms.filter((entry) => entry.kind === 'responsibility');
  if (responsibility.length > 0) pushAll(lines, ['', `${t('compare.cli.responsibility')}:`, ...responsibility.flatMap((entry) => measure(entry, t))]);
  const clauses = comparison.clauses.filter((entry) => entry.status !== 'unchanged');
  if (clauses.length > 0) {
    lines.push('', `${t('compare.cli.clauses')}:`);
    for (const entry of clauses) {
      const place =
        entry.old && entry.new ? t('compare.renumbered', { from: citationText(entry.old.number, t), to: citationText(entry.new.number, t) }) : citationText((entry.new ?? entry.old)!.number, t);
      lines.push(`  ${t(`compare.status.${entry.status}`)} · ${place}`, `    ${markedText(entry.segments)}`);
    }
  }
  const measures = comparison.toms.filter((entry) => entry.kind !== 'unchanged' && entry.kind !== 'responsibility');
  if (measures.length > 0) pushAll(lines, ['', `${t('compare.cli.measures')}:`, ...measures.flatMap((entry) => measure(entry, t))]);
  if (comparison.other.length > 0) {
    lines.push('', `${t('compare.cli.other')}:`);
    for (const change of comparison.other) lines.push(`  ${describeWhere(change.where, t)}`, `    ${markedText(change.segments)}`);
  }
  if (responsibility.length + clauses.length + measures.length + comparison.other.length === 0) lines.push('', t('compare.noDifferences'));
  return `${lines.join('\n')}\n`;
}
