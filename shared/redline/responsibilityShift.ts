/**
 * Whether a pending change inside a measure hands the measure to another party: the measure
 * is read as it stands now and with the change rejected, in its place (its category and
 * service lines, the annex's frame). A change that alters the party is a responsibility
 * change, as a comparison calls a measure handed from one party to the other.
 */
import type { Contract, ResponsibleParty, Segment } from '../contract';
import { annexFrame, classifyTomTexts } from '../responsibility';
import { decide } from './decide';
import { currentText, isChange } from './segments';

export interface ResponsibilityShift {
  /** Who carries the measure without the change. */
  readonly from: ResponsibleParty;
  /** Who carries it with the change. */
  readonly to: ResponsibleParty;
}

/**
 * The ids of the changes that stand together: a deletion and the insertion right after it are
 * one replacement (`Auftragnehmer` → `Auftraggeber`), whose halves mean nothing alone.
 */
function replacements(segments: readonly Segment[]): string[][] {
  const groups: string[][] = [];
  let group: string[] = [];
  for (const segment of segments) {
    if (isChange(segment)) group.push(segment.id);
    else if (segment.text.trim() !== '') {
      if (group.length > 0) groups.push(group);
      group = [];
    }
  }
  if (group.length > 0) groups.push(group);
  return groups;
}

/** The shift of each change inside a measure that alters who carries it, by change id. */
export function responsibilityShifts(contract: Pick<Contract, 'toms' | 'annexes' | 'sections' | 'parties'>): Map<string, ResponsibilityShift> {
  const alternatives = new Map<number, string[]>();
  const groupsOf = new Map<number, string[][]>();
  contract.toms.forEach((tom, index) => {
    const groups = replacements((tom.segments ?? []).filter((segment) => !isChange(segment) || segment.id !== tom.change?.id));
    if (groups.length === 0) return;
    groupsOf.set(index, groups);
    alternatives.set(index, [tom.text, ...groups.map((ids) => currentText(decide(tom.segments!, { ids }, 'reject')))]);
  });
  const shifts = new Map<string, ResponsibilityShift>();
  if (alternatives.size === 0) return shifts;
  const read = classifyTomTexts(contract.toms, annexFrame(contract), contract.parties, alternatives).alternatives;
  for (const [index, groups] of groupsOf) {
    const [now, ...without] = read.get(index)!;
    groups.forEach((ids, at) => {
      const from = without[at]!.party;
      if (from !== now!.party) for (const id of ids) shifts.set(id, { from, to: now!.party });
    });
  }
  return shifts;
}
