/**
 * The inline content of a paragraph (`w:p`, ECMA-376 Part 1, §17.3) into segments: runs
 * (`w:r`) with their text (`w:t`, `w:delText`), tabs and breaks, inside revisions
 * (`w:ins`, `w:del`, `w:moveFrom`, `w:moveTo`); fields (`w:fldSimple`, and `w:fldChar`
 * begin/separate/end, of which only the result is text); hyperlinks, content controls
 * (`w:sdt`), smart tags and custom XML by their content; a footnote reference by its
 * note's number and text, where the note is first referenced, and by its number alone
 * after that (a note referenced 20,000 times is written out once, not 20,000 times). Hidden text (`w:vanish`), drawings and math are not part of what a reader
 * sees in the running text and are left out.
 */
import { attribute, child, isOn, type XmlElement } from '../xml/element';
import { pushSegment, revisionOf, type CommentMark, type RawSegment, type Revision } from './revisions';
import { moveOf, moveRanges, trackMoveRange, type MoveRanges } from './moveRanges';

export interface NoteTexts {
  readonly footnotes: ReadonlyMap<string, string>;
  readonly endnotes: ReadonlyMap<string, string>;
}

export interface ParagraphContent {
  readonly segments: RawSegment[];
  readonly marks: CommentMark[];
}

/** What lasts from one paragraph to the next: a field may span paragraphs, notes are numbered through. */
export interface ContentState {
  readonly notes: NoteTexts;
  /** Open complex fields: text counts only once every open field has passed `separate`. */
  readonly fields: ('code' | 'result')[];
  noteNumber: number;
  /** The number each note was given where it was first referenced, by `footnote:` or `endnote:` and its id. */
  readonly noteNumbers: Map<string, number>;
  /** Text boxes (`w:txbxContent`) met in the paragraph being read, for the reader to read as paragraphs of their own. */
  readonly textBoxes: XmlElement[];
  /** Move ranges open so far: they may span paragraphs. */
  readonly moves: MoveRanges;
  /**
   * Told which element each piece of a paragraph's text came from (`w:t`, `w:tab`, a note's
   * reference …) and where the piece lies in the paragraph's markup: for a writer that
   * changes those characters in place (`docx/patch`). Reading sets none.
   */
  trace?: (node: XmlElement, from: number, to: number) => void;
}

export function contentState(notes: NoteTexts): ContentState {
  return { notes, fields: [], noteNumber: 0, noteNumbers: new Map(), textBoxes: [], moves: moveRanges() };
}

interface Walk {
  readonly segments: RawSegment[];
  readonly marks: CommentMark[];
  readonly state: ContentState;
  length: number;
}

interface Context {
  readonly inserted: Revision | null;
  readonly deleted: Revision | null;
}

const NONE: Context = { inserted: null, deleted: null };

function emit(walk: Walk, context: Context, text: string, node: XmlElement): void {
  const fields = walk.state.fields;
  if (text === '' || (fields.length > 0 && fields.includes('code'))) return;
  // Inserted by one author and deleted by another: gone whether all is accepted or rejected, and
  // shown as Word shows it, as the later author's deletion.
  const kind = context.deleted ? 'delete' : context.inserted ? 'insert' : 'equal';
  const revision = context.deleted ?? context.inserted ?? undefined;
  pushSegment(walk.segments, revision ? { kind, text, revision } : { kind, text });
  walk.state.trace?.(node, walk.length, walk.length + text.length);
  walk.length += text.length;
}

function mark(walk: Walk, element: XmlElement, edge: CommentMark['edge']): void {
  const id = attribute(element, 'w:id');
  if (id !== undefined) walk.marks.push({ commentId: id, at: walk.length, edge });
}

