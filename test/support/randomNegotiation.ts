/**
 * Random negotiations for property tests: a list of abstract steps (fast-check generates
 * them) made concrete against the contract as it stands after the steps before, so that
 * every step is valid — a clause deleted from a section that has one to spare, a clause
 * moved between sections of the same kind, a word reworded that the text really holds.
 */
import fc from 'fast-check';
import type { Contract } from '../../shared/contract/model';
import type { Negotiation } from './negotiation';

export interface Step {
  readonly kind: 'insert' | 'delete' | 'move' | 'reword' | 'insert-tom' | 'delete-tom' | 'reword-tom';
  readonly a: number;
  readonly b: number;
  readonly c: number;
  readonly d: number;
}

export const steps = (maxLength = 8): fc.Arbitrary<Step[]> =>
  fc.array(
    fc.record({
      kind: fc.constantFrom('insert', 'delete', 'move', 'reword', 'insert-tom', 'delete-tom', 'reword-tom'),
      a: fc.nat(10_000),
      b: fc.nat(10_000),
      c: fc.nat(10_000),
      d: fc.nat(10_000),
    }),
    { maxLength },
  );

const TOPICS = ['Haftpflichtversicherung', 'Notfallübungen', 'Penetrationstests', 'Schlüsselverwaltung', 'Mandantentrennung', 'Löschprotokolle', 'Fernwartung', 'Sicherheitsbeauftragte'];

/** Words long enough to be a reworded term rather than an article. */
function wordsOf(text: string): string[] {
  return text.match(/\p{L}{5,}/gu) ?? [];
}

export function concretize(base: Contract, abstract: readonly Step[]): { negotiations: Negotiation[]; moves: number } {
  const sections = base.sections.map((section) => ({ numbered: section.clauses[0]?.kind === 'numbered', texts: section.clauses.map((clause) => clause.text) }));
  const toms = base.toms.map((tom) => tom.text);
  const negotiations: Negotiation[] = [];
  let moves = 0;
  abstract.forEach((step, index) => {
    const s = step.a % sections.length;
    const section = sections[s]!;
    switch (step.kind) {
      case 'insert': {
        const at = step.b % (section.texts.length + 1);
        const text = `Zusatzvereinbarung ${index + 1}: Für ${TOPICS[step.c % TOPICS.length]} gilt Anhang ${step.d % 97}.`;
        section.texts.splice(at, 0, text);
        negotiations.push({ kind: 'insert-clause', section: s, at, text });
        return;
      }
      case 'delete': {
        if (section.texts.length < 2) return;
        const at = step.b % section.texts.length;
        section.texts.splice(at, 1);
        negotiations.push({ kind: 'delete-clause', section: s, at });
        return;
      }
      case 'move': {
        const targets = sections.map((candidate, t) => [candidate, t] as const).filter(([candidate]) => candidate.numbered === section.numbered);
        const [target, t] = targets[step.c % targets.length]!;
        if (section.texts.length < 2) return;
        const from = step.b % section.texts.length;
        const [text] = section.texts.splice(from, 1);
        const to = step.d % (target.texts.length + 1);
        target.texts.splice(to, 0, text!);
        negotiations.push({ kind: 'move-clause', from: [s, from], to: [t, to] });
        moves++;
        return;
      }
      case 'reword': {
        const at = step.b % section.texts.length;
        const words = wordsOf(section.texts[at]!);
        if (words.length === 0) return;
        const from = words[step.c % words.length]!;
        const to = `${from}s`;
        section.texts[at] = section.texts[at]!.replace(from, to);
        negotiations.push({ kind: 'reword', section: s, at, from, to });
        return;
      }
      case 'insert-tom': {
        const after = step.a % toms.length;
        const text = `Zusätzliche Maßnahme ${index + 1}: ${TOPICS[step.c % TOPICS.length]} nach Stufe ${step.d % 9}`;
        toms.splice(after + 1, 0, text);
        negotiations.push({ kind: 'insert-tom', after, text });
        return;
      }
      case 'delete-tom': {
        if (toms.length < 2) return;
        const at = step.a % toms.length;
        toms.splice(at, 1);
        negotiations.push({ kind: 'delete-tom', at });
        return;
      }
      case 'reword-tom': {
        const at = step.a % toms.length;
        const words = wordsOf(toms[at]!);
        if (words.length === 0) return;
        const from = words[step.c % words.length]!;
        toms[at] = toms[at]!.replace(from, `${from}s`);
        negotiations.push({ kind: 'reword-tom', at, from, to: `${from}s` });
        return;
      }
    }
  });
  return { negotiations, moves };
}
