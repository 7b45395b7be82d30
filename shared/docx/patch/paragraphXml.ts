/**
 * A paragraph of their document written again from its runs, with our changes in it
 * (ECMA-376 Part 1, §17.13.5): their text keeps its runs' properties (`w:rPr`), a character
 * we delete goes into our `w:del` with its run's properties (`w:t` becomes `w:delText`), our
 * insertion is a run of its own in our `w:ins` with the properties of the text it follows,
 * and our comments' edges are `w:commentRangeStart`/`End` with a `w:commentReference`.
 * Everything else in the paragraph (their revisions, fields, bookmarks, drawings, their
 * comments' marks) is copied as written; a revision of theirs that our insertion splits is
 * written as two, the second with an id of its own.
 */
import type { XmlElement } from '../xml/element';
import type { Attribution } from './align';
import type { NewParagraph, ParagraphPlan, PlanEvent } from './plan';
import { childElementsOf, endTagOf, escapeAttribute, escapeText, sourceOf, sourceWithout, startTagOf, wordDate } from './xmlText';

export interface XmlContext {
  /** The part's text the elements' spans index. */
  readonly text: string;
  /** A WordprocessingML name under the part's prefix. */
  readonly w: (local: string) => string;
  /** Ids for revisions and comments, unique in the document. */
  readonly nextId: () => number;
  /** The time of the export, for a change that has none. */
  readonly now: string;
}

/** Where each piece of a paragraph's text came from (`ContentState.trace`). */
export type Atoms = ReadonlyMap<XmlElement, readonly [number, number]>;

interface Link {
  readonly key: object;
  /** The start of the element (`reopened`: again, after our insertion split it). */
  readonly head: (reopened: boolean) => string;
  readonly tail: string;
  /** An insertion of ours may be written inside it (a hyperlink, a content control), not inside a run or their revision. */
  readonly transparent: boolean;
  readonly run: XmlElement | null;
}

interface Leaf {
  readonly node: XmlElement;
  readonly chain: readonly Link[];
  readonly from: number;
  readonly to: number;
  /** Text of `w:t` or `w:delText`, which may be cut; any other element is written whole. */
  readonly text: string | null;
}

const CONTAINERS = new Set(['w:r', 'w:ins', 'w:del', 'w:moveFrom', 'w:moveTo', 'w:hyperlink', 'w:smartTag', 'w:customXml', 'w:fldSimple', 'w:dir', 'w:bdo', 'w:sdt', 'w:sdtContent']);
const REVISIONS = new Set(['w:ins', 'w:del', 'w:moveFrom', 'w:moveTo']);
const TRANSPARENT = new Set(['w:hyperlink', 'w:smartTag', 'w:customXml', 'w:dir', 'w:bdo', 'w:sdt', 'w:sdtContent']);
/** What a run's properties carry that belongs to one revision, not to the text's look. */
const REVISION_PROPERTIES = new Set(['w:ins', 'w:del', 'w:moveFrom', 'w:moveTo', 'w:rPrChange']);

function textOf(element: XmlElement): string {
  return element.children.filter((node): node is string => typeof node === 'string').join('');
}

function attribution(context: XmlContext, who: Attribution): string {
  return `${context.w('id')}="${context.nextId()}" ${context.w('author')}="${escapeAttribute(who.author)}" ${context.w('date')}="${wordDate(who.date, context.now)}"`;
}

/** The start tag with a new `w:id`: a revision of theirs written as two needs two ids. */
function withNewId(tag: string, context: XmlContext): string {
  const name = context.w('id');
  const pattern = new RegExp(`(\\s${name.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}\\s*=\\s*)(["'])[^"']*\\2`, 'u');
  return pattern.test(tag) ? tag.replace(pattern, `$1"${context.nextId()}"`) : tag;
}

class Flattener {
  private readonly links = new Map<XmlElement, Link>();
  readonly leaves: Leaf[] = [];
  private at = 0;

  constructor(
    private readonly context: XmlContext,
    private readonly atoms: Atoms,
  ) {}

