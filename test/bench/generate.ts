/**
 * Large contracts for the benchmark, grown from the AVV template: its sections repeated
 * with their clauses reworded, renumbered and titled anew, and its TOM annex grown with more
 * services; negotiated variants with a share of words changed; a redline with tracked
 * changes and comments. Deterministic: the same size gives the same text.
 */
import { adoptComparison } from '../../shared/compare/adopt';
import { compareContracts } from '../../shared/compare/compareContracts';
import { parseContract } from '../../shared/parse/parseContract';
import { listChanges } from '../../shared/redline/changes';
import type { Contract } from '../../shared/contract/model';
import { addComment, editText } from '../../shared/review/operations';
import { newReview, serializeReview } from '../../shared/review/reviewFile';
import { seeded as random } from '../support/largeContract';

const FILLER = ['unverzüglich', 'schriftlich', 'insbesondere', 'angemessen', 'jeweils', 'nachweislich', 'ausschließlich', 'vertraglich', 'regelmäßig', 'technisch'];

function clauseText(text: string, next: () => number): string {
  // Reword a little so that repeated sections are not copies of each other.
  return text
    .split(' ')
    .map((word) => (next() < 0.06 ? `${word} ${FILLER[Math.floor(next() * FILLER.length)]}` : word))
    .join(' ');
}

/** A contract of about `clauses` clauses (the 1000-clause one about 700 KB) as plain text. */
export function largeContract(template: string, clauses: number): string {
  const base = parseContract(template);
  const next = random(clauses);
  const front = template.slice(0, template.indexOf('\n1 Gegenstand'));
  const lines: string[] = [front.trimEnd(), ''];
  let count = 0;
  let number = 0;
  // After the template's own sections, each new section joins two of them (about 7 clauses),
  // so that 5000 clauses fit in fewer than a thousand sections.
  while (count < clauses) {
    const first = base.sections[number % base.sections.length]!;
    const second = number >= base.sections.length ? base.sections[(number + 1) % base.sections.length]! : null;
    number++;
    const title = number > base.sections.length ? `${first.title} (Teil ${Math.ceil(number / base.sections.length)})` : first.title;
    lines.push(`${number} ${title}`, '');
    const sectionClauses = second ? [...first.clauses, ...second.clauses] : first.clauses;
    const numbered = second !== null || first.clauses.some((clause) => clause.label !== null);
    sectionClauses.forEach((clause, index) => {
      if (count >= clauses) return;
      const text = clauseText(clause.text, next);
      // A little longer than the template's clauses, as in framework agreements (about 700 bytes each).
      const extra = base.sections[(number + index) % base.sections.length]!.clauses[0]!.text.split('\n')[0]!;
      lines.push(`${numbered ? `${index + 1}. ` : ''}${text} ${clauseText(extra.slice(0, 160), next)}`, '');
      count++;
    });
  }
  lines.push('Bremen, 9. Juni 2018', '', '.....', 'Auftraggeber, Ort, Datum', '', '.....', 'Auftragnehmer, Ort, Datum', '');
  const annexes = template.slice(template.indexOf('\nAnlage I\n'));
  const [beforeToms, toms] = [annexes.slice(0, annexes.indexOf('\n1 Vertraulichkeit')), annexes.slice(annexes.indexOf('\n1 Vertraulichkeit'))];
  lines.push(beforeToms.trim(), '');
  // The TOM annex grows with the contract: its categories repeated for more services.
  const rounds = Math.max(1, Math.round(clauses / 100));
  const categories = toms.split(/\n(?=\d{1,2} \p{Lu})/u).filter((part) => part.trim() !== '');
  let categoryNumber = 0;
  for (let round = 0; round < rounds; round++) {
    for (const category of categories) {
      categoryNumber++;
      lines.push(category.trim().replace(/^\d{1,2} /u, `${categoryNumber} `).replace(/Leistung „([^“]+)“/gu, round === 0 ? 'Leistung „$1“' : `Leistung „$1 ${round + 1}“`), '');
    }
  }
  return `${lines.join('\n').trim()}\n`;
}

/** The same contract with about `share` of its words changed (replaced, inserted or dropped). */
export function negotiated(text: string, share: number, seed = 7): string {
  const next = random(seed);
  return text
    .split('\n')
    .map((line) => {
      // Headings and markers stay: negotiation changes wording, not structure.
      if (/^(?:\d+ \p{Lu}|Anlage |- |$)/u.test(line)) return line;
      return line
        .split(' ')
        .flatMap((word, index) => {
          if (index === 0 || next() >= share) return [word];
          const roll = next();
          if (roll < 0.4) return [FILLER[Math.floor(next() * FILLER.length)]!];
          if (roll < 0.7) return [word, FILLER[Math.floor(next() * FILLER.length)]!];
          return [];
        })
        .join(' ');
    })
    .join('\n');
}

export function clauseCount(contract: Contract): number {
  return contract.sections.reduce((sum, section) => sum + section.clauses.length, 0);
}

/**
 * A review of `text` with about `changes` tracked changes (words replaced in every second
 * clause, so each edit is a deletion and an insertion) and `comments` comments, half of
 * them internal: the input of the export and import cases, as a `.clausemark` file.
 */
export function redlineReview(text: string, changes: number, comments: number): string {
  const next = random(changes + comments);
  let counter = 0;
  const context = { author: 'Bench Reviewer', now: '2026-11-26T10:00:00.000Z', newId: () => `b${++counter}` };
  const contract = parseContract(text);
  let review = newReview(contract, { kind: 'text', name: 'contract.txt' }, context.now);
  const clauses = contract.sections.flatMap((section) => section.clauses);
  const edited = clauses.filter((_, index) => index % 2 === 0).slice(0, Math.ceil(changes / 2));
  for (const clause of edited) {
    const words = clause.text.split(' ');
    const at = 1 + Math.floor(next() * (words.length - 1));
    words[at] = FILLER[Math.floor(next() * FILLER.length)]!;
    review = editText(review, { kind: 'clause', id: clause.id }, words.join(' '), context);
  }
  for (let i = 0; i < comments; i++) {
    const clause = clauses[Math.floor((i * clauses.length) / comments)]!;
    review = addComment(review, { kind: 'clause', id: clause.id }, { text: `Bitte prüfen (${i + 1}).`, visibility: i % 2 === 0 ? 'external' : 'internal' }, context).review;
  }
  return serializeReview(review);
}

/**
 * A review of `text` with the comparison against `answer` adopted as the other side's tracked
 * changes (as *Adopt as tracked changes* makes it): the 1000-clause contract against its 2 %
 * variant holds about 1,800 changes, against its 30 % variant about 22,000.
 */
export function adoptedReview(text: string, answer: string): { file: string; changes: number } {
  let counter = 0;
  const contract = parseContract(text);
  const other = parseContract(answer);
  const review = adoptComparison(newReview(contract, { kind: 'text', name: 'contract.txt' }, '2026-11-26T10:00:00.000Z'), other, compareContracts(contract, other), {
    author: 'Counterparty',
    now: '2026-11-27T10:00:00.000Z',
    newId: () => `c${++counter}`,
  });
  return { file: serializeReview(review), changes: listChanges(review.contract).length };
}
