/**
 * Paragraph styles (ECMA-376 Part 1, §17.7): what a paragraph inherits from the document
 * defaults (`w:docDefaults`), its style and the style's `w:basedOn` chain. The import needs
 * three things from them: the heading level (a style named `heading 1`…, `Title`, or a
 * `w:outlineLvl`), the spacing around the paragraph (a visible gap is a blank line in a
 * text contract) and list numbering attached to a style (`w:numPr`).
 *
 * A package need not have a styles part. Without one a paragraph's style is
 * known only by its id, and Word names the ids of its built-in styles after them
 * (`Heading1`, `Title`; German Word `berschrift1`, `Titel`), so the id is read as the name.
 */
import { attribute, child, isOn, isTrue, path, type XmlElement } from '../xml/element';
import type { PartChildren } from './package';

/** Space before and after a paragraph in twentieths of a point (`w:spacing`, §17.3.1.33). */
export interface Spacing {
  readonly before: number;
  readonly after: number;
  /** `w:contextualSpacing`: no space between paragraphs of the same style (list paragraphs). */
  readonly contextual: boolean;
}

export interface NumberingReference {
  readonly numId: string;
  readonly level: number;
}

export interface ParagraphFormat {
  readonly styleId: string | null;
  /** 1–9 for headings, 0 for body text. */
  readonly headingLevel: number;
  readonly spacing: Spacing;
  readonly numbering: NumberingReference | null;
  /** Left indent in twips (`w:ind w:left` or `w:start`, §17.3.1.12). */
  readonly indent: number;
}

export interface Styles {
  resolve(paragraphProperties: XmlElement | undefined): ParagraphFormat;
}

/** `w:beforeAutospacing`: HTML-like spacing, 14 points in Word. */
const AUTOSPACING = 280;
const MAX_CHAIN = 32;
/** The attributes of `w:spacing` for one side: autospacing, in hundredths of a line, in twips. */
const BEFORE = ['w:beforeAutospacing', 'w:beforeLines', 'w:before'] as const;
const AFTER = ['w:afterAutospacing', 'w:afterLines', 'w:after'] as const;

interface PartialFormat {
  before?: number;
  after?: number;
  contextual?: boolean;
  outlineLevel?: number;
  numbering?: NumberingReference | null;
  /** A `w:numPr` with a level and no list: the level of the list inherited, if any. */
  level?: number;
  indent?: number;
}

/** `from` over `into`, as if `from`'s properties were read after `into`'s. */
function merge(into: PartialFormat, from: PartialFormat): void {
  if (from.before !== undefined) into.before = from.before;
  if (from.after !== undefined) into.after = from.after;
  if (from.contextual !== undefined) into.contextual = from.contextual;
  if (from.outlineLevel !== undefined) into.outlineLevel = from.outlineLevel;
  if (from.indent !== undefined) into.indent = from.indent;
  if (from.numbering !== undefined) into.numbering = from.numbering;
  else if (from.level !== undefined && into.numbering) into.numbering = { ...into.numbering, level: from.level };
}

/** A paragraph style, as much of it as the import reads: kept instead of its element, so a style costs a few fields. */
interface StyleRecord {
  readonly format: PartialFormat;
  readonly heading: number;
  readonly basedOn: string | undefined;
}

/** One side of `w:spacing`: autospacing, else hundredths of a line, else twips; undefined where it says none. */
function spacingSide(spacing: XmlElement, names: readonly [string, string, string]): number | undefined {
  if (isTrue(spacing.attributes[names[0]])) return AUTOSPACING;
  const lines = spacing.attributes[names[1]];
  if (lines !== undefined && Number.isFinite(Number(lines))) return (Number(lines) * 240) / 100;
  const value = spacing.attributes[names[2]];
  return value !== undefined && Number.isFinite(Number(value)) ? Number(value) : undefined;
}

/**
 * The first `w:spacing`, `w:ind`, `w:contextualSpacing`, `w:outlineLvl` and `w:numPr` of
 * paragraph properties, read over `into`: found in one walk over the children, as this runs
 * for every paragraph.
 */
