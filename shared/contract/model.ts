/**
 * The contract as Clausemark understands it: the domain words of DESIGN.md as types.
 * Everything here is plain JSON so it can cross IPC and be written to a review file.
 */

/** `provider` = processor, *Auftragnehmer*; `customer` = controller, *Auftraggeber*. */
export type PartyRole = 'customer' | 'provider';

export type ResponsibleParty = PartyRole | 'shared' | 'unstated';

export type Language = 'de' | 'en';

/**
 * A piece of a text under review, Word's own model (`w:ins`/`w:del` runs): `equal` text,
 * or an `insert`/`delete` of one author at one time, with the change's id.
 */
export type SegmentKind = 'equal' | 'insert' | 'delete';

/**
 * One half of a move Word wrote (`w:moveFrom`/`w:moveTo`, ECMA-376 Part 1, §17.13.5.22–27):
 * the source is a deletion, the destination an insertion, and both carry the move's `w:name`
 * (of `w:moveFromRangeStart`/`w:moveToRangeStart`), which links them: they are decided together.
 */
export interface MoveLink {
  readonly name: string;
  readonly side: 'from' | 'to';
}

export interface Segment {
  readonly kind: SegmentKind;
  readonly text: string;
  readonly author?: string;
  readonly date?: string;
  readonly id?: string;
  /** Set on an insertion or deletion that is one half of a move. */
  readonly move?: MoveLink;
}

/** A clause or measure added or deleted as a whole, as one tracked change. */
export interface WholeChange {
  readonly kind: 'insert' | 'delete';
  readonly id: string;
  readonly author: string;
  readonly date: string;
  /** A paragraph Word moved: the whole is one half of the move. */
  readonly move?: MoveLink;
}

export type CommentVisibility = 'internal' | 'external';

export interface CommentReply {
  readonly id: string;
  readonly author: string;
  readonly date: string;
  readonly text: string;
  readonly editedAt?: string;
}

export interface Comment {
  readonly id: string;
  readonly author: string;
  readonly date: string;
  readonly text: string;
  /** `internal`: a note for one's own side, never sent by default; `external`: for the counterparty. */
  readonly visibility: CommentVisibility;
  readonly resolved: boolean;
  readonly replies: readonly CommentReply[];
  /** A selected range of the current text, with the words it covered when made. */
  readonly anchor?: { readonly start: number; readonly end: number; readonly quote: string };
  readonly editedAt?: string;
}

export type ReviewStatus = 'open' | 'agreed' | 'disputed' | 'needs-change';

/**
 * One piece of an item's text as it was imported from a Word document: characters
 * [from, to) of a body paragraph, or text the import wrote itself (a list label, a bullet,
 * the break between two paragraphs), which is in the item's text but not in the document.
 */
export type DocxOriginPiece =
  /**
   * `paragraph` counts the body's paragraphs in reading order, those in table cells among
   * them; offsets count the paragraph's markup: every character of its runs, deleted and
   * inserted ones included (`docx/read`'s segments, joined).
   */
  | { readonly paragraph: number; readonly from: number; readonly to: number }
  | { readonly text: string };

/**
 * Where a clause, measure, party or the date came from in the Word document of its review
 * (`Review.source.package`): its pieces in order spell its markup as imported (every
 * segment's text, joined), so export writes changes into those paragraphs' runs without
 * reading the document's structure again. `check` (FNV-1a of that markup, hex) tells a
 * document that no longer reads so from one that does.
 */
export interface DocxOrigin {
  readonly pieces: readonly DocxOriginPiece[];
  readonly check: string;
  /**
   * Changes of the item (segment or whole-change ids) the document holds already made:
   * their untracked edits, which round two adopts as their pending changes while their
   * document has them as plain text (an insertion) or not at all (a deletion).
   */
  readonly settled?: readonly string[];
  /** Comments and replies (by id) the document holds already: ours they sent back, theirs adopted from it. */
  readonly held?: readonly string[];
}

/** What a reviewer adds to a clause, a measure, a party or the date: all optional, all JSON. */
export interface Annotations {
  /** The text with its tracked changes; absent when there are none (`text` is then the original). */
  readonly segments?: readonly Segment[];
  readonly comments?: readonly Comment[];
  readonly status?: ReviewStatus;
  readonly change?: WholeChange;
}

