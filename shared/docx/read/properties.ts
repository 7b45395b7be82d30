/**
 * The core properties of a package (`docProps/core.xml`, ECMA-376 Part 2, §11): who saved
 * the document last (`cp:lastModifiedBy`), who made it (`dc:creator`) and when it was last
 * changed (`dcterms:modified`). Round two reads them to name and date what the other side
 * changed without tracking it.
 */
import { DocxReadError } from '../errors';
import { textContent } from '../xml/element';
import type { DocxPackage } from './package';
import { normalizeDate } from './revisions';

export interface DocumentProperties {
  readonly lastModifiedBy: string | null;
  readonly creator: string | null;
  /** ISO 8601, as the model keeps dates. */
  readonly modified: string | null;
}

export const NO_PROPERTIES: DocumentProperties = { lastModifiedBy: null, creator: null, modified: null };

/** A name as a person reads it: no control characters, spaces collapsed, at most a line's length. */
function nameOf(text: string): string | null {
  // eslint-disable-next-line no-control-regex -- what a property may hold and no name should
  const name = text.replace(/[\u0000-\u001f\u007f]+/gu, ' ').replace(/\s+/gu, ' ').trim().slice(0, 200);
  return name === '' ? null : name;
}

/** The properties, or none where the part is missing or broken: they only name and date, and the document opens without them. */
export function readProperties(pkg: DocxPackage): DocumentProperties {
  if (pkg.corePart === null) return NO_PROPERTIES;
  let properties = NO_PROPERTIES;
  try {
    pkg.visit(pkg.corePart, {
      streams: (_, depth) => depth === 0,
      element: (element) => {
        const text = textContent(element);
        if (element.name === 'cp:lastModifiedBy') properties = { ...properties, lastModifiedBy: nameOf(text) };
        else if (element.name === 'dc:creator') properties = { ...properties, creator: nameOf(text) };
        else if (element.name === 'dcterms:modified') properties = { ...properties, modified: normalizeDate(text) };
      },
    });
  } catch (error) {
    if (!(error instanceof DocxReadError)) throw error;
    return NO_PROPERTIES;
  }
  return properties;
}
