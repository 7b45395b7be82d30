/**
 * Who is responsible for a measure or a duty clause: the duties its own sentences give,
 * else the frame it stands in — a heading or line that assigns its service or category
 * (*Maßnahmen des Verantwortlichen*, *Die Eingabekontrolle obliegt dem Auftraggeber*), else
 * the annex preamble (*werden vom Auftragnehmer umgesetzt*), and for a clause the lead-in
 * it continues (*… gewährleistet er insbesondere die Einhaltung folgender Vorgaben:*).
 * A text whose statements give duties to both parties is `shared`; so is a measure whose
 * explicit words name one party and which leaves a part to the other (`parts.ts`).
 */
import type { Party, PartyRole, Responsibility, ResponsibilityCue, Section, TomCategory } from '../contract';
import { actorsFor, type Actors } from './actors';
import { assignsCategory, headingFrame, namesOwnCategory, readFrame, type Frame } from './frames';
import { settingOf, splitsWithFrame } from './parts';
import { readText, type Reading } from './reading';
import { excerpt, latin } from '../text';

export { readFrame, type Frame } from './frames';

const LOWER = latin(/\p{Ll}/gu);
const LEAD_IN_END = /:\s*$/u;

export function decide(reading: Reading, frame: Frame | null): Responsibility {
  // Loops rather than `flatMap`, which costs more than the rest of the decision for a text of a few statements.
  const duties: ResponsibilityCue[] = [];
  const options: ResponsibilityCue[] = [];
  for (const statement of reading.statements) {
    for (const cue of statement.duties) duties.push(cue);
    for (const cue of statement.options) options.push(cue);
  }
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
    const both = (otherCue: string) => {
      const [providerCue, customerCue] = explicit === 'provider' ? [cue.text, otherCue] : [otherCue, cue.text];
      return { ...base, party: 'shared' as const, cue: cue.text, reason: { kind: 'both' as const, providerCue, customerCue } };
    };
    if (frame && splitsWithFrame(reading, frame, explicit, cue)) return both(frame.cue);
    const setting = settingOf(reading, explicit === 'provider' ? 'customer' : 'provider');
    if (setting) return { ...both(setting.text), cues: [...duties, setting] };
    return { ...base, party: explicit, cue: cue.text, reason: { kind: 'cue', cue: cue.text } };
  }
  if (frame && reading.statements.some((statement) => statement.framed)) {
    const place = { ...(frame.at ? { at: frame.at } : {}), ...(frame.conflict ? { conflict: frame.conflict } : {}) };
    return { ...base, party: frame.party, cue: frame.cue, reason: { kind: 'frame', frame: frame.cue, scope: frame.scope, ...place } };
  }
  if (options.length > 0) {
    return { ...base, cues: options, party: 'unstated', cue: null, reason: { kind: 'option', cue: options[0]!.text } };
  }
  // Under a frame, a measure that only offers or permits is said to be an option, not to name nobody: the frame is there.
  const offered = frame ? reading.statements.find((statement) => statement.offered) : undefined;
  if (offered) return { ...base, party: 'unstated', cue: null, reason: { kind: 'option', cue: excerpt(offered.text.trim(), 120) } };
  return { ...base, party: 'unstated', cue: null, reason: { kind: 'none' } };
}

export interface TomInput {
  readonly category: TomCategory;
  readonly services: readonly string[];
  /** The service or site heading as written, which may name a party (*Maßnahmen des Auftraggebers*). */
  readonly serviceHeading?: string | null;
  readonly text: string;
}

/**
 * The measures whose readings depend on each other are those of one category: every frame a
 * measure sets for those after it (a lead-in, a line that assigns the category or a service)
 * is kept under its category.
 */
export function categoryOf(category: TomCategory): string {
  return `${category.number}\u0000${category.title}`;
}

/** Whether a measure may set a frame for those after it (a lead-in, a line naming its category): asked without reading it. */
export function mayFrameOthers(measure: Pick<TomInput, 'text' | 'category'>): boolean {
  return LEAD_IN_END.test(measure.text) || namesOwnCategory(measure.text, measure.category);
}

/**
 * Classifies the measures of one annex in order, so that a category line or a list's lead-in
 * frames what follows it; `annexFrame` is the frame of the whole annex (`annexFrame(contract)`).
 */
export function classifyToms(measures: readonly TomInput[], annexFrame: Frame | null, parties: readonly Party[]): Responsibility[] {
  return classifyTomTexts(measures, annexFrame, parties, new Map()).readings;
}

/**
 * The measures' readings, and how other wordings of some of them would read in their place
 * (`alternatives`, by the measure's index): in the same frame, which only the measures
 * before them set. A measure with and without a pending change is read this way.
 */
