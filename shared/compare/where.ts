import { citationText, type Translate } from '../contract';
import type { OtherChange } from './model';

/** Where a change outside clauses and measures is: "Title", "Party: Customer", "Clause 6.3: heading". */
export function describeWhere(where: OtherChange['where'], t: Translate): string {
  if (where.kind === 'party') return t('compare.where.party', { role: t(`responsibility.${where.role}`) });
  if (where.kind === 'clause-heading') return t('compare.where.clause-heading', { clause: citationText(where.clause, t) });
  return t(`compare.where.${where.kind}`, { ...where });
}
