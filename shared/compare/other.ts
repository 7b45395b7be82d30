/**
 * What else a careful reader finds changed besides clauses and measures: the title, the
 * date, a party's name or address, the items of an annex (*Daten-Typen*, *Betroffene*),
 * an annex's title, and the frame of the TOM annex that assigns every measure it does
 * not assign itself (*werden vom Auftragnehmer umgesetzt*).
 */
import { partyText, type Annex, type Contract } from '../contract';
import { align } from './align';
import type { OtherChange } from './model';
import { differs } from './textDiff';
import type { Vocabulary } from './vocabulary';
import { pushAll } from '../lists';

function changeOf(where: OtherChange['where'], before: string | null, after: string | null, vocabulary: Vocabulary): OtherChange | null {
  if (before === null && after === null) return null;
  if (before === null) return { where, status: 'added', segments: [{ kind: 'insert', text: after! }] };
  if (after === null) return { where, status: 'removed', segments: [{ kind: 'delete', text: before }] };
  const segments = vocabulary.diff(before, after);
  return differs(segments) ? { where, status: 'changed', segments } : null;
}

/** Annexes pair by their label (`Anlage I`), else by their title. */
function pairAnnexes(old: readonly Annex[], next: readonly Annex[]): [Annex | null, Annex | null][] {
  const key = (annex: Annex) => annex.label.toLocaleLowerCase().replace(/\s+/gu, ' ');
  const title = (annex: Annex) => annex.title.toLocaleLowerCase().replace(/\s+/gu, ' ');
  const pairs: [Annex | null, Annex | null][] = [];
  const free = [...next];
  for (const annex of old) {
    let index = free.findIndex((candidate) => key(candidate) === key(annex));
    if (index < 0) index = free.findIndex((candidate) => title(candidate) === title(annex));
    pairs.push([annex, index >= 0 ? free.splice(index, 1)[0]! : null]);
  }
  for (const annex of free) pairs.push([null, annex]);
  return pairs;
}

function annexItems(before: Annex, after: Annex, name: string, vocabulary: Vocabulary): OtherChange[] {
  const units = (items: readonly string[]) =>
    items.map((item) => ({ ...vocabulary.read(item), group: 0, key: null, plain: item }));
  const alignment = align(units(before.items), units(after.items));
  const where = { kind: 'annex-item' as const, annex: name };
  const changes: OtherChange[] = [];
  for (const pair of alignment.pairs) {
    const change = changeOf(where, before.items[pair.old]!, after.items[pair.new]!, vocabulary);
    if (change) changes.push(change);
  }
  for (const index of alignment.removed) changes.push({ where, status: 'removed', segments: [{ kind: 'delete', text: before.items[index]! }] });
  for (const index of alignment.added) changes.push({ where, status: 'added', segments: [{ kind: 'insert', text: after.items[index]! }] });
  return changes;
}

export function compareOther(old: Contract, next: Contract, vocabulary: Vocabulary): OtherChange[] {
  const changes: (OtherChange | null)[] = [
    changeOf({ kind: 'title' }, old.title, next.title, vocabulary),
    changeOf({ kind: 'date' }, old.date, next.date, vocabulary),
  ];
  for (const role of ['customer', 'provider'] as const) {
    const before = old.parties.find((party) => party.role === role);
    const after = next.parties.find((party) => party.role === role);
    changes.push(changeOf({ kind: 'party', role }, before ? partyText(before) : null, after ? partyText(after) : null, vocabulary));
  }
  for (const [before, after] of pairAnnexes(old.annexes, next.annexes)) {
    const name = (after ?? before)!.label;
    const heading = (annex: Annex | null) => (annex ? `${annex.label} ${annex.title}` : null);
    if (!before || !after) {
      changes.push(changeOf({ kind: 'annex-title', annex: name }, heading(before), heading(after), vocabulary));
      const items = (before ?? after)!.items;
      for (const item of items) changes.push({ where: { kind: 'annex-item', annex: name }, status: before ? 'removed' : 'added', segments: [{ kind: before ? 'delete' : 'insert', text: item }] });
      continue;
    }
    changes.push(changeOf({ kind: 'annex-title', annex: name }, before.title, after.title, vocabulary));
    changes.push(changeOf({ kind: 'annex-preamble', annex: name }, before.preamble.join('\n') || null, after.preamble.join('\n') || null, vocabulary));
    pushAll(changes, annexItems(before, after, name, vocabulary));
  }
  return changes.filter((change): change is OtherChange => change !== null);
}
