/**
 * Who is responsible for a measure: the duties its own sentences give, else the frame it
 * stands in — a line that assigns its service or category (*Die Eingabekontrolle obliegt
 * dem Auftraggeber*), else the annex preamble (*werden vom Auftragnehmer umgesetzt*).
 * A measure whose statements give duties to both parties is `shared`; so is one sentence
 * that splits a measure between an explicit party and the frame.
 */
import type { Party, PartyRole, Responsibility, TomCategory } from '../contract/model';
import { actorsFor, type Actors } from './actors';
import { readText, type Reading } from './reading';

export interface Frame {
  readonly party: PartyRole;
  /** The words that set the frame (`werden vom Auftragnehmer umgesetzt`). */
  readonly cue: string;
  readonly scope: 'annex' | 'category' | 'service';
}

const PASSIVE_FRAME = /(?:werden|wird|are|is|will\s+be|shall\s+be)\s+(?:\S+\s+){0,3}?(?:vom|von\s+(?:dem|der)|durch\s+(?:den|die)|by(?:\s+the)?)\s+\S+(?:\s+\p{Ll}+)?/u;

/** The frame an annex preamble sets, when it names exactly one party. */
export function readFrame(text: string, actors: Actors, scope: Frame['scope']): Frame | null {
  const reading = readText(text, actors);
  const duties = reading.statements.flatMap((statement) => statement.duties);
  const parties = new Set(duties.map((cue) => cue.party));
  if (parties.size !== 1) return null;
  const party = [...parties][0]!;
  if (party === 'shared' || party === 'unstated') return null;
  const passive = PASSIVE_FRAME.exec(text);
  const cue = passive && passive[0].includes(duties[0]!.text.split(/\s+/u).pop()!) ? passive[0] : duties[0]!.text;
  return { party, cue, scope };
}

export function decide(reading: Reading, frame: Frame | null): Responsibility {
  const duties = reading.statements.flatMap((statement) => statement.duties);
  const options = reading.statements.flatMap((statement) => statement.options);
  const base = { source: 'auto' as const, cues: duties, sentences: reading.sentences };
  const holds = (party: PartyRole) => duties.some((cue) => cue.party === party || cue.party === 'shared');
  const first = (party: PartyRole) => duties.find((cue) => cue.party === party || cue.party === 'shared')!;

  if (holds('provider') && holds('customer')) {
    const providerCue = first('provider').text;
    const customerCue = first('customer').text;
    return { ...base, party: 'shared', cue: duties[0]!.text, reason: { kind: 'both', providerCue, customerCue } };
  }
  const explicit: PartyRole | null = holds('provider') ? 'provider' : holds('customer') ? 'customer' : null;
  if (explicit) {
    const cue = first(explicit);
    const splitsMeasure =
      frame !== null &&
      frame.party !== explicit &&
      reading.statements.some(
        (statement) =>
          statement.framed &&
          reading.statements.some((other) => other.sentence === statement.sentence && other.duties.includes(cue)),
      );
    if (splitsMeasure) {
      const [providerCue, customerCue] = explicit === 'provider' ? [cue.text, frame.cue] : [frame.cue, cue.text];
      return { ...base, party: 'shared', cue: cue.text, reason: { kind: 'both', providerCue, customerCue } };
    }
    return { ...base, party: explicit, cue: cue.text, reason: { kind: 'cue', cue: cue.text } };
  }
  if (frame && reading.statements.some((statement) => statement.framed)) {
    return { ...base, party: frame.party, cue: frame.cue, reason: { kind: 'frame', frame: frame.cue, scope: frame.scope } };
  }
  if (options.length > 0) {
    return { ...base, cues: options, party: 'unstated', cue: null, reason: { kind: 'option', cue: options[0]!.text } };
  }
  return { ...base, party: 'unstated', cue: null, reason: { kind: 'none' } };
}

export interface MeasureInput {
  readonly category: TomCategory;
  readonly services: readonly string[];
  readonly text: string;
}

/** A measure that assigns its own category (*Die Eingabekontrolle obliegt dem Auftraggeber*). */
function assignsCategory(measure: MeasureInput, reading: Reading): PartyRole | null {
  const subject = /^(?:[-–•]\s*)?(?:Die|Der|Das|The)\s+([\p{L}-]+)/u.exec(measure.text)?.[1];
  if (!subject || subject.length < 5) return null;
  if (!measure.category.title.toLowerCase().includes(subject.toLowerCase())) return null;
  const first = reading.statements.filter((statement) => statement.sentence === 0).flatMap((statement) => statement.duties);
  const parties = new Set(first.map((cue) => cue.party));
  const party = [...parties][0];
  return parties.size === 1 && (party === 'provider' || party === 'customer') ? party : null;
}

/** Classifies the measures of one annex in order, so that a category line frames what follows it. */
export function classifyMeasures(
  measures: readonly MeasureInput[],
  preamble: readonly string[],
  parties: readonly Party[],
): Responsibility[] {
  const actors = actorsFor(parties);
  const annexFrame = preamble.length > 0 ? readFrame(preamble.join('\n'), actors, 'annex') : null;
  const categoryFrames = new Map<string, Frame>();
  const serviceFrames = new Map<string, Frame>();
  const key = (category: TomCategory, service = '') => `${category.number}\u0000${category.title}\u0000${service}`;

  return measures.map((measure) => {
    const reading = readText(measure.text, actors);
    const frame =
      measure.services.map((service) => serviceFrames.get(key(measure.category, service))).find((found) => found !== undefined) ??
      categoryFrames.get(key(measure.category)) ??
      annexFrame;
    const responsibility = decide(reading, frame);
    const assigned = assignsCategory(measure, reading);
    if (assigned) {
      const cue = measure.text.trim();
      if (measure.services.length === 0) categoryFrames.set(key(measure.category), { party: assigned, cue, scope: 'category' });
      for (const service of measure.services) serviceFrames.set(key(measure.category, service), { party: assigned, cue, scope: 'service' });
    }
    return responsibility;
  });
}

/** The responsibility for one duty clause, read from its own words only. */
export function classifyClauseText(text: string, parties: readonly Party[]): Responsibility {
  return decide(readText(text, actorsFor(parties)), null);
}