  private link(element: XmlElement): Link {
    let found = this.links.get(element);
    if (found) return found;
    const { text } = this.context;
    const children = childElementsOf(element);
    let head = startTagOf(text, element);
    if (element.name === 'w:r' && children[0]?.name === 'w:rPr') head += sourceOf(text, children[0]);
    if (element.name === 'w:sdt') for (const child of children) if (child.name !== 'w:sdtContent') head += sourceOf(text, child);
    const start = head;
    const revision = REVISIONS.has(element.name);
    found = {
      key: element,
      head: (reopened) => (reopened && revision ? withNewId(start, this.context) : start),
      tail: endTagOf(text, element),
      transparent: TRANSPARENT.has(element.name),
      run: element.name === 'w:r' ? element : null,
    };
    this.links.set(element, found);
    return found;
  }

  /** The markup range of an element written whole: what it and everything in it was read as. */
  private rangeOf(element: XmlElement): [number, number] | null {
    const own = this.atoms.get(element);
    if (own) return [own[0], own[1]];
    let range: [number, number] | null = null;
    for (const child of childElementsOf(element)) {
      const inner = this.rangeOf(child);
      if (inner) range = range ? [Math.min(range[0], inner[0]), Math.max(range[1], inner[1])] : inner;
    }
    return range;
  }

  walk(element: XmlElement, chain: readonly Link[]): void {
    for (const child of childElementsOf(element)) {
      if (element.name === 'w:p' && child.name === 'w:pPr') continue;
      if (element.name === 'w:r' && child.name === 'w:rPr') continue;
      if (element.name === 'w:sdt' && child.name !== 'w:sdtContent') continue;
      if (CONTAINERS.has(child.name) && (child.name !== 'w:sdt' || childElementsOf(child).some((inner) => inner.name === 'w:sdtContent'))) {
        this.walk(child, [...chain, this.link(child)]);
        continue;
      }
      const range = this.rangeOf(child);
      const from = range ? range[0] : this.at;
      const to = range ? range[1] : this.at;
      const cuttable = range !== null && (child.name === 'w:t' || child.name === 'w:delText') && textOf(child).length === to - from;
      this.leaves.push({ node: child, chain, from, to, text: cuttable ? textOf(child) : null });
      this.at = to;
    }
  }
}

function runOf(chain: readonly Link[]): XmlElement | null {
  for (let index = chain.length - 1; index >= 0; index--) if (chain[index]!.run) return chain[index]!.run;
  return null;
}

function transparentPrefix(chain: readonly Link[]): Link[] {
  const prefix: Link[] = [];
  for (const link of chain) {
    if (!link.transparent) break;
    prefix.push(link);
  }
  return prefix;
}

/** Writes elements in nesting: each piece names the open elements it lies in, and the writer closes and opens between pieces. */
class Emitter {
  out = '';
  private stack: Link[] = [];
  private readonly opened = new Set<object>();

  emit(chain: readonly Link[], xml: string): void {
    let common = 0;
    while (common < this.stack.length && common < chain.length && this.stack[common]!.key === chain[common]!.key) common++;
    while (this.stack.length > common) this.out += this.stack.pop()!.tail;
    for (let index = common; index < chain.length; index++) {
      const link = chain[index]!;
      this.out += link.head(this.opened.has(link.key));
      this.opened.add(link.key);
      this.stack.push(link);
    }
    this.out += xml;
  }

  finish(): string {
    while (this.stack.length > 0) this.out += this.stack.pop()!.tail;
    return this.out;
  }
}

/** The run properties of a run, without what belongs to its revisions: for the text we insert after it. */
function runProperties(text: string, run: XmlElement | null): string {
  const properties = run ? childElementsOf(run).find((child) => child.name === 'w:rPr') : undefined;
  return properties ? sourceWithout(text, properties, REVISION_PROPERTIES) : '';
}

/** Writes a paragraph's events and characters in reading order. */
class ParagraphWriter {
  private readonly emitter = new Emitter();
  private readonly ourLinks = new Map<string, Link>();
  private referenceChain: readonly Link[] = [];
  private referenceRun: XmlElement | null = null;
  private eventIndex = 0;
  /** A new run for each insertion, so that two insertions are never one run across a comment's edge. */
  private runCount = 0;

