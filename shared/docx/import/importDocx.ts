/**
 * A DOCX into a contract with its tracked changes and comments. The document is read
 * into paragraphs (`read/`), written as the lines of a text contract and parsed by the
 * same parser as text, so a DOCX of the template has the same sections, clauses and
 * measures as the template. The parser's origins then lead every clause, measure, party
 * and the date back to its paragraphs, whose revisions become its segments. A document
 * without tracked changes and comments has nothing to lead back: it is read as its lines,
 * and its paragraphs are let go before the parse.
 */
import { partyText, type Clause, type Contract, type DocxOrigin, type Party, type Segment, type Tom, type WholeChange } from '../../contract';
import { currentText, segmentsOf } from '../../redline';
import { writtenAs, parseLines, type LineOrigin, type Unit } from '../../parse';
import type { DocxError } from '../errors';
import { DOCX_LIMITS, type DocxLimits } from '../limits';
import { paragraphsOf, type DocxBlock, type DocxParagraph } from '../read/body';
import type { DocxDocument } from '../read/readDocx';
import type { DocumentProperties } from '../read/properties';
import type { CommentMark, RawSegment } from '../read/revisions';
import { readDocx } from '../read/readDocx';
import type { RawInflater } from '../zip/readZip';
import { attachComments, type CommentAnchor } from './comments';
import { slicePieces, writtenPieces, type Piece } from './pieces';
import { pushAll } from '../../lists';
import { markupOf, originOf } from './origins';
import { RevisionIds } from './revisionIds';
import { sourceLines, type SourceLines } from './sourceLines';
import { SourceMapper, type SourceMapping } from './sourceMapping';
import { needsOutline, readOutline, type Outline } from './outline';
import { passageCandidates, placePassages, type PlacedClause } from './passages';
import { classifyClauses } from '../../responsibility';
import { deletedLineTexts, withoutDeletedLines } from './deletedLines';

export type ImportWarning =
  /** Tracked changes in text that holds no changes in Clausemark (headings, numbers, annex items): shown as current text. */
  | { readonly code: 'changes-outside'; readonly count: number }
  /** Comments on such text, attached to the next clause or measure instead. */
  | { readonly code: 'comments-moved'; readonly count: number }
  | { readonly code: 'comments-dropped'; readonly count: number }
  /** Clauses or measures whose changes could not be traced back to the document (shown without markup). */
  | { readonly code: 'changes-unmapped'; readonly places: readonly string[] }
  /** List numbers longer than the limits allow (`DocxLimits.maxLabelLength`), shortened. */
  | { readonly code: 'labels-cut'; readonly count: number };

export type ImportResult =
  | { readonly ok: true; readonly contract: Contract; readonly warnings: readonly ImportWarning[]; readonly properties: DocumentProperties }
  | { readonly ok: false; readonly error: DocxError };

export interface ImportOptions {
  readonly fileName?: string;
  readonly limits?: DocxLimits;
  /** `false`: leave whom each clause obliges unread (see `ParseOptions`). */
  readonly clauseDuties?: boolean;
  /** `false`: the TOM annex's frame as far as it decides the measures' parties (see `ParseOptions`). */
  readonly frameConflicts?: boolean;
  /** The host's inflater for the zip's entries (see `RawInflater`); fflate's without one. */
  readonly inflateRaw?: RawInflater;
  /**
   * Where each clause, measure, party and the date came from (`DocxOrigin`), for an export
   * into the document itself: leads every item back to its paragraphs, also in a document
   * without tracked changes and comments.
   */
  readonly origins?: boolean;
}

/** Every paragraph that may hold a comment mark, in the order `sourceLines` writes them: the body's, each followed by its text boxes, then the other stories'. */
function markableParagraphs(document: DocxDocument): DocxParagraph[] {
  const into: DocxParagraph[] = [];
  for (const paragraph of paragraphsOf(document.blocks)) {
    into.push(paragraph);
    if (paragraph.textBoxes) pushAll(into, paragraph.textBoxes);
  }
  for (const story of document.stories) pushAll(into, story.paragraphs);
  return into;
}

