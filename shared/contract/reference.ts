/** How a clause is cited: `9.2` for a numbered sub-clause, `8(a)` for a lettered one, `5 ¶4` for a paragraph. */
import type { Clause, Section } from './model';

export function clauseReference(sectionNumber: string, clauseNumber: string | null): string {
  if (clauseNumber === null || clauseNumber === '') return sectionNumber;
  if (clauseNumber.startsWith(`${sectionNumber}.`)) return clauseNumber;
  if (/^\d/u.test(clauseNumber)) return `${sectionNumber}.${clauseNumber}`;
  return `${sectionNumber}(${clauseNumber})`;
}

export function citeClause(section: Section, clause: Clause): string {
  if (clause.number !== null) return clauseReference(section.number, clause.number);
  return `${section.number} ¶${section.clauses.indexOf(clause) + 1}`;
}

/** `3 Technisch-organisatorische Maßnahmen …`, `Clause 5 - Optional Docking clause`, or the title alone. */
export function sectionHeading(section: Section): string {
  return [section.label, section.title].filter((part) => part !== '').join(' ');
}
