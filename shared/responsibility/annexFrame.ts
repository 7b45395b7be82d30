/**
 * The frame of every measure of the TOM annex, near to far: the annex's lead-in (*Die
 * folgenden TOMs werden vom Auftragnehmer umgesetzt*, *The Processor has implemented the
 * following measures*), its title (*Technische und organisatorische Maßnahmen des
 * Auftragnehmers*), and the clause of the contract that gives the annex to a party (*Der
 * Auftragnehmer verpflichtet sich, die in Anlage 1 definierten TOMs aufrechtzuerhalten*).
 * The nearest that names a party decides; a farther one that names the other party makes
 * the reading a conflict the reviewer should see.
 */
import type { Contract, Party } from '../contract';
import { actorsFor } from './actors';
import { contractFrame, type SectionReadings } from './contractFrame';
import { headingFrame, readFrame, type Frame } from './frames';

export type FramedContract = Pick<Contract, 'annexes' | 'sections' | 'parties'>;

/** The frame the annex's lead-in paragraphs set, when they give the measures to one party. */
export function leadInFrame(preamble: readonly string[], parties: readonly Party[]): Frame | null {
  return preamble.length > 0 ? readFrame(preamble.join('\n'), actorsFor(parties), 'annex') : null;
}

export interface AnnexFrameOptions {
  /**
   * Look past the nearest frame for a farther one that names the other party (default): what
   * makes the measures' reading a conflict the reviewer should see. `false` stops at the
   * nearest frame, which alone decides each measure's party and cue (all a comparison reads of
   * them), and so leaves the body unread whenever the annex's lead-in or title names a party.
   */
  readonly conflicts?: boolean;
}

/** `readingsOf`: the sections' clauses as read already (see `SectionReadings`); read again where absent. */
export function annexFrame(contract: FramedContract, readingsOf?: SectionReadings, { conflicts = true }: AnnexFrameOptions = {}): Frame | null {
  const annexes = contract.annexes.filter((annex) => annex.isTomAnnex);
  if (annexes.length === 0) return null;
  const actors = actorsFor(contract.parties);
  const first = annexes[0]!;
  const leadIn = leadInFrame(annexes.flatMap((annex) => annex.preamble), contract.parties);
  const titled = annexes.map((annex) => {
    const frame = annex.title === '' ? null : headingFrame(annex.title, actors, 'title');
    return frame ? { ...frame, at: annex.label } : null;
  });
  const frames: Frame[] = [];
  if (leadIn) frames.push({ ...leadIn, at: annexes.find((annex) => annex.preamble.length > 0)?.label ?? first.label });
  const title = titled.find((frame) => frame !== null);
  if (title) frames.push(title);
  if (!conflicts && frames.length > 0) return frames[0]!;
  const body = contractFrame(contract.sections, annexes, contract.parties, readingsOf);
  if (body) frames.push(body);
  const nearest = frames[0];
  if (!nearest) return null;
  if (nearest.conflict) return nearest;
  const other = frames.find((frame) => frame.party !== nearest.party);
  return other ? { ...nearest, conflict: { party: other.party, frame: other.cue, scope: other.scope, ...(other.at ? { at: other.at } : {}) } } : nearest;
}