function toSegments(segments: readonly RawSegment[], ids: RevisionIds): Segment[] {
  return segments.map((segment) => {
    if (segment.kind === 'equal') return { kind: 'equal', text: segment.text };
    return {
      kind: segment.kind,
      text: segment.text,
      author: segment.revision?.author ?? '',
      ...(segment.revision?.date ? { date: segment.revision.date } : {}),
      id: ids.next(segment.revision),
      ...(segment.revision?.move && segment.revision.move.side === (segment.kind === 'delete' ? 'from' : 'to') ? { move: segment.revision.move } : {}),
    };
  });
}

function wholeChange(mapped: SourceMapping, ids: RevisionIds): WholeChange {
  const revision = mapped.segments.find((segment) => segment.revision)?.revision;
  const kind = mapped.status === 'deleted' ? 'delete' : 'insert';
  const move = revision?.move && revision.move.side === (kind === 'delete' ? 'from' : 'to') ? { move: revision.move } : {};
  return { kind, id: ids.next(revision), author: revision?.author ?? '', date: revision?.date ?? '', ...move };
}

/**
 * Text, segments and whole change of a clause or measure from its mapping. As the redline
 * model keeps them: one added whole is one insertion of its text (segments and change
 * share the id), one deleted whole keeps its text and carries the deletion.
 */
function annotate<T extends Clause | Tom>(item: T, mapped: SourceMapping, ids: RevisionIds): T {
  switch (mapped.status) {
    case 'unchanged':
      return item;
    case 'mixed':
      return { ...item, text: mapped.current, segments: toSegments(mapped.segments, ids) };
    case 'inserted': {
      const change = wholeChange(mapped, ids);
      return { ...item, text: mapped.current, segments: insertedWhole(mapped, change, ids), change };
    }
    case 'deleted':
      return deletedWhole(item, mapped, ids);
  }
}

/**
 * The words of an added whole: one insertion of the whole's revision, but a move's destination
 * among them stays a change of its own, decided with its source (`w:ins` then `w:moveTo` in one
 * added paragraph, as Word writes a moved sentence into a new paragraph).
 */
function insertedWhole(mapped: SourceMapping, change: WholeChange, ids: RevisionIds): Segment[] {
  const own: Segment = { kind: 'insert', text: '', author: change.author, ...(change.date ? { date: change.date } : {}), id: change.id, ...(change.move ? { move: change.move } : {}) };
  const segments: Segment[] = [];
  for (const segment of mapped.segments) {
    const moved = segment.kind === 'insert' && segment.revision?.move?.side === 'to' && segment.revision.move.name !== change.move?.name;
    const last = segments[segments.length - 1];
    if (moved) segments.push(toSegments([segment], ids)[0]!);
    else if (last && last.id === change.id) segments[segments.length - 1] = { ...last, text: last.text + segment.text };
    else segments.push({ ...own, text: segment.text });
  }
  return segments;
}

/**
 * One deleted whole carries its first revision's deletion. Other revisions in it (a table's
 * cells, words one author inserted and another deleted) stay deletions of their own: rejecting
 * the whole brings back the first revision's text only, as in Word.
 */
function deletedWhole<T extends Clause | Tom>(item: T, mapped: SourceMapping, ids: RevisionIds): T {
  const change = wholeChange(mapped, ids);
  const first = mapped.segments.find((segment) => segment.revision)?.revision;
  if (mapped.segments.every((segment) => segment.kind === 'equal' || segment.revision?.id === first?.id)) return { ...item, text: mapped.original, change };
  const inner: RawSegment[] = [];
  for (const segment of mapped.segments) {
    const last = inner[inner.length - 1];
    const plain = segment.kind === 'equal' || segment.revision?.id === first?.id;
    if (plain && last?.kind === 'equal') inner[inner.length - 1] = { kind: 'equal', text: last.text + segment.text };
    else inner.push(plain ? { kind: 'equal', text: segment.text } : segment);
  }
  const segments = toSegments(inner, ids);
  return { ...item, text: currentText(segments), segments, change };
}

