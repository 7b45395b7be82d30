/**
 * Measures whose responsibility is not settled yet: it hangs on a tracked change nobody has
 * accepted or rejected. A count of who does what must not present those as agreed.
 */
import { partyFromText, type Contract } from '../contract';
import { originalText, segmentsOf } from '../redline';
import { annexFrame, classifyToms } from '../responsibility';

const NONE: ReadonlySet<string> = new Set();

/**
 * The ids of the measures a pending change decides: those the change adds or removes as a
 * whole, and those whose party is read otherwise from the text as it stood before the pending
 * changes (their own, a measure before them that frames their category, or a party's name). A
 * reviewer's override is a decision of its own and settles the measure.
 */
export function pendingToms(contract: Contract): ReadonlySet<string> {
  const changed = contract.toms.some((tom) => tom.segments !== undefined || tom.change !== undefined) || contract.parties.some((party) => party.segments !== undefined);
  if (!changed) return NONE;
  const before = contract.toms.filter((tom) => tom.change?.kind !== 'insert').map((tom) => ({ ...tom, text: originalText(segmentsOf(tom)) }));
  const parties = contract.parties.map((party) => (party.segments ? partyFromText(party, originalText(party.segments), undefined) : party));
  const readings = classifyToms(before, annexFrame({ ...contract, parties }), parties);
  const partyBefore = new Map(before.map((tom, index) => [tom.id, readings[index]!.party]));
  const pending = new Set<string>();
  for (const tom of contract.toms) {
    if (tom.change) pending.add(tom.id);
    else if (tom.responsibility.source !== 'reviewer' && partyBefore.get(tom.id) !== tom.responsibility.party) pending.add(tom.id);
  }
  return pending;
}