  constructor(
    private readonly context: XmlContext,
    private readonly events: readonly { readonly at: number; readonly event: PlanEvent }[],
  ) {}

  /** One element per author and time: reused while it stays open, opened anew (with a new id) after anything else. */
  private revisionLink(kind: 'ins' | 'del', who: Attribution): Link {
    const key = `${kind}\u0000${who.author}\u0000${who.date}`;
    let found = this.ourLinks.get(key);
    if (!found) {
      const name = this.context.w(kind);
      found = { key: {}, head: () => `<${name} ${attribution(this.context, who)}>`, tail: `</${name}>`, transparent: false, run: null };
      this.ourLinks.set(key, found);
    }
    return found;
  }

  private newRun(properties: string): Link {
    const name = this.context.w('r');
    return { key: { run: this.runCount++ }, head: () => `<${name}>${properties}`, tail: `</${name}>`, transparent: false, run: null };
  }

  setReference(chain: readonly Link[]): void {
    this.referenceChain = chain;
    this.referenceRun = runOf(chain);
  }

  /** Runs of text as WordprocessingML writes them: line breaks and tabs are elements of their own. */
  private runContent(text: string, deleted: boolean): string {
    const w = this.context.w;
    const textName = w(deleted ? 'delText' : 't');
    return text
      .split(/(\n|\t)/u)
      .filter((part) => part !== '')
      .map((part) => (part === '\n' ? `<${w('br')}/>` : part === '\t' ? `<${w('tab')}/>` : `<${textName} xml:space="preserve">${escapeText(part)}</${textName}>`))
      .join('');
  }

  /** Writes the events up to and at `at`. */
  flush(at: number): void {
    const { w } = this.context;
    const prefix = transparentPrefix(this.referenceChain);
    const properties = runProperties(this.context.text, this.referenceRun);
    while (this.eventIndex < this.events.length && this.events[this.eventIndex]!.at <= at) {
      const first = this.events[this.eventIndex]!.event;
      if (first.kind === 'insert') {
        // One run for what one author inserted at one place, in one go.
        let text = '';
        while (this.eventIndex < this.events.length && this.events[this.eventIndex]!.at <= at) {
          const event = this.events[this.eventIndex]!.event;
          if (event.kind !== 'insert' || !sameInsertion(event, first)) break;
          text += event.text;
          this.eventIndex++;
        }
        const chain = [...prefix, this.revisionLink('ins', first.insertion), ...(first.deletion ? [this.revisionLink('del', first.deletion)] : []), this.newRun(properties)];
        this.emitter.emit(chain, this.runContent(text, first.deletion !== null));
        continue;
      }
      this.eventIndex++;
      if (first.kind === 'comment-start') {
        this.emitter.emit(prefix, `<${w('commentRangeStart')} ${w('id')}="${first.id}"/>`);
      } else {
        this.emitter.emit(prefix, `<${w('commentRangeEnd')} ${w('id')}="${first.id}"/>`);
        this.emitter.emit([...prefix, this.newRun('')], `<${w('commentReference')} ${w('id')}="${first.id}"/>`);
      }
    }
  }

  emit(chain: readonly Link[], xml: string): void {
    this.emitter.emit(chain, xml);
  }

  deletionChain(chain: readonly Link[], who: Attribution): Link[] {
    const link = this.revisionLink('del', who);
    let runAt = -1;
    for (let index = chain.length - 1; index >= 0 && runAt < 0; index--) if (chain[index]!.run) runAt = index;
    return runAt < 0 ? [...chain, link] : [...chain.slice(0, runAt), link, ...chain.slice(runAt)];
  }

  finish(): string {
    this.flush(Number.POSITIVE_INFINITY);
    return this.emitter.finish();
  }
}

function sameInsertion(a: Extract<PlanEvent, { kind: 'insert' }>, b: Extract<PlanEvent, { kind: 'insert' }>): boolean {
  return a.insertion.author === b.insertion.author && a.insertion.date === b.insertion.date && a.deletion?.author === b.deletion?.author && a.deletion?.date === b.deletion?.date;
}