/** The pieces of `unit.full` (marker, space, text). */
function fullPieces(unit: Unit, lineTexts: readonly string[]): Piece[] | null {
  return writtenPieces({ unit, form: 'full' }, lineTexts);
}

/** The pieces of each of a party's lines (name, address), found in order in its block's units. */
function partyPieces(party: Party, units: readonly Unit[], lineTexts: readonly string[]): Piece[][] | null {
  const lines: Piece[][] = [];
  let index = 0;
  let cursor = 0;
  for (const line of [party.name, ...party.address]) {
    let found = false;
    while (index < units.length) {
      const unit = units[index]!;
      const at = unit.full.indexOf(line, cursor);
      if (at >= 0 && line !== '') {
        const pieces = fullPieces(unit, lineTexts);
        if (!pieces) return null;
        lines.push(slicePieces(pieces, at, at + line.length));
        cursor = at + line.length;
        found = true;
        break;
      }
      index++;
      cursor = 0;
    }
    if (!found) return null;
  }
  return lines;
}

function hasRevisions(blocks: readonly DocxBlock[]): boolean {
  return blocks.some((block) =>
    block.kind === 'paragraph'
      ? block.mark !== null || block.segments.some((segment) => segment.kind !== 'equal') || (block.textBoxes !== undefined && hasRevisions(block.textBoxes))
      : block.rows.some((row) => row.change !== null || row.cells.some(hasRevisions)),
  );
}

type ReadLines =
  | { readonly ok: false; readonly error: DocxError }
  /** `traced`: the document has tracked changes or comments, and the lines lead back to its paragraphs. */
  | ({ readonly ok: true; readonly traced: true; readonly document: DocxDocument } & SourceLines)
  | { readonly ok: true; readonly traced: false; readonly lines: SourceLines['lines']; readonly cutLabels: number; readonly properties: DocumentProperties };

/** The document as lines; apart from them only what leads back to its paragraphs, where that is needed. */
function readLines(bytes: Uint8Array, options: ImportOptions): ReadLines {
  const read = readDocx(bytes, options.limits ?? DOCX_LIMITS, options.inflateRaw);
  if (!read.ok) return read;
  const { blocks, comments, cutLabels, properties, stories } = read.document;
  if (options.origins === true || comments.size > 0 || stories.length > 0 || hasRevisions(blocks)) return { ok: true, traced: true, document: read.document, ...sourceLines(blocks, true, stories) };
  return { ok: true, traced: false, lines: sourceLines(blocks, false).lines, cutLabels, properties };
}

/** The contract as its outline reads it (see `outline.ts`): what the parser put in front or at the end is now clauses. */
function outlineContract(contract: Contract, outline: Outline, options: ImportOptions): Contract {
  const sections = outline.sections.map((section) => {
    if (options.clauseDuties === false) return section;
    const duties = classifyClauses(section, contract.parties);
    return { ...section, clauses: section.clauses.map((clause, index) => (duties[index] ? { ...clause, responsibility: duties[index] } : clause)) };
  });
  return { ...contract, reading: 'outline', preamble: [], signature: [], sections };
}

function labelWarnings(cutLabels: number): ImportWarning[] {
  return cutLabels > 0 ? [{ code: 'labels-cut', count: cutLabels }] : [];
}

