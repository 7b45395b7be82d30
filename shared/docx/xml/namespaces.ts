/**
 * Namespace URIs of WordprocessingML and its companions, mapped to the prefixes this
 * reader uses. Strict OOXML (ECMA-376 Part 1, `purl.oclc.org`) and Transitional use
 * different URIs for the same vocabulary; both map to the same prefix.
 */
export const XML_NAMESPACE = 'http://www.w3.org/XML/1998/namespace';

export const NAMESPACE_PREFIXES: Readonly<Record<string, string>> = {
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main': 'w',
  'http://purl.oclc.org/ooxml/wordprocessingml/main': 'w',
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships': 'r',
  'http://purl.oclc.org/ooxml/officeDocument/relationships': 'r',
  'http://schemas.openxmlformats.org/package/2006/relationships': 'rel',
  'http://schemas.openxmlformats.org/package/2006/content-types': 'ct',
  'http://schemas.openxmlformats.org/markup-compatibility/2006': 'mc',
  'http://schemas.microsoft.com/office/word/2010/wordml': 'w14',
  'http://schemas.microsoft.com/office/word/2012/wordml': 'w15',
  'http://schemas.openxmlformats.org/officeDocument/2006/math': 'm',
  // The core properties (`docProps/core.xml`, ECMA-376 Part 2, §11): who last saved the document, and when.
  'http://schemas.openxmlformats.org/package/2006/metadata/core-properties': 'cp',
  'http://purl.org/dc/elements/1.1/': 'dc',
  'http://purl.org/dc/terms/': 'dcterms',
  [XML_NAMESPACE]: 'xml',
};

/** Names made before, by namespace and local name: a document names the same few dozen elements tens of thousands of times. */
const names = new Map<string, Map<string, string>>();

export function qualifiedName(uri: string, local: string): string {
  if (uri === '') return local;
  const prefix = NAMESPACE_PREFIXES[uri];
  // A file may declare any number of namespaces of its own: only the known ones are kept.
  if (!prefix) return `{${uri}}${local}`;
  let byLocal = names.get(uri);
  if (!byLocal) {
    byLocal = new Map();
    names.set(uri, byLocal);
  }
  let name = byLocal.get(local);
  if (name === undefined) {
    name = `${prefix}:${local}`;
    if (byLocal.size < 4096) byLocal.set(local, name);
  }
  return name;
}
