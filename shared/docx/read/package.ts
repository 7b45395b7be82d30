/**
 * The package around a WordprocessingML document (ECMA-376 Part 2, OPC): the content
 * types, the package's relationship to its main part, and the main part's relationships
 * to the parts the import reads (styles, numbering, comments, footnotes).
 */
import { fail } from '../errors';
import type { DocxLimits } from '../limits';
import { attribute, childElements, type XmlElement } from '../xml/element';
import { parseXml } from '../xml/parseXml';
import type { ZipArchive } from '../zip/readZip';

const MAIN_CONTENT_TYPES = new Set([
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml',
  'application/vnd.ms-word.document.macroEnabled.main+xml',
  'application/vnd.ms-word.template.macroEnabledTemplate.main+xml',
]);

/** The last path segment of a relationship type: Transitional and Strict URIs end alike. */
export type PartKind = 'styles' | 'numbering' | 'comments' | 'commentsExtended' | 'footnotes' | 'endnotes';

export interface DocxPackage {
  readonly mainPart: string;
  /** Parses a part of the package, or null when it is absent. */
  xml(part: string): XmlElement | null;
  /** The part the main document relates to as `kind`, or null. */
  related(kind: PartKind): string | null;
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
  const xml = (part: string): XmlElement | null => {
    const bytes = zip.read(part);
    return bytes === null ? null : parseXml(bytes, part, limits.maxDepth);
  };
  const contentTypes = xml('[Content_Types].xml');
  if (!contentTypes) fail('not-docx', '[Content_Types].xml');

  const packageRelationships = xml('_rels/.rels');
  const officeDocument = childElements(packageRelationships ?? undefined, 'rel:Relationship').find((relationship) =>
    /\/officeDocument$/u.test(attribute(relationship, 'Type') ?? ''),
  );
  const mainPart = officeDocument ? resolvePart('', attribute(officeDocument, 'Target') ?? '') : 'word/document.xml';
  if (!zip.entries.has(mainPart.toLowerCase())) fail('missing-part', mainPart);

  const override = childElements(contentTypes, 'ct:Override').find((entry) => (attribute(entry, 'PartName') ?? '').replace(/^\//u, '').toLowerCase() === mainPart.toLowerCase());
  const type = attribute(override, 'ContentType');
  if (type !== undefined && !MAIN_CONTENT_TYPES.has(type)) fail('not-docx', mainPart, type);

  const related = new Map<string, string>();
  for (const relationship of childElements(xml(relationshipsPart(mainPart)) ?? undefined, 'rel:Relationship')) {
    if (attribute(relationship, 'TargetMode') === 'External') continue;
    const kind = /\/([^/]+)$/u.exec(attribute(relationship, 'Type') ?? '')?.[1];
    const target = attribute(relationship, 'Target');
    if (kind && target && !related.has(kind)) related.set(kind, resolvePart(mainPart, target));
  }
  return { mainPart, xml, related: (kind) => related.get(kind) ?? null };
}
