/** A responsibility's reason as one line in the UI's language. */
import type { TFunction } from 'i18next';
import type { ResponsibilityReason } from '../../shared/contract/model';

export function reasonText(reason: ResponsibilityReason, t: TFunction): string {
  switch (reason.kind) {
    case 'cue':
      return t('responsibility.reason.cue', { cue: reason.cue });
    case 'both':
      return t('responsibility.reason.both', { providerCue: reason.providerCue, customerCue: reason.customerCue });
    case 'frame': {
      const key = { annex: 'frameAnnex', category: 'frameCategory', service: 'frameService', 'lead-in': 'frameLeadIn' }[reason.scope];
      return t(`responsibility.reason.${key}`, { frame: reason.frame });
    }
    case 'option':
      return t('responsibility.reason.option', { cue: reason.cue });
    case 'reviewer':
      return t('responsibility.reason.reviewer', { note: reason.note });
    case 'none':
      return t('responsibility.reason.none');
  }
}