/**
 * Where a party was read: `block` its own lines before the first section (name, address, role
 * line); `table` a table of roles; `definition` words that define it in the text (`Acme GmbH
 * (nachfolgend „Auftragnehmer“)`, `“We” means Acme`); `voice` a vendor's own DPA written as *we*
 * and *you*; `text` nothing but the role words the text uses for it.
 */
export type PartySource = 'block' | 'table' | 'definition' | 'voice' | 'text';

export interface Party extends Pick<Annotations, 'segments'> {
  readonly origin?: DocxOrigin;
  readonly role: PartyRole;
  /** The first line of its block; for a party read elsewhere its legal name, or empty when the text gives none. */
  readonly name: string;
  readonly address: readonly string[];
  /** The term the contract calls it by, as written (`Auftraggeber`, `Controller`, `Acme`, `We/Us/Our`). */
  readonly roleLabel: string;
  /** The whole line that gives the role (`– Auftraggeber –`, `(nachfolgend „Auftraggeber“ genannt)`); empty for a party read elsewhere. */
  readonly roleLine: string;
  /** Absent for a block of its own: every review before parties were read from the text. */
  readonly source?: PartySource;
  /** For a party read elsewhere than its block, the words that decided its role and label, as written. */
  readonly cue?: string;
  /** The terms the contract defines for it (`Processor`, `F7`; `We`, `Us`, `Our`): the party wherever one of them acts. */
  readonly terms?: readonly string[];
  /** A line above the name that names the role (`**Auftraggeber (Verantwortlicher):**`). */
  readonly heading?: string;
}

export type ClauseKind = 'numbered' | 'paragraph' | 'bullet';

/**
 * Where in an imported document a passage sits that is no clause there (a heading, the title,
 * a table cell, a header, a footnote) but carries their tracked changes or comments: kept as a
 * clause of its own so the markup is shown and can be accepted or rejected.
 */
export type PassagePlace = 'front' | 'heading' | 'table' | 'text' | 'header' | 'footer' | 'footnote' | 'endnote' | 'text-box';

export interface Clause extends Annotations {
  readonly id: string;
  /** The number relative to its section (`2`, `a`, `7.1`), or null for an unnumbered paragraph. */
  readonly number: string | null;
  /** The marker as written (`2.`, `(a)`, `7.1.`), or null. */
  readonly label: string | null;
  /** A sub-heading that opens the clause (`7.1. Instructions`), or null. */
  readonly heading: string | null;
  readonly kind: ClauseKind;
  /** Current text; bullets are lines starting with `- `, sub-items keep their markers. */
  readonly text: string;
  /** Who the clause gives its duties or options to; absent for clauses that concern neither party. Cue offsets index `text`. */
  readonly responsibility?: Responsibility;
  /** Set for a passage of an imported document that is no clause there (see `PassagePlace`). */
  readonly passage?: PassagePlace;
  /** Where it came from in the review's Word document; none for a clause added in the review. */
  readonly origin?: DocxOrigin;
}

export interface Section {
  readonly id: string;
  /** `3`, or the ordinal for a document without numbered sections. */
  readonly number: string;
  /** The heading's label as written (`3`, `§ 3`, `Clause 5 - Optional`); empty when unnumbered. */
  readonly label: string;
  readonly title: string;
  /** Group headings above the section (`SECTION II`, `OBLIGATIONS OF THE PARTIES`). */
  readonly parts: readonly string[];
  readonly clauses: readonly Clause[];
}

export interface Annex {
  readonly id: string;
  /** `I`, `3`, `A`. */
  readonly number: string;
  /** `Anlage I`, `ANNEX III`. */
  readonly label: string;
  readonly title: string;
  readonly items: readonly string[];
  /** True for the annex of technical and organisational measures. */
  readonly isTomAnnex: boolean;
  /** Paragraphs before the first measure (the annex's frame: *werden vom Auftragnehmer umgesetzt*). */
  readonly preamble: readonly string[];
}

export interface TomCategory {
  /** `1`, or empty when the annex does not number its categories. */
  readonly number: string;
  readonly title: string;
}

