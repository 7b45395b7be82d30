/**
 * Small DOCX packages written by hand, for the import's tests: the parts Word writes, with
 * whatever body, styles, numbering and comments a test needs, zipped with fflate.
 */
import { strToU8, zipSync, type Zippable } from 'fflate';

export const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const NAMESPACES = `xmlns:w="${W}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"`;

export interface PackageParts {
  /** The inside of `w:body`. */
  readonly body: string;
  /** The inside of `w:styles`. */
  readonly styles?: string;
  /** The inside of `w:numbering`. */
  readonly numbering?: string;
  /** The inside of `w:comments`. */
  readonly comments?: string;
  /** The inside of `w15:commentsEx`. */
  readonly commentsExtended?: string;
  /** The inside of `w:footnotes`. */
  readonly footnotes?: string;
  /** The inside of `w:hdr`, a header of the document. */
  readonly header?: string;
  /** Replaces the whole `word/document.xml`. */
  readonly documentXml?: string;
  /** More files, by name. */
  readonly extra?: Readonly<Record<string, string | Uint8Array>>;
  readonly omit?: readonly string[];
}

const RELATIONSHIPS: Record<string, [string, string]> = {
  styles: ['http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles', 'styles.xml'],
  numbering: ['http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering', 'numbering.xml'],
  comments: ['http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments', 'comments.xml'],
  commentsExtended: ['http://schemas.microsoft.com/office/2011/relationships/commentsExtended', 'commentsExtended.xml'],
  footnotes: ['http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes', 'footnotes.xml'],
  header: ['http://schemas.openxmlformats.org/officeDocument/2006/relationships/header', 'header1.xml'],
};

export function docxPackage(parts: PackageParts): Uint8Array {
  const xml = (root: string, inner: string) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><${root} ${NAMESPACES}>${inner}</${root.split(' ')[0]}>`;
  const files: Record<string, string | Uint8Array> = {
    '[Content_Types].xml':
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    '_rels/.rels':
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    'word/document.xml': parts.documentXml ?? xml('w:document', `<w:body>${parts.body}</w:body>`),
  };
  const relationships: string[] = [];
  const add = (kind: keyof typeof RELATIONSHIPS, content: string | undefined, root: string) => {
    if (content === undefined) return;
    const [type, target] = RELATIONSHIPS[kind]!;
    relationships.push(`<Relationship Id="rId${relationships.length + 1}" Type="${type}" Target="${target}"/>`);
    files[`word/${target}`] = xml(root, content);
  };
  add('styles', parts.styles, 'w:styles');
  add('numbering', parts.numbering, 'w:numbering');
  add('comments', parts.comments, 'w:comments');
  add('commentsExtended', parts.commentsExtended, 'w15:commentsEx');
  add('footnotes', parts.footnotes, 'w:footnotes');
  add('header', parts.header, 'w:hdr');
  files['word/_rels/document.xml.rels'] = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${relationships.join('')}</Relationships>`;
  Object.assign(files, parts.extra ?? {});
  for (const name of parts.omit ?? []) delete files[name];
  const zippable: Zippable = {};
  for (const [name, content] of Object.entries(files)) zippable[name] = typeof content === 'string' ? strToU8(content) : content;
  return zipSync(zippable);
}

/** A paragraph: `p('text')`, or with properties and raw runs. */
export function p(content: string, properties = ''): string {
  const runs = content.startsWith('<') ? content : `<w:r><w:t xml:space="preserve">${content}</w:t></w:r>`;
  return `<w:p>${properties ? `<w:pPr>${properties}</w:pPr>` : ''}${runs}</w:p>`;
}

export function run(text: string): string {
  return `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;
}

export function ins(id: number, author: string, text: string, date = '2025-05-01T10:00:00Z'): string {
  return `<w:ins w:id="${id}" w:author="${author}" w:date="${date}"><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:ins>`;
}

export function del(id: number, author: string, text: string, date = '2025-05-01T10:00:00Z'): string {
  return `<w:del w:id="${id}" w:author="${author}" w:date="${date}"><w:r><w:delText xml:space="preserve">${text}</w:delText></w:r></w:del>`;
}

export const HEADING_STYLES = [1, 2, 3]
  .map((level) => `<w:style w:type="paragraph" w:styleId="Heading${level}"><w:name w:val="heading ${level}"/><w:pPr><w:outlineLvl w:val="${level - 1}"/></w:pPr></w:style>`)
  .join('');
