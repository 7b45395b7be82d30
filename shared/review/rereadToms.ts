import type { Contract, Tom } from '../contract';
import { annexFrame, categoryOf, classifyToms, mayFrameOthers, type Frame } from '../responsibility';

/** Measures are read again after an edit, except where a reviewer has set the responsibility. */
export function reclassify(contract: Contract): Contract {
  const readings = classifyToms(contract.toms, annexFrame(contract), contract.parties);
  return { ...contract, toms: contract.toms.map((tom, index) => (tom.responsibility.source === 'reviewer' ? tom : { ...tom, responsibility: readings[index]! })) };
}

/**
 * The measures read again after some of them changed their words, came or went (`before`: the
 * measures as they were). A measure's reading depends on its own words, the annex's frame and
 * the frames the measures before it in its category set (`categoryOf`): only the categories
 * where words changed, a measure came, or a measure went that may have framed others after it are read
 * again, each whole; the other measures keep their readings and their objects (accepting a
 * deleted measure of 1,806 changes read all 688 measures again, the longest task of the window).
 */
const ANNEX_SCOPES = new Set(['annex', 'title', 'contract']);

/**
 * The annex's frame as the measures read it at their last reading: a measure that no nearer
 * frame reached carries it whole (party, words, scope, place, conflict). Undefined where no
 * measure shows it, since then it may as well be none.
 */
function frameAsRead(toms: readonly Tom[]): Frame | undefined {
  for (const { responsibility } of toms) {
    const reason = responsibility.reason;
    if (responsibility.source === 'reviewer' || reason?.kind !== 'frame' || !ANNEX_SCOPES.has(reason.scope) || responsibility.party === 'shared' || responsibility.party === 'unstated') continue;
    return { party: responsibility.party, cue: reason.frame, scope: reason.scope, ...(reason.at === undefined ? {} : { at: reason.at }), ...(reason.conflict ? { conflict: reason.conflict } : {}) };
  }
  return undefined;
}

/**
 * `frameKept`: the caller knows the annex's frame is what it was when `before` was read (no
 * section that names the annex and no party changed its words), so it is taken from the
 * measures' readings instead of reading the body again (the most of deciding 1,806 changes).
 */
export function rereadToms(contract: Contract, before: readonly Tom[], frameKept = false): Contract {
  const was = new Map(before.map((tom) => [tom.id, tom]));
  const stays = new Set<string>();
  const changed = new Set<string>();
  for (const tom of contract.toms) {
    stays.add(tom.id);
    const old = was.get(tom.id);
    if (old && old.text === tom.text && categoryOf(old.category) === categoryOf(tom.category)) continue;
    changed.add(categoryOf(tom.category));
    if (old) changed.add(categoryOf(old.category));
  }
  // A measure that went framed at most those after it in its category: with none of them left, none reads differently.
  const followed = new Set<string>();
  for (let index = before.length - 1; index >= 0; index--) {
    const tom = before[index]!;
    const category = categoryOf(tom.category);
    if (stays.has(tom.id)) followed.add(category);
    else if (followed.has(category) && mayFrameOthers(tom)) changed.add(category);
  }
  if (changed.size === 0) return contract;
  const indexes: number[] = [];
  contract.toms.forEach((tom, index) => {
    if (changed.has(categoryOf(tom.category))) indexes.push(index);
  });
  const readings = classifyToms(
    indexes.map((index) => contract.toms[index]!),
    (frameKept ? frameAsRead(before) : undefined) ?? annexFrame(contract),
    contract.parties,
  );
  const toms = [...contract.toms];
  indexes.forEach((index, at) => {
    const tom = toms[index]!;
    if (tom.responsibility.source !== 'reviewer') toms[index] = { ...tom, responsibility: readings[at]! };
  });
  return { ...contract, toms };
}