export type ResponsibilitySource = 'auto' | 'reviewer';

export interface ResponsibilityCue {
  /** The words that decided, exactly as in the text. */
  readonly text: string;
  /** Where they start in the measure's text (UTF-16 offset). */
  readonly start: number;
  readonly party: ResponsibleParty;
}

/**
 * Where the words that frame a measure stand, from near to far: a list's lead-in, the
 * service's or category's line or heading, the annex's lead-in (`annex`), the annex's title,
 * and a clause of the contract's body that gives the annex to a party (`contract`).
 */
export type FrameScope = 'lead-in' | 'service' | 'category' | 'annex' | 'title' | 'contract';

export interface FrameConflict {
  readonly party: PartyRole;
  readonly frame: string;
  readonly scope: FrameScope;
  readonly at?: string;
}

/** Why a responsibility was chosen, as a code the UI translates, with its parameters. */
export type ResponsibilityReason =
  | { readonly kind: 'cue'; readonly cue: string }
  | { readonly kind: 'both'; readonly providerCue: string; readonly customerCue: string }
  | {
      readonly kind: 'frame';
      readonly frame: string;
      readonly scope: FrameScope;
      /** Where the frame's words stand when that is not the measure's own annex part: `Anlage 1`, a clause `7 ¶1`. */
      readonly at?: string;
      /** Another frame that names the other party (the annex says one, the contract the other). */
      readonly conflict?: FrameConflict;
    }
  | { readonly kind: 'option'; readonly cue: string }
  | { readonly kind: 'none' }
  | { readonly kind: 'reviewer'; readonly note: string; readonly by: string; readonly at: string };

/**
 * How one sentence of a clause or measure was read. It names its place, not its words (the
 * text holds them: `sentenceText`), so a review file carries every clause's text once.
 */
export interface SentenceReading {
  /** Where the sentence starts and ends in the clause's or measure's text (UTF-16 offsets, end exclusive). */
  readonly start: number;
  readonly end: number;
  readonly party: ResponsibleParty | null;
  /** `duty` decides; `option` (*kann*, *auf Wunsch*) and `none` do not. */
  readonly force: 'duty' | 'option' | 'none';
  readonly cues: readonly ResponsibilityCue[];
}

export interface Responsibility {
  readonly party: ResponsibleParty;
  /** The deciding words, or null when nothing in the text decides. */
  readonly cue: string | null;
  readonly source: ResponsibilitySource;
  readonly reason: ResponsibilityReason;
  readonly cues: readonly ResponsibilityCue[];
  readonly sentences: readonly SentenceReading[];
  /** Set when a reviewer overrode the automatic reading; `reset` re-reads the text. */
  readonly override?: ResponsibilityOverride;
}

export interface ResponsibilityOverride {
  /** What the automatic reading said before the override. */
  readonly from: ResponsibleParty;
  readonly by: string;
  readonly at: string;
  readonly note: string;
}

export interface Tom extends Annotations {
  readonly id: string;
  readonly category: TomCategory;
  readonly services: readonly string[];
  /** The service heading as written (`Leistung „Cloud-VPS“`), or null. */
  readonly serviceHeading: string | null;
  readonly text: string;
  readonly responsibility: Responsibility;
  /** Where it came from in the review's Word document; none for a measure added in the review. */
  readonly origin?: DocxOrigin;
}

export interface Contract {
  readonly title: string;
  /** `outline`: a document without numbered sections, read by its headings (sections) and paragraphs (clauses). */
  readonly reading?: 'outline';
  readonly date: string | null;
  /** Tracked changes of the date line, when it has been edited. */
  readonly dateSegments?: readonly Segment[];
  /** Where the date came from in the review's Word document. */
  readonly dateOrigin?: DocxOrigin;
  readonly language: Language;
  readonly parties: readonly Party[];
  /** Lines of the front matter that are neither title, date nor parties (`und`, `schließen …:`). */
  readonly preamble: readonly string[];
  readonly sections: readonly Section[];
  /** Place, date and signature lines after the last section. */
  readonly signature: readonly string[];
  readonly annexes: readonly Annex[];
  readonly toms: readonly Tom[];
}
