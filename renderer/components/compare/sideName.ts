import type { TFunction } from 'i18next';
import type { Review } from '../../../shared/review';
import { findVersion } from '../../../shared/compare';
import type { ComparedSide } from '../../store/compareSlice';

/** How a side of a comparison is named on screen: the review now, a version by its name, a file by its name. */
export function sideName(side: ComparedSide, review: Review, t: TFunction): string {
  if (side.kind === 'current') return t('compare.current');
  if (side.kind === 'version') return t('compare.version', { name: findVersion(review, side.id)?.name ?? '' });
  return side.name;
}