export function classifyTomTexts(
  measures: readonly TomInput[],
  annexFrame: Frame | null,
  parties: readonly Party[],
  alternatives: ReadonlyMap<number, readonly string[]>,
): { readings: Responsibility[]; alternatives: Map<number, Responsibility[]> } {
  const read = new Map<number, Responsibility[]>();
  const actors = actorsFor(parties);
  const categoryFrames = new Map<string, Frame>();
  const leadIns = new Map<string, Frame | null>();
  const serviceFrames = new Map<string, Frame>();
  const key = (category: TomCategory, service = '') => `${categoryOf(category)}\u0000${service}`;

  // Many measures share a heading: read each once.
  const headings = new Map<string, Frame | null>();
  const heading = (text: string, scope: 'category' | 'service') => {
    const cacheKey = `${scope}\u0000${text}`;
    if (!headings.has(cacheKey)) headings.set(cacheKey, headingFrame(text, actors, scope));
    return headings.get(cacheKey)!;
  };

  const readings = measures.map((measure, index) => {
    const categoryHeading = heading(measure.category.title, 'category');
    const serviceHeading = measure.serviceHeading ? heading(measure.serviceHeading, 'service') : null;
    const group = key(measure.category, measure.services.join('\u0000'));
    const frame =
      leadIns.get(group) ??
      measure.services.map((service) => serviceFrames.get(key(measure.category, service))).find((found) => found !== undefined) ??
      serviceHeading ??
      categoryFrames.get(key(measure.category)) ??
      categoryHeading ??
      annexFrame;
    const reading = readText(measure.text, actors, frame?.party ?? null);
    const responsibility = decide(reading, frame);
    const others = alternatives.get(index);
    if (others) read.set(index, others.map((text) => decide(readText(text, actors, frame?.party ?? null), frame)));
    // A list's lead-in (*GitHub will maintain … practices to include:*) frames the items after it in its group, until the next lead-in.
    if (LEAD_IN_END.test(measure.text)) leadIns.set(group, readFrame(measure.text, actors, 'lead-in'));
    const assigned = assignsCategory(measure.text, measure.category, reading);
    if (assigned) {
      const cue = measure.text.trim();
      if (measure.services.length === 0) categoryFrames.set(key(measure.category), { party: assigned, cue, scope: 'category' });
      for (const service of measure.services) serviceFrames.set(key(measure.category, service), { party: assigned, cue, scope: 'service' });
    }
    return responsibility;
  });
  return { readings, alternatives: read };
}

/** The responsibility for one duty clause, read from its own words only. */
export function classifyClauseText(text: string, parties: readonly Party[]): Responsibility {
  return decide(readText(text, actorsFor(parties)), null);
}

/**
 * The responsibility of every clause of a section that gives a duty or an option to a
 * party, in order: a clause that names nobody continues the lead-in before it when that
 * ends in a colon (*Processor agrees to:* / *comply with all applicable Data Protection
 * Law*). Clauses that concern nobody get `null`.
 */
export function classifyClauses(section: Pick<Section, 'clauses'>, parties: readonly Party[]): (Responsibility | null)[] {
  return dutiesOf(readClauses(section, parties));
}

/** The responsibilities `classifyClauses` gives, from a section's readings already made. */
export function dutiesOf(readings: readonly ClauseReading[]): (Responsibility | null)[] {
  return readings.map(({ responsibility }) => {
    const concerns = responsibility.cues.length > 0 || responsibility.reason.kind === 'frame';
    return concerns ? responsibility : null;
  });
}

/** The lead-in a clause continues, with the lead-in clause's own words, when it names a party. */
export interface LeadIn {
  readonly frame: Frame;
  readonly text: string;
}

export interface ClauseReading {
  readonly reading: Reading;
  readonly responsibility: Responsibility;
  readonly leadIn: LeadIn | null;
}

/**
 * The lead-in each clause of a section continues: found from the clauses that end in a
 * colon alone, so that a caller who reads only some clauses (the frame of the TOM annex)
 * knows their lead-ins without reading the clauses between.
 */
export function leadInsOf(section: Pick<Section, 'clauses'>, actors: Actors): (LeadIn | null)[] {
  let leadIn: LeadIn | null = null;
  let listStyle: string | null = null;
  return section.clauses.map((clause) => {
    // The items of the list a lead-in opens share one marker style (`- `, `1.`, `a)`).
    const style = clause.kind === 'bullet' ? 'bullet' : (clause.label ?? '').replace(/\d+/gu, '9').replace(LOWER, 'a');
    if (leadIn && listStyle !== null && style !== listStyle) leadIn = null;
    if (leadIn && listStyle === null) listStyle = style;
    const continued = leadIn;
    const lastLine = clause.text.split('\n').filter((line) => !line.startsWith('- ')).pop() ?? '';
    if (/:\s*$/u.test(lastLine) && !clause.text.includes('\n- ')) {
      const frame = readFrame(clause.text, actors, 'lead-in');
      leadIn = frame ? { frame, text: clause.text } : null;
      listStyle = null;
    }
    return continued;
  });
}

/**
 * `classifyClauses` for a section of which only some clauses can read otherwise than they did:
 * `asBefore(index, leadIn)` says whether clause `index`, continuing `leadIn`, has the words and
 * the lead-in it had when last read (a clause's duty depends on nothing else, the parties aside);
 * those are not read again and come back undefined.
 */
export function classifyChangedClauses(
  section: Pick<Section, 'clauses'>,
  parties: readonly Party[],
  asBefore: (index: number, leadIn: LeadIn | null) => boolean,
): (Responsibility | null | undefined)[] {
  const actors = actorsFor(parties);
  return leadInsOf(section, actors).map((leadIn, index) => {
    if (asBefore(index, leadIn)) return undefined;
    const reading = readText(section.clauses[index]!.text, actors, leadIn?.frame.party ?? null);
    return dutiesOf([{ reading, responsibility: decide(reading, leadIn?.frame ?? null), leadIn }])[0]!;
  });
}

/** Each clause of a section read in the frame of the lead-in before it (see `classifyClauses`). */
export function readClauses(section: Pick<Section, 'clauses'>, parties: readonly Party[]): ClauseReading[] {
  const actors = actorsFor(parties);
  return leadInsOf(section, actors).map((leadIn, index) => {
    const reading = readText(section.clauses[index]!.text, actors, leadIn?.frame.party ?? null);
    return { reading, responsibility: decide(reading, leadIn?.frame ?? null), leadIn };
  });
}