/** A deleted piece of a leaf: text as `w:delText`, a field's code as `w:delInstrText`, anything else as written. */
function deletedXml(context: XmlContext, leaf: Leaf, text: string | null): string {
  if (text !== null) return `<${context.w('delText')} xml:space="preserve">${escapeText(text)}</${context.w('delText')}>`;
  return sourceOf(context.text, leaf.node);
}

function keptXml(context: XmlContext, leaf: Leaf, text: string | null, whole: boolean): string {
  if (whole || text === null) return sourceOf(context.text, leaf.node);
  const name = leaf.node.name === 'w:delText' ? context.w('delText') : context.w('t');
  return `<${name} xml:space="preserve">${escapeText(text)}</${name}>`;
}

/**
 * The paragraph properties with a revision of the paragraph mark (`w:pPr/w:rPr/w:ins` or
 * `w:del`), as `w:p` + `w:pPr` start it: deleted for a paragraph we delete whole (after an
 * insertion of theirs, which stays; a mark already deleted stays as it is), inserted for
 * one we add (its properties copied from another paragraph, without that one's revisions
 * and without the children named in `drop`).
 */
export function markedProperties(context: XmlContext, properties: XmlElement | null, kind: 'ins' | 'del', who: Attribution, drop: ReadonlySet<string> = new Set()): string {
  const { text, w } = context;
  const mark = `<${w(kind)} ${attribution(context, who)}/>`;
  if (!properties) return `<${w('pPr')}><${w('rPr')}>${mark}</${w('rPr')}></${w('pPr')}>`;
  const children = childElementsOf(properties);
  const span = properties.span!;
  const holes = children.filter((child) => drop.has(child.name));
  /** The part's text in [from, to) without the dropped children. */
  const copy = (from: number, to: number) => {
    let result = '';
    let position = from;
    for (const hole of holes) {
      if (hole.span!.start < from || hole.span!.end > to) continue;
      result += text.slice(position, hole.span!.start);
      position = hole.span!.end;
    }
    return result + text.slice(position, to);
  };
  const runProperties = children.find((child) => child.name === 'w:rPr');
  if (runProperties) {
    const inner = childElementsOf(runProperties);
    if (kind === 'del' && inner.some((child) => child.name === 'w:del' || child.name === 'w:moveFrom')) return copy(span.start, span.end);
    const rebuilt = kind === 'ins' ? sourceWithout(text, runProperties, REVISION_PROPERTIES) : sourceOf(text, runProperties);
    const tagEnd = rebuilt.indexOf('>') + 1;
    let withMark: string;
    if (rebuilt.endsWith('/>') && tagEnd === rebuilt.length) {
      withMark = `${rebuilt.slice(0, -2)}>${mark}</${w('rPr')}>`;
    } else {
      // The mark's revisions come first in CT_ParaRPr: ours after an insertion (or move) of theirs.
      const theirs = kind === 'del' ? inner.filter((child) => child.name === 'w:ins' || child.name === 'w:moveTo').pop() : undefined;
      const at = theirs ? theirs.span!.end - runProperties.span!.start : tagEnd;
      withMark = rebuilt.slice(0, at) + mark + rebuilt.slice(at);
    }
    return copy(span.start, runProperties.span!.start) + withMark + copy(runProperties.span!.end, span.end);
  }
  const added = `<${w('rPr')}>${mark}</${w('rPr')}>`;
  if (span.openEnd === span.end) return `${text.slice(span.start, span.end - 2)}>${added}</${w('pPr')}>`;
  // Without run properties they go before a section's properties and a change of the paragraph's, which come last.
  const late = children.find((child) => (child.name === 'w:sectPr' || child.name === 'w:pPrChange') && !drop.has(child.name));
  const insertAt = late ? late.span!.start : text.lastIndexOf('<', span.end - 1);
  return copy(span.start, insertAt) + added + copy(insertAt, span.end);
}

function propertiesOf(paragraph: XmlElement): XmlElement | null {
  const first = childElementsOf(paragraph)[0];
  return first?.name === 'w:pPr' ? first : null;
}

