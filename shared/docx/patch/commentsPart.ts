/**
 * Our comments into their package (ECMA-376 Part 1, §17.13.4): appended to their
 * `comments.xml` when the document has one, else a new part with its relationship from the
 * main part and its content type (OPC, Part 2). Replies are comments of their own on the
 * same words; `commentsExtended.xml` links them to their comment (`w15:paraIdParent`) and
 * marks a resolved one (`w15:done`), where the document has that part or where it is added.
 */
import { relationshipsPart, resolvePart } from '../read/package';
import type { PlacedComment } from './patchBody';
import { escapeAttribute, escapeText, prefixFor, qualify, wordDate, WORDPROCESSINGML } from './xmlText';

/** Parts of the package as text, read and written by name. */
export interface PartTexts {
  read(name: string): string | null;
  write(name: string, text: string): void;
  /** Whether a part of that name exists (case does not count, OPC §9.1.1.1.2). */
  has(name: string): boolean;
}

const COMMENTS_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml';
const EXTENDED_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.commentsExtended+xml';
const W15 = 'http://schemas.microsoft.com/office/word/2012/wordml';
/** Word 2013's prerelease namespace for `commentsExtended.xml`, which some files still carry. */
const W15_PRERELEASE = 'http://schemas.microsoft.com/office/word/2010/11/wordml';
const W14 = 'http://schemas.microsoft.com/office/word/2010/wordml';
const RELATIONSHIPS = { transitional: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships', strict: 'http://purl.oclc.org/ooxml/officeDocument/relationships' };
const EXTENDED_RELATIONSHIP = 'http://schemas.microsoft.com/office/2011/relationships/commentsExtended';

function initialsOf(author: string): string {
  return author
    .split(/\s+/u)
    .filter(Boolean)
    .map((word) => [...word][0]!.toUpperCase())
    .join('')
    .slice(0, 4);
}

/** A comment's paragraph id (`w14:paraId`, 8 hex digits below 0x80000000), from its id: unique wherever ours are. */
function paraIdOf(id: number): string {
  return (0x10000000 + id).toString(16).toUpperCase().padStart(8, '0');
}

function commentXml(w: (local: string) => string, w14: string | null, comment: PlacedComment, now: string): string {
  const lines = comment.text.split('\n');
  const paragraphs = lines.map((line, index) => {
    // The last paragraph carries the id `commentsExtended.xml` refers to.
    const id = w14 !== null && index === lines.length - 1 ? ` ${w14}:paraId="${paraIdOf(comment.id)}"` : '';
    const mark = index === 0 ? `<${w('r')}><${w('annotationRef')}/></${w('r')}>` : '';
    return `<${w('p')}${id}>${mark}<${w('r')}><${w('t')} xml:space="preserve">${escapeText(line)}</${w('t')}></${w('r')}></${w('p')}>`;
  });
  const attributes = `${w('id')}="${comment.id}" ${w('author')}="${escapeAttribute(comment.author)}" ${w('date')}="${wordDate(comment.date, now)}" ${w('initials')}="${escapeAttribute(initialsOf(comment.author))}"`;
  return `<${w('comment')} ${attributes}>${paragraphs.join('')}</${w('comment')}>`;
}

/** Inserts `xml` before the root's end tag. */
function beforeRootEnd(text: string, xml: string): string {
  const end = text.lastIndexOf('</');
  return end < 0 ? text : text.slice(0, end) + xml + text.slice(end);
}

/** A root written as `<x …/>` opened, so that children can go in. */
function opened(text: string, rootName: string): string {
  const empty = new RegExp(`<${rootName.replace(/\./gu, '\\.')}(\\s[^>]*)?/>\\s*$`, 'u');
  return empty.test(text) ? text.replace(empty, (match) => `${match.slice(0, match.lastIndexOf('/>'))}></${rootName}>`) : text;
}

function rootStartTag(text: string): string {
  const match = /<(?![?!])[^>]*>/u.exec(text);
  return match ? match[0] : '';
}

interface Relationship {
  readonly type: string;
  readonly target: string;
}

function relationshipsOf(text: string): { readonly ids: Set<string>; readonly list: Relationship[] } {
  const ids = new Set<string>();
  const list: Relationship[] = [];
  for (const match of text.matchAll(/<(?:\w+:)?Relationship\s[^>]*>/gu)) {
    const attribute = (name: string) => new RegExp(`\\s${name}\\s*=\\s*(["'])(.*?)\\1`, 'u').exec(match[0])?.[2] ?? '';
    ids.add(attribute('Id'));
    if (attribute('TargetMode') !== 'External') list.push({ type: attribute('Type'), target: attribute('Target') });
  }
  return { ids, list };
}

/** A name for a new part beside the main part that no part has yet. */
function freePart(parts: PartTexts, folder: string, base: string): string {
  for (let index = 0; ; index++) {
    const name = `${folder}${base}${index === 0 ? '' : index}.xml`;
    if (!parts.has(name)) return name;
  }
}

/** Relates a new part from the main part and gives it its content type. */
function addPart(parts: PartTexts, mainPart: string, part: string, type: string, contentType: string): void {
  const relsName = relationshipsPart(mainPart);
  const rels = opened(parts.read(relsName) ?? '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>', 'Relationships');
  const { ids } = relationshipsOf(rels);
  let next = ids.size + 1;
  while (ids.has(`rId${next}`)) next++;
  const target = part.slice(mainPart.lastIndexOf('/') + 1);
  parts.write(relsName, beforeRootEnd(rels, `<Relationship Id="rId${next}" Type="${type}" Target="${target}"/>`));
  const types = parts.read('[Content_Types].xml');
  if (types !== null) parts.write('[Content_Types].xml', beforeRootEnd(opened(types, 'Types'), `<Override PartName="/${part}" ContentType="${contentType}"/>`));
}

function relatedPart(parts: PartTexts, mainPart: string, kind: 'comments' | 'commentsExtended'): string | null {
  const rels = parts.read(relationshipsPart(mainPart));
  if (rels === null) return null;
  const found = relationshipsOf(rels).list.find((relationship) => relationship.type.endsWith(`/${kind}`));
  return found ? resolvePart(mainPart, found.target) : null;
}

/**
 * Writes `comments` into the package. `namespace` is the main part's WordprocessingML
 * namespace (transitional or strict), which a new part binds too.
 */
export function addComments(parts: PartTexts, mainPart: string, namespace: string, comments: readonly PlacedComment[], now: string): void {
  if (comments.length === 0) return;
  const strict = namespace === WORDPROCESSINGML[1];
  const relationshipBase = strict ? RELATIONSHIPS.strict : RELATIONSHIPS.transitional;
  const folder = mainPart.slice(0, mainPart.lastIndexOf('/') + 1);
  const threaded = comments.some((comment) => comment.parent !== null || comment.resolved);

  let commentsName = relatedPart(parts, mainPart, 'comments');
  let commentsText = commentsName === null ? null : parts.read(commentsName);
  if (commentsName === null || commentsText === null) {
    commentsName = freePart(parts, folder, 'comments');
    commentsText = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments xmlns:w="${namespace}" xmlns:w14="${W14}"></w:comments>`;
    addPart(parts, mainPart, commentsName, `${relationshipBase}/comments`, COMMENTS_TYPE);
  }
  const root = rootStartTag(commentsText);
  const prefix = prefixFor(root, WORDPROCESSINGML) ?? 'w';
  const rootName = root.slice(1).split(/[\s/>]/u)[0]!;
  // A paragraph id needs the w14 namespace bound on the root; a part that binds none is given it.
  let w14 = prefixFor(root, [W14]);
  if (threaded && w14 === null) {
    commentsText = commentsText.replace(root, `${root.slice(0, root.endsWith('/>') ? -2 : -1)} xmlns:w14="${W14}"${root.endsWith('/>') ? '/>' : '>'}`);
    w14 = 'w14';
  }
  const w = (local: string) => qualify(prefix, local);
  const xml = comments.map((comment) => commentXml(w, threaded ? w14 : null, comment, now)).join('');
  parts.write(commentsName, beforeRootEnd(opened(commentsText, rootName), xml));
  if (threaded) addThreads(parts, mainPart, folder, comments);
}

/** `w15:commentEx` for each comment of ours: its parent and whether it is resolved. */
function addThreads(parts: PartTexts, mainPart: string, folder: string, comments: readonly PlacedComment[]): void {
  let name = relatedPart(parts, mainPart, 'commentsExtended');
  let text = name === null ? null : parts.read(name);
  if (name === null || text === null) {
    name = freePart(parts, folder, 'commentsExtended');
    text = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w15:commentsEx xmlns:w15="${W15}"></w15:commentsEx>`;
    addPart(parts, mainPart, name, EXTENDED_RELATIONSHIP, EXTENDED_TYPE);
  }
  const root = rootStartTag(text);
  const prefix = prefixFor(root, [W15, W15_PRERELEASE]) ?? 'w15';
  const rootName = root.slice(1).split(/[\s/>]/u)[0]!;
  const q = (local: string) => qualify(prefix, local);
  const entries = comments.map((comment) => {
    const parent = comment.parent === null ? '' : ` ${q('paraIdParent')}="${paraIdOf(comment.parent)}"`;
    return `<${q('commentEx')} ${q('paraId')}="${paraIdOf(comment.id)}"${parent} ${q('done')}="${comment.resolved ? 1 : 0}"/>`;
  });
  parts.write(name, beforeRootEnd(opened(text, rootName), entries.join('')));
}