export function importDocx(bytes: Uint8Array, options: ImportOptions = {}): ImportResult {
  const read = readLines(bytes, options);
  if (!read.ok) return read;
  const { lines } = read;
  if (lines.every((line) => line === null)) return { ok: false, error: { reason: 'no-text' } };
  const parsed = parseLines(lines, { ...(options.fileName === undefined ? {} : { fileName: options.fileName }), ...(options.clauseDuties === false ? { clauseDuties: false } : {}), ...(options.frameConflicts === false ? { frameConflicts: false } : {}) });
  const outline = needsOutline(parsed.contract) ? readOutline(lines, parsed.contract, parsed.origins) : null;
  if (!read.traced) return { ok: true, contract: outline ? outlineContract(parsed.contract, outline, options) : parsed.contract, warnings: labelWarnings(read.cutLabels), properties: read.properties };
  const { sources, document } = read;
  const lineTexts: string[] = [];
  for (const line of lines) if (line?.source !== undefined) lineTexts[line.source] = line.text;
  // A paragraph kept only for its markup (a heading deleted whole, a header) has a way back but no line.
  read.sources.forEach((source, index) => (lineTexts[index] ??= source.view.text.slice(source.start, source.end)));

  const mapper = new SourceMapper(sources);
  const ids = new RevisionIds();
  // Where each clause and measure lies is kept to place comments and for the origins: a document that needs neither keeps none of it.
  const commented = document.comments.size > 0;
  const origins = options.origins === true;
  const paragraphs = commented ? markableParagraphs(document) : [];
  // An origin counts the body's paragraphs as an export into the document meets them (`docx/patch`).
  const bodyIndex = new Map(origins ? paragraphsOf(document.blocks).map((paragraph, index) => [paragraph, index] as const) : []);
  const position = new Map(paragraphs.map((paragraph, index) => [paragraph, index]));
  const indexOf = (paragraph: DocxParagraph) => bodyIndex.get(paragraph);
  // The markup is asked for only where an origin is made: joining every clause's segments would be work for nothing.
  const withOrigin = <T extends object>(item: T, mapped: SourceMapping | null, markup: () => string): T => {
    if (!origins || !mapped) return item;
    const origin = originOf(mapped, markup(), indexOf);
    return origin ? { ...item, origin } : item;
  };
  const targets: CommentAnchor[] = [];
  const unmapped: string[] = [];
  const mapLines = (key: string, pieces: (Piece[] | null)[] | null): SourceMapping | null => {
    if (!pieces || pieces.some((line) => line === null)) {
      unmapped.push(key);
      return null;
    }
    return mapper.map(pieces as Piece[][], lineTexts);
  };
  const remember = (key: string, mapped: SourceMapping | null, text: string) => {
    if (!mapped || !commented) return;
    const first = mapped.windows[0];
    targets.push({ key, mapped, text, position: first ? (position.get(first.view.paragraph) ?? 0) : 0 });
  };

  const contract = withoutDeletedLines(outline ? outlineContract(parsed.contract, outline, options) : parsed.contract, deletedLineTexts(lines, read.sources));
  // Reading order of each clause's first line, where passages outside the clauses are put among them.
  const positions = new Map<string, number>();
  const sections = contract.sections.map((section) => ({
    ...section,
    clauses: section.clauses.map((clause) => {
      const pieces = outline ? (outline.pieces.get(clause.id) ?? []) : (parsed.origins.clauses.get(clause.id) ?? []).map((origin) => writtenPieces(origin, lineTexts));
      const first = pieces.flatMap((line) => line ?? []).find((piece) => piece.kind === 'source' || piece.kind === 'skip');
      if (first) positions.set(clause.id, first.source);
      const mapped = mapLines(clause.id, pieces);
      const annotated = mapped ? annotate(clause, mapped, ids) : clause;
      remember(clause.id, mapped, annotated.text);
      return withOrigin(annotated, mapped, () => markupOf(segmentsOf(annotated)));
    }),
  }));

  const toms = contract.toms.map((tom) => {
    const origin: LineOrigin | undefined = parsed.origins.toms.get(tom.id);
    const written = origin ? writtenPieces(origin, lineTexts) : null;
    const length = origin ? writtenAs(origin).length : 0;
    const [from, to] = origin?.span ? [origin.span.start, origin.span.end] : [length - tom.text.length, length];
    const mapped = mapLines(tom.id, [written ? slicePieces(written, from, to) : null]);
    const annotated = mapped ? annotate(tom, mapped, ids) : tom;
    remember(tom.id, mapped, annotated.text);
    return withOrigin(annotated, mapped, () => markupOf(segmentsOf(annotated)));
  });

  const parties = contract.parties.map((party, index) => {
    const units = parsed.origins.parties[index] ?? [];
    // A party read from the running text or a definition has no lines of its own to map.
    if (units.length === 0) return party;
    const mapped = mapLines(`party-${index + 1}`, partyPieces(party, units, lineTexts));
    if (!mapped || mapped.status === 'unchanged') return withOrigin(party, mapped, () => partyText(party));
    const [name = '', ...address] = mapped.current.split('\n');
    const segments = toSegments(mapped.segments, ids);
    return withOrigin({ ...party, name, address, segments }, mapped, () => markupOf(segments));
  });

  let date = contract.date;
  let dateSegments: Segment[] | undefined;
  let dateOrigin: DocxOrigin | null = null;
  if (parsed.origins.date) {
    const mapped = mapLines('date', [fullPieces(parsed.origins.date, lineTexts)]);
    if (mapped && mapped.status !== 'unchanged') {
      date = mapped.current;
      dateSegments = toSegments(mapped.segments, ids);
    }
    if (origins && mapped) dateOrigin = originOf(mapped, dateSegments ? markupOf(dateSegments) : (date ?? ''), indexOf);
  }

  const marks: { paragraph: DocxParagraph; mark: CommentMark; position: number }[] = [];
  for (const paragraph of paragraphs) for (const mark of paragraph.marks) marks.push({ paragraph, mark, position: position.get(paragraph) ?? 0 });
  // Last, once every clause, measure, party and the date took its paragraphs: what is left carries markup of its own.
  const passages: PlacedClause[] = passageCandidates(read.sources, lineTexts, mapper, read.places, new Set(marks.map((entry) => entry.paragraph))).map((candidate, index) => {
    const id = `docx-p${index + 1}`;
    const mapped = mapper.map(candidate.pieces, lineTexts);
    const clause: Clause = { id, number: null, label: null, heading: null, kind: 'paragraph', text: mapped?.current ?? '', passage: candidate.place };
    const annotated = mapped ? annotate(clause, mapped, ids) : clause;
    remember(id, mapped, annotated.text);
    return { clause: annotated, position: candidate.position };
  });
  const attached = attachComments(document.comments, marks, targets);
  const withComments = <T extends Clause | Tom>(item: T): T => {
    const comments = attached.byTarget.get(item.id);
    return comments ? { ...item, comments } : item;
  };

  const warnings: ImportWarning[] = [];
  const outside = mapper.untakenRevisions(read.views);
  if (outside > 0) warnings.push({ code: 'changes-outside', count: outside });
  if (attached.moved > 0) warnings.push({ code: 'comments-moved', count: attached.moved });
  if (attached.dropped > 0) warnings.push({ code: 'comments-dropped', count: attached.dropped });
  if (unmapped.length > 0) warnings.push({ code: 'changes-unmapped', places: unmapped });
  pushAll(warnings, labelWarnings(document.cutLabels));

  return {
    ok: true,
    contract: {
      ...contract,
      date,
      ...(dateSegments ? { dateSegments } : {}),
      ...(dateOrigin ? { dateOrigin } : {}),
      parties,
      sections: placePassages(sections, positions, passages).map((section) => ({ ...section, clauses: section.clauses.map(withComments) })),
      toms: toms.map(withComments),
    },
    warnings,
    properties: document.properties,
  };
}
