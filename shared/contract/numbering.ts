/**
 * Clause numbers as a reader sees them under each markup view. A clause added as a
 * tracked change is numbered in place and the ones after it move up, as Word's automatic
 * numbering does; a deleted one keeps its number until the deletion is accepted.
 */
import type { Clause, Section } from './model';
import { matchMarker } from './markers';

export type MarkupView = 'all' | 'simple' | 'original' | 'final';

/** Is the clause shown at all in this view? */
export function visibleIn(clause: Pick<Clause, 'change'>, view: MarkupView): boolean {
  if (view === 'original') return clause.change?.kind !== 'insert';
  if (view === 'final' || view === 'simple') return clause.change?.kind !== 'delete';
  return true;
}

interface Style {
  readonly format: (n: number) => string;
  readonly parse: (label: string) => number | null;
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

function letter(n: number): string {
  return n >= 1 && n <= LETTERS.length ? LETTERS[n - 1]! : String(n);
}

function styleOf(label: string): Style | null {
  const simple: readonly [RegExp, (n: number) => string, 'digit' | 'letter'][] = [
    [/^(\d+)\.$/u, (n) => `${n}.`, 'digit'],
    [/^\((\d+)\)$/u, (n) => `(${n})`, 'digit'],
    [/^(\d+)\)$/u, (n) => `${n})`, 'digit'],
    [/^\(([a-z])\)$/u, (n) => `(${letter(n)})`, 'letter'],
    [/^([a-z])\)$/u, (n) => `${letter(n)})`, 'letter'],
  ];
  for (const [pattern, format, kind] of simple) {
    if (pattern.test(label)) {
      return {
        format,
        parse: (other) => {
          const match = pattern.exec(other);
          if (!match) return null;
          return kind === 'digit' ? Number(match[1]) : LETTERS.indexOf(match[1]!) + 1;
        },
      };
    }
  }
  const multi = /^(\d+(?:\.\d+)*\.)(\d+)(\.?)$/u.exec(label);
  if (multi) {
    const [, prefix, , suffix] = multi;
    const pattern = new RegExp(`^${prefix!.replace(/\./gu, '\\.')}(\\d+)${suffix === '.' ? '\\.' : ''}$`, 'u');
    return { format: (n) => `${prefix}${n}${suffix}`, parse: (other) => (pattern.exec(other) ? Number(pattern.exec(other)![1]) : null) };
  }
  return null;
}

/** The style of a section whose settled clauses are numbered 1, 2, 3 … (or a, b, c …), or null. */
function consecutiveStyle(section: Section): Style | null {
  const numbered = section.clauses.filter((clause) => clause.label !== null && clause.change?.kind !== 'insert');
  const style = numbered[0] ? styleOf(numbered[0].label!) : null;
  return style !== null && numbered.every((clause, index) => style.parse(clause.label!) === index + 1) ? style : null;
}

/** Whether a clause added here takes a number: the section's labelled clauses are all numbered clauses. */
function numbersNewClauses(section: Section): boolean {
  return section.clauses.some((clause) => clause.label !== null) && section.clauses.every((clause) => clause.kind === 'numbered' || clause.label === null);
}

/** The bullet a bullet clause shows where other clauses show their number. */
export const MARGIN_BULLET = '•';

/**
 * What stands in a clause's margin: its label in this view, or a bullet for a clause that is one
 * bullet of a list. That bullet stands for the `- ` its text begins with, which is then not drawn
 * a second time as a list item (`toLines`).
 */
export function marginMarker(clause: Pick<Clause, 'kind'>, label: string | null | undefined): string {
  return label ?? (clause.kind === 'bullet' ? MARGIN_BULLET : '');
}

/**
 * The label each clause of `section` shows in `view`, by clause id. Sections whose
 * numbers run 1, 2, 3 … (or a, b, c …) are renumbered around added and removed clauses;
 * others keep their labels, and an added clause there shows none.
 */
export function displayLabels(section: Section, view: MarkupView): Map<string, string | null> {
  const labels = new Map<string, string | null>();
  const style = consecutiveStyle(section);
  const numberedSection = section.clauses.some((clause) => clause.label !== null && clause.change?.kind !== 'insert') && numbersNewClauses(section);
  let counter = 0;
  for (const clause of section.clauses) {
    if (!visibleIn(clause, view)) continue;
    const takesNumber = clause.label !== null || (clause.change?.kind === 'insert' && numberedSection && clause.kind === 'numbered');
    if (view === 'original' || style === null || !takesNumber) {
      labels.set(clause.id, clause.label);
      continue;
    }
    counter++;
    labels.set(clause.id, style.format(counter));
  }
  return labels;
}

/**
 * `after`, the section once a whole added or deleted clause of `before` was accepted, with
 * its clauses' own numbers run on as Word's automatic numbering does: the added clause keeps
 * the number it showed, the clauses after a removed one move up. A section whose numbers did
 * not run 1, 2, 3 … keeps them, and an added clause there stays unnumbered.
 */
export function renumberAccepted(before: Section, after: Section): Section {
  const style = consecutiveStyle(before);
  if (style === null || !numbersNewClauses(before)) return after;
  let counter = 0;
  const clauses = after.clauses.map((clause) => {
    if (clause.change?.kind === 'insert' || (clause.label === null && clause.kind !== 'numbered')) return clause;
    counter++;
    const label = style.format(counter);
    return label === clause.label ? clause : { ...clause, label, number: matchMarker(label)?.number ?? clause.number };
  });
  return { ...after, clauses };
}