/** The paragraph with the plan's changes written into it. */
export function rewriteParagraph(context: XmlContext, paragraph: XmlElement, atoms: Atoms, plan: ParagraphPlan, markupLength: number): string | null {
  const flattener = new Flattener(context, atoms);
  flattener.walk(paragraph, []);
  const leaves = flattener.leaves;
  const last = leaves.reduce((end, leaf) => Math.max(end, leaf.to), 0);
  if (last !== markupLength) return null;
  const events = [...plan.events].sort((a, b) => a.at - b.at || a.order - b.order);
  const writer = new ParagraphWriter(context, events);
  const firstWithText = leaves.find((leaf) => leaf.to > leaf.from);
  writer.setReference(firstWithText?.chain ?? []);

  for (const leaf of leaves) {
    if (leaf.to === leaf.from) {
      writer.emit(leaf.chain, sourceOf(context.text, leaf.node));
      continue;
    }
    writer.flush(leaf.from);
    if (leaf.text === null) {
      // Written whole: deleted when every character of it is.
      let deletion: Attribution | undefined = plan.deletions.get(leaf.from);
      for (let at = leaf.from; at < leaf.to && deletion; at++) if (!plan.deletions.has(at)) deletion = undefined;
      writer.emit(deletion ? writer.deletionChain(leaf.chain, deletion) : leaf.chain, deletion ? deletedXml(context, leaf, null) : keptXml(context, leaf, null, true));
    } else {
      const cuts = new Set<number>([leaf.from, leaf.to]);
      for (let at = leaf.from + 1; at < leaf.to; at++) if (!sameDeletion(plan.deletions.get(at), plan.deletions.get(at - 1))) cuts.add(at);
      for (const event of events) if (event.at > leaf.from && event.at < leaf.to) cuts.add(event.at);
      const points = [...cuts].sort((a, b) => a - b);
      for (let index = 0; index + 1 < points.length; index++) {
        const from = points[index]!;
        const to = points[index + 1]!;
        writer.flush(from);
        const deletion = plan.deletions.get(from);
        const text = leaf.text.slice(from - leaf.from, to - leaf.from);
        const whole = from === leaf.from && to === leaf.to;
        writer.emit(deletion ? writer.deletionChain(leaf.chain, deletion) : leaf.chain, deletion ? deletedXml(context, leaf, text) : keptXml(context, leaf, text, whole));
        writer.setReference(leaf.chain);
        writer.flush(to);
      }
      continue;
    }
    writer.setReference(leaf.chain);
    writer.flush(leaf.to);
  }
  const properties = propertiesOf(paragraph);
  const head = plan.deleteMark
    ? startTagOf(context.text, paragraph) + markedProperties(context, properties, 'del', plan.deleteMark)
    : context.text.slice(paragraph.span!.start, properties ? properties.span!.end : paragraph.span!.openEnd);
  return `${head}${writer.finish()}${endTagOf(context.text, paragraph) || `</${context.w('p')}>`}`;
}

function sameDeletion(a: Attribution | undefined, b: Attribution | undefined): boolean {
  return a === b || (a !== undefined && b !== undefined && a.author === b.author && a.date === b.date);
}

/** What a paragraph we add keeps of the properties of the one it is placed by: not its section break, not its revisions. */
const NOT_COPIED = new Set(['w:sectPr', 'w:pPrChange']);

/** A paragraph we add next to `reference`, with its properties and the look of its text. */
export function newParagraph(context: XmlContext, reference: XmlElement, atoms: Atoms, paragraph: NewParagraph): string {
  const flattener = new Flattener(context, atoms);
  flattener.walk(reference, []);
  const withText = flattener.leaves.filter((leaf) => leaf.to > leaf.from);
  const writer = new ParagraphWriter(
    context,
    paragraph.events.map((event) => ({ at: 0, event })),
  );
  const model = withText[withText.length - 1] ?? withText[0];
  // Only the run's look is taken: our text is written at the paragraph's own level, in no container of theirs.
  writer.setReference(model ? [{ key: {}, head: () => '', tail: '', transparent: false, run: runOf(model.chain) }] : []);
  const properties = propertiesOf(reference);
  const w = context.w;
  return `<${w('p')}>${markedProperties(context, properties, 'ins', paragraph.mark, NOT_COPIED)}${writer.finish()}</${w('p')}>`;
}