function readProperties(properties: XmlElement | undefined, into: PartialFormat): void {
  if (!properties) return;
  let seen = 0;
  const children = properties.children;
  for (let i = 0; i < children.length; i++) {
    const node = children[i]!;
    if (typeof node === 'string') continue;
    switch (node.name) {
      case 'w:spacing': {
        if (seen & 1) break;
        seen |= 1;
        const before = spacingSide(node, BEFORE);
        const after = spacingSide(node, AFTER);
        if (before !== undefined) into.before = before;
        if (after !== undefined) into.after = after;
        break;
      }
      case 'w:ind': {
        if (seen & 2) break;
        seen |= 2;
        const left = attribute(node, 'w:left') ?? attribute(node, 'w:start');
        if (left !== undefined && Number.isFinite(Number(left))) into.indent = Number(left);
        break;
      }
      case 'w:contextualSpacing':
        if (seen & 4) break;
        seen |= 4;
        into.contextual = isOn(node);
        break;
      case 'w:outlineLvl': {
        if (seen & 8) break;
        seen |= 8;
        const outline = attribute(node, 'w:val');
        if (outline !== undefined && /^\d$/u.test(outline)) into.outlineLevel = Number(outline);
        break;
      }
      case 'w:numPr': {
        if (seen & 16) break;
        seen |= 16;
        const numId = attribute(child(node, 'w:numId'), 'w:val');
        const level = Number(attribute(child(node, 'w:ilvl'), 'w:val') ?? '0');
        if (numId !== undefined) into.numbering = numId === '0' ? null : { numId, level: Number.isInteger(level) && level >= 0 && level <= 8 ? level : 0 };
        else if (into.numbering) into.numbering = { ...into.numbering, level: Number.isInteger(level) ? level : 0 };
        else into.level = Number.isInteger(level) ? level : 0;
        break;
      }
      default:
        break;
    }
  }
}

function headingOfName(name: string): number {
  const heading = /^heading\s*([1-9])$/iu.exec(name.trim());
  if (heading) return Number(heading[1]);
  return /^title$/iu.test(name.trim()) ? 1 : 0;
}

/** A built-in style's id as Word writes it in English or German (`Heading1`, `berschrift1` for „Überschrift 1“, `Title`, `Titel`). */
function headingOfId(id: string): number {
  const heading = /^(?:heading|Ü?berschrift)([1-9])$/iu.exec(id);
  if (heading) return Number(heading[1]);
  return /^tit(?:le|el)$/iu.test(id) ? 1 : 0;
}

export function readStyles(children: PartChildren): Styles {
  const styles = new Map<string, StyleRecord>();
  let defaultParagraphStyle: string | null = null;
  // The first `w:docDefaults`: null until it is seen.
  let defaults: PartialFormat | null = null;
  children((element) => {
    if (element.name === 'w:docDefaults' && defaults === null) readProperties(path(element, 'w:pPrDefault', 'w:pPr'), (defaults = {}));
    if (element.name !== 'w:style' || attribute(element, 'w:type') !== 'paragraph') return;
    const id = attribute(element, 'w:styleId');
    if (id === undefined) return;
    const format: PartialFormat = {};
    readProperties(child(element, 'w:pPr'), format);
    styles.set(id, { format, heading: headingOfName(attribute(child(element, 'w:name'), 'w:val') ?? ''), basedOn: attribute(child(element, 'w:basedOn'), 'w:val') });
    if (isTrue(attribute(element, 'w:default'))) defaultParagraphStyle = id;
  });
  const byId = styles.size === 0;
  const cache = new Map<string, { format: PartialFormat; heading: number }>();

  function ofStyle(id: string): { format: PartialFormat; heading: number } {
    const cached = cache.get(id);
    if (cached) return cached;
    const chain: StyleRecord[] = [];
    const seen = new Set<string>();
    for (let current: string | undefined = id; current !== undefined && !seen.has(current) && chain.length < MAX_CHAIN; ) {
      seen.add(current);
      const style = styles.get(current);
      if (!style) break;
      chain.unshift(style);
      current = style.basedOn;
    }
    const format: PartialFormat = {};
    if (defaults) merge(format, defaults);
    let heading = byId ? headingOfId(id) : 0;
    for (const style of chain) {
      merge(format, style.format);
      if (style.heading > 0) heading = style.heading;
    }
    const result = { format, heading };
    cache.set(id, result);
    return result;
  }

  // Paragraphs share a handful of spacings: one object for each, not one per paragraph. A
  // paragraph mostly has the spacing of the one before it, which is asked first.
  const spacings = new Map<string, Spacing>();
  let last: Spacing | null = null;
  const spacingOf = (before: number, after: number, contextual: boolean): Spacing => {
    if (last && last.before === before && last.after === after && last.contextual === contextual) return last;
    const key = `${before} ${after} ${contextual}`;
    let spacing = spacings.get(key);
    if (!spacing) {
      spacing = { before, after, contextual };
      if (spacings.size < 1024) spacings.set(key, spacing);
    }
    last = spacing;
    return spacing;
  };

  return {
    resolve(properties) {
      const styleId = attribute(child(properties, 'w:pStyle'), 'w:val') ?? defaultParagraphStyle;
      const base = ofStyle(styleId ?? '');
      const { before, after, contextual, outlineLevel, numbering, indent } = base.format;
      // Every field in one literal: one shape for every paragraph's format.
      const format: PartialFormat = { before, after, contextual, outlineLevel, numbering, indent };
      readProperties(properties, format);
      const outline = format.outlineLevel;
      const headingLevel = base.heading > 0 ? base.heading : outline !== undefined && outline < 9 ? outline + 1 : 0;
      return {
        styleId,
        headingLevel,
        spacing: spacingOf(format.before ?? 0, format.after ?? 0, format.contextual ?? false),
        numbering: format.numbering ?? null,
        indent: format.indent ?? 0,
      };
    },
  };
}
