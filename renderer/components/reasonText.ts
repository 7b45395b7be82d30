/** A responsibility's reason as one line in the UI's language, and what makes a reading unsure. */
import type { TFunction } from 'i18next';
import type { FrameConflict, FrameScope, Responsibility, ResponsibilityReason } from '../../shared/contract';
import { doubtOf } from '../../shared/responsibility';

const FRAME_KEYS: Record<FrameScope, string> = {
  annex: 'frameAnnex',
  title: 'frameTitle',
  contract: 'frameContract',
  category: 'frameCategory',
  service: 'frameService',
  'lead-in': 'frameLeadIn',
};

/** Frames of the whole annex say where their words stand (*Anlage 2*, *3.1*); those inside it are read where they stand. */
const PLACED: readonly FrameScope[] = ['annex', 'title', 'contract'];

export function reasonText(reason: ResponsibilityReason, t: TFunction): string {
  switch (reason.kind) {
    case 'cue':
      return t('responsibility.reason.cue', { cue: reason.cue });
    case 'both':
      return t('responsibility.reason.both', { providerCue: reason.providerCue, customerCue: reason.customerCue });
    case 'frame': {
      const key = FRAME_KEYS[reason.scope];
      const placed = reason.at !== undefined && PLACED.includes(reason.scope);
      return t(`responsibility.reason.${key}${placed ? 'At' : ''}`, { frame: reason.frame, at: reason.at });
    }
    case 'option':
      return t('responsibility.reason.option', { cue: reason.cue });
    case 'reviewer':
      return t('responsibility.reason.reviewer', { note: reason.note });
    case 'none':
      return t('responsibility.reason.none');
  }
}

function conflictText(conflict: FrameConflict, t: TFunction): string {
  const party = t(`responsibility.inText.${conflict.party}`);
  const key = conflict.scope === 'contract' && conflict.at !== undefined ? 'contract' : conflict.scope === 'annex' || conflict.scope === 'title' ? conflict.scope : 'other';
  return t(`responsibility.conflict.${key}`, { party, frame: conflict.frame, at: conflict.at });
}

/** Why a reading is unsure, and for frames that disagree what the other one says; empty when it is sure. */
export function doubtLines(responsibility: Responsibility, t: TFunction): string[] {
  const doubt = doubtOf(responsibility);
  if (doubt === null) return [];
  const reason = responsibility.reason;
  const conflict = reason.kind === 'frame' && reason.conflict ? [conflictText(reason.conflict, t)] : [];
  return [t(`responsibility.doubt.${doubt}`), ...conflict];
}