function run(walk: Walk, element: XmlElement, context: Context): void {
  const properties = child(element, 'w:rPr');
  if (isOn(child(properties, 'w:vanish')) || isOn(child(properties, 'w:webHidden'))) return;
  const children = element.children;
  for (let i = 0; i < children.length; i++) {
    const node = children[i]!;
    if (typeof node === 'string') continue;
    switch (node.name) {
      case 'w:t':
      case 'w:delText':
        emit(walk, context, textOf(node), node);
        break;
      case 'w:tab':
      case 'w:ptab':
        emit(walk, context, ' ', node);
        break;
      case 'w:br': {
        const type = attribute(node, 'w:type');
        if (type === undefined || type === 'textWrapping') emit(walk, context, '\n', node);
        break;
      }
      case 'w:cr':
        emit(walk, context, '\n', node);
        break;
      case 'w:noBreakHyphen':
        emit(walk, context, '-', node);
        break;
      case 'w:fldChar': {
        const type = attribute(node, 'w:fldCharType');
        const fields = walk.state.fields;
        if (type === 'begin') fields.push('code');
        else if (type === 'separate' && fields.length > 0) fields[fields.length - 1] = 'result';
        else if (type === 'end') fields.pop();
        break;
      }
      case 'w:footnoteReference':
      case 'w:endnoteReference': {
        const id = attribute(node, 'w:id') ?? '';
        const footnote = node.name === 'w:footnoteReference';
        const note = (footnote ? walk.state.notes.footnotes : walk.state.notes.endnotes).get(id);
        const key = `${footnote ? 'footnote' : 'endnote'}:${id}`;
        const first = walk.state.noteNumbers.get(key);
        if (first !== undefined) {
          emit(walk, context, ` [${first}]`, node);
          break;
        }
        const number = ++walk.state.noteNumber;
        if (note === undefined) break;
        walk.state.noteNumbers.set(key, number);
        emit(walk, context, ` [${number}: ${note}]`, node);
        break;
      }
      case 'w:commentReference':
        mark(walk, node, 'reference');
        break;
      case 'w:drawing':
      case 'w:pict':
      case 'w:object':
        collectTextBoxes(node, walk.state.textBoxes);
        break;
      case 'mc:AlternateContent': {
        // The shape Word reads is the first choice; the fallback repeats its text boxes (with ids of their own).
        const chosen = child(node, 'mc:Choice') ?? child(node, 'mc:Fallback');
        if (chosen) collectTextBoxes(chosen, walk.state.textBoxes);
        break;
      }
      default:
        break;
    }
  }
}

/** The text of a `w:t`: its one text child, as nearly always, or its text children joined. */
function textOf(node: XmlElement): string {
  const children = node.children;
  if (children.length === 1 && typeof children[0] === 'string') return children[0];
  return children.filter((text): text is string => typeof text === 'string').join('');
}

/** A shape's text boxes (DrawingML `wps:txbx`, VML `v:textbox`), wherever in the shape they sit. */
function collectTextBoxes(element: XmlElement, into: XmlElement[]): void {
  for (const node of element.children) {
    if (typeof node === 'string') continue;
    if (node.name === 'w:txbxContent') into.push(node);
    else collectTextBoxes(node, into);
  }
}

function inline(walk: Walk, elements: readonly (XmlElement | string)[], context: Context): void {
  // Counted, not `for … of`: see `child` in element.ts.
  for (let i = 0; i < elements.length; i++) {
    const node = elements[i]!;
    if (typeof node === 'string') continue;
    switch (node.name) {
      case 'w:r':
        run(walk, node, context);
        break;
      case 'w:ins':
        inline(walk, node.children, { inserted: revisionOf(node), deleted: context.deleted });
        break;
      case 'w:moveTo':
        inline(walk, node.children, { inserted: revisionOf(node, moveOf(walk.state.moves, 'to')), deleted: context.deleted });
        break;
      case 'w:del':
        inline(walk, node.children, { inserted: context.inserted, deleted: revisionOf(node) });
        break;
      case 'w:moveFrom':
        inline(walk, node.children, { inserted: context.inserted, deleted: revisionOf(node, moveOf(walk.state.moves, 'from')) });
        break;
      case 'w:hyperlink':
      case 'w:smartTag':
      case 'w:customXml':
      case 'w:fldSimple':
      case 'w:dir':
      case 'w:bdo':
        inline(walk, node.children, context);
        break;
      case 'w:sdt':
        inline(walk, child(node, 'w:sdtContent')?.children ?? [], context);
        break;
      case 'mc:AlternateContent': {
        const chosen = child(node, 'mc:Fallback') ?? child(node, 'mc:Choice');
        if (chosen) inline(walk, chosen.children, context);
        break;
      }
      case 'w:commentRangeStart':
        mark(walk, node, 'start');
        break;
      case 'w:commentRangeEnd':
        mark(walk, node, 'end');
        break;
      default:
        trackMoveRange(walk.state.moves, node);
        break;
    }
  }
}

export function readParagraphContent(paragraph: XmlElement, state: ContentState): ParagraphContent {
  const walk: Walk = { segments: [], marks: [], state, length: 0 };
  inline(walk, paragraph.children, NONE);
  return { segments: walk.segments, marks: walk.marks };
}

/** The text of a paragraph with every change accepted: for comments and notes. */
export function acceptedText(paragraph: XmlElement): string {
  const { segments } = readParagraphContent(paragraph, contentState({ footnotes: new Map(), endnotes: new Map() }));
  return segments.filter((segment) => segment.kind !== 'delete').map((segment) => segment.text).join('');
}
