/**
 * The package around a WordprocessingML document (ECMA-376 Part 2, OPC): the content
 * types, the package's relationship to its main part, and the main part's relationships
 * to the parts the import reads (styles, numbering, comments, footnotes). Parts are read
 * element by element (`visitXml`): what a reader keeps of a part is its own choice.
 */
import { fail, itemCounter } from '../errors';
import type { DocxLimits } from '../limits';
import { attribute, type XmlElement } from '../xml/element';
import { visitXml, type XmlVisitor } from '../xml/visitXml';
import type { ZipArchive } from '../zip/readZip';

const MAIN_CONTENT_TYPES = new Set([
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml',
  'application/vnd.ms-word.document.macroEnabled.main+xml',
  'application/vnd.ms-word.template.macroEnabledTemplate.main+xml',
]);

/** The last path segment of a relationship type: Transitional and Strict URIs end alike. */
export type PartKind = 'styles' | 'numbering' | 'comments' | 'commentsExtended' | 'footnotes' | 'endnotes';

/** The children of a part's root element, each handed to `visit` and then dropped; nothing for an absent part. */
export type PartChildren = (visit: (element: XmlElement) => void) => void;

export interface DocxPackage {
  readonly mainPart: string;
  /** The core properties part (`docProps/core.xml`), or null when the package has none. */
  readonly corePart: string | null;
  /** Reads a part with `visitor`; false when the package has no such part. */
  visit(part: string, visitor: XmlVisitor): boolean;
  /** The children of the root of the part the main document relates to as `kind`. */
  related(kind: PartKind): PartChildren;
}

/** `word/document.xml` + `media/a.png` → `word/media/a.png`; `/word/x.xml` is absolute. */
export function resolvePart(source: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = source.split('/').slice(0, -1);
  for (const segment of target.split('/')) {
    if (segment === '..') parts.pop();
    else if (segment !== '.' && segment !== '') parts.push(segment);
  }
  return parts.join('/');
}

function relationshipsPart(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

export function openPackage(zip: ZipArchive, limits: DocxLimits): DocxPackage {
  const visit = (part: string, visitor: XmlVisitor): boolean => {
    const bytes = zip.read(part);
    if (bytes === null) return false;
    visitXml(bytes, part, limits.maxDepth, visitor);
    return true;
  };
  /** Each child of the part's root, at most `maxItems` of them; false when the part is absent. */
  const children = (part: string, each: (element: XmlElement) => void): boolean => {
    const count = itemCounter(part, limits.maxItems);
    return visit(part, {
      streams: (_, depth) => depth === 0,
      element: (element) => {
        count();
        each(element);
      },
    });
  };

  // Content types by part name (the first of each), as written: `/word/document.xml`.
  const types = new Map<string, string | undefined>();
  const typed = children('[Content_Types].xml', (entry) => {
    const name = (attribute(entry, 'PartName') ?? '').replace(/^\//u, '').toLowerCase();
    if (entry.name === 'ct:Override' && !types.has(name)) types.set(name, attribute(entry, 'ContentType'));
  });
  if (!typed) fail('not-docx', '[Content_Types].xml');

  let officeDocument: string | undefined;
  let coreProperties: string | undefined;
  children('_rels/.rels', (relationship) => {
    if (relationship.name !== 'rel:Relationship') return;
    const type = attribute(relationship, 'Type') ?? '';
    if (officeDocument === undefined && /\/officeDocument$/u.test(type)) officeDocument = attribute(relationship, 'Target') ?? '';
    if (coreProperties === undefined && /\/core-properties$/u.test(type)) coreProperties = attribute(relationship, 'Target') ?? '';
  });
  const mainPart = officeDocument === undefined ? 'word/document.xml' : resolvePart('', officeDocument);
  if (!zip.entries.has(mainPart.toLowerCase())) fail('missing-part', mainPart);
  const type = types.get(mainPart.toLowerCase());
  if (type !== undefined && !MAIN_CONTENT_TYPES.has(type)) fail('not-docx', mainPart, type);

  const related = new Map<string, string>();
  children(relationshipsPart(mainPart), (relationship) => {
    if (relationship.name !== 'rel:Relationship' || attribute(relationship, 'TargetMode') === 'External') return;
    const kind = /\/([^/]+)$/u.exec(attribute(relationship, 'Type') ?? '')?.[1];
    const target = attribute(relationship, 'Target');
    if (kind && target && !related.has(kind)) related.set(kind, resolvePart(mainPart, target));
  });
  const corePart = coreProperties === undefined ? null : resolvePart('', coreProperties);
  return {
    mainPart,
    corePart: corePart !== null && zip.entries.has(corePart.toLowerCase()) ? corePart : null,
    visit,
    related: (kind) => (each) => {
      const part = related.get(kind);
      if (part !== undefined) children(part, each);
    },
  };
}
