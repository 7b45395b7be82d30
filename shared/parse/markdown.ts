/**
 * Markdown as people save it, read by a CommonMark parser (markdown-it) into the lines the
 * contract reader takes from every format (`unitsFromLines`): headings with their level,
 * paragraphs line by line (a soft line break marked as such), list items with their markers,
 * tables cell by cell, the title of YAML front matter. Markup is taken off as a reader's eye
 * takes it off: `**1.** Text` and `1\. Text` read `1. Text`, a link reads as its text.
 * The rules of structure stay with the shared reader, so a DPA reads alike as Markdown, text or DOCX.
 */
import MarkdownIt, { type Token } from 'markdown-it';
import { textLines, type SourceLine, type TableCell } from './units';

const parser = new MarkdownIt({ html: true, linkify: false, typographer: false });

/** YAML front matter (`---` … `---` at the very start): metadata, of which only the title is the contract's. */
const FRONT_MATTER = /^---[ \t]*\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/u;
const YAML_TITLE = /^title\s*:\s*(.+)$/mu;

/** A setext heading (`Text` over `---`) that runs this long is a paragraph above a rule. */
const LONGEST_SETEXT_HEADING = 120;

interface InlineLine {
  text: string;
  softBreak: boolean;
  /** After a hard break (two spaces, `\\`, `<br>`): a line of its own in the same paragraph. */
  hardBreak: boolean;
}

interface ListLevel {
  readonly ordered: boolean;
}

function unquote(value: string): string {
  const trimmed = value.trim();
  return /^(["']).*\1$/u.test(trimmed) ? trimmed.slice(1, -1) : trimmed;
}

function splitFrontMatter(text: string): { title: string | null; body: string } {
  const match = FRONT_MATTER.exec(text);
  if (!match || !/^\s*[\w-]+\s*:/u.test(match[1]!)) return { title: null, body: text };
  const title = YAML_TITLE.exec(match[1]!);
  return { title: title ? unquote(title[1]!) : null, body: text.slice(match[0].length) };
}

const ABSOLUTE_LINK = /^(?:https?:|mailto:)/iu;

/**
 * An inline's text, line by line. A line that begins with a bold label (`**Kategorien:** …`)
 * or follows a hard break (two spaces, `\`, `<br>`) is a line of its own; a soft break is marked.
 */
function inlineLines(children: readonly Token[]): InlineLine[] {
  const lines: InlineLine[] = [{ text: '', softBreak: false, hardBreak: false }];
  const links: string[] = [];
  let lineStartsStrong = false;
  let strongText: string | null = null;
  const current = () => lines[lines.length - 1]!;
  // A break right after a break (`<br>` at a line's end, then the source's line end) is one break, as hard as either.
  const lineBreak = (hard: boolean) => {
    const open = current();
    if (lines.length > 1 && open.text.trim() === '') {
      open.hardBreak ||= hard;
      open.softBreak &&= !hard;
    } else {
      lines.push({ text: '', softBreak: !hard, hardBreak: hard });
    }
  };
  const append = (text: string) => {
    current().text += text;
    if (strongText !== null) strongText += text;
  };
  for (const child of children) {
    switch (child.type) {
      case 'text':
      case 'code_inline':
        append(child.content);
        break;
      case 'softbreak':
      case 'hardbreak':
        lineBreak(child.type === 'hardbreak');
        lineStartsStrong = false;
        break;
      case 'html_inline':
        if (/^<br\s*\/?>$/iu.test(child.content)) lineBreak(true);
        break;
      case 'strong_open':
        if (current().text.trim() === '') lineStartsStrong = true;
        strongText = '';
        break;
      case 'strong_close':
        // `**Label:**` at a line's start opens a statement of its own, never the tail of the line above.
        if (lineStartsStrong && strongText !== null && /:\s*$/u.test(strongText)) current().softBreak = false;
        lineStartsStrong = false;
        strongText = null;
        break;
      case 'link_open':
        links.push(String(child.attrGet('href') ?? ''));
        break;
      case 'link_close': {
        const href = links.pop() ?? '';
        const shown = current().text;
        if (ABSOLUTE_LINK.test(href) && !shown.includes(href.replace(/^mailto:/iu, ''))) append(` (${href})`);
        break;
      }
      case 'image':
        append(child.content);
        break;
      default:
        break;
    }
  }
  return lines.map((line) => ({ ...line, text: line.text.trim() })).filter((line) => line.text !== '');
}

class LineWriter {
  readonly lines: (SourceLine | null)[] = [];
  private readonly lists: ListLevel[] = [];
  /** The marker of a list item not yet written (`- `, `3. `), for its first line. */
  private pendingMarker: string | null = null;
  private table = -1;
  private row = -1;
  private column = -1;
  private header = false;
  /** The source line after the last block begun: the next block joins it when no blank line stands between. */
  private lastEnd: number | null = null;

  blank(): void {
    if (this.lines.length > 0 && this.lines[this.lines.length - 1] !== null) this.lines.push(null);
  }

  /** Blocks are what blank lines separate, as in a text contract: a list under its lead-in or text under a heading stays in its block. */
  private open(token: Token): void {
    if (token.map) {
      if (this.lastEnd !== null && token.map[0] > this.lastEnd) this.blank();
      this.lastEnd = token.map[1];
    }
  }

  private get depth(): number {
    return this.lists.length;
  }

  private push(text: string, options: { heading?: number; softBreak?: boolean; lineBreak?: boolean; cell?: TableCell; continuation?: boolean } = {}): void {
    const marker = this.pendingMarker;
    this.pendingMarker = null;
    // A list item's marker line is indented by its nesting; its further lines a little more, as in a text contract.
    const indent = this.depth === 0 ? 0 : (this.depth - 1) * 2 + (marker === null && options.continuation ? 2 : 0);
    this.lines.push({
      text: marker === null ? text : `${marker}${text}`,
      indent,
      markdownHeading: options.heading ?? 0,
      ...(options.softBreak && marker === null ? { softBreak: true } : {}),
      ...(options.lineBreak && marker === null ? { lineBreak: true } : {}),
      ...(options.cell ? { cell: options.cell } : {}),
    });
  }


  paragraph(children: readonly Token[]): void {
    const lines = inlineLines(children);
    lines.forEach((line, index) => this.push(line.text, { softBreak: index > 0 && line.softBreak, lineBreak: index > 0 && line.hardBreak, continuation: true }));
  }

  cell(children: readonly Token[]): void {
    const text = inlineLines(children)
      .map((line) => line.text)
      .join(' ');
    if (text === '') return;
    this.push(text, { cell: { table: this.table, row: this.row, column: this.column, header: this.header } });
  }

  plain(text: string): void {
    for (const line of textLines(text)) {
      if (line === null) this.blank();
      else this.push(line.text, { heading: line.markdownHeading, continuation: true });
    }
  }

  token(token: Token, next: Token | undefined): void {
    switch (token.type) {
      case 'heading_open': {
        this.open(token);
        const children = next?.children ?? [];
        const text = inlineLines(children)
          .map((line) => line.text)
          .join(' ');
        const setext = token.markup === '=' || token.markup === '-';
        if (setext && text.length >= LONGEST_SETEXT_HEADING) this.paragraph(children);
        else if (text !== '') this.push(text, { heading: Number(token.tag.slice(1)) });
        break;
      }
      case 'paragraph_open':
        this.open(token);
        break;
      case 'bullet_list_open':
      case 'ordered_list_open':
        this.lists.push({ ordered: token.type === 'ordered_list_open' });
        break;
      case 'bullet_list_close':
      case 'ordered_list_close':
        this.lists.pop();
        break;
      case 'list_item_open':
        this.pendingMarker = this.lists[this.lists.length - 1]?.ordered ? `${token.info}${token.markup} ` : '- ';
        break;
      case 'list_item_close':
        this.pendingMarker = null;
        break;
      case 'table_open':
        this.open(token);
        this.table++;
        this.row = -1;
        break;
      case 'thead_open':
        this.header = true;
        break;
      case 'thead_close':
        this.header = false;
        break;
      case 'tr_open':
        // Each row a block, as a Word table's rows are.
        this.blank();
        this.row++;
        this.column = -1;
        break;
      case 'th_open':
      case 'td_open':
        this.column++;
        break;
      case 'table_close':
        this.blank();
        break;
      case 'code_block':
      case 'fence':
        this.open(token);
        this.plain(token.content);
        break;
      case 'html_block':
        this.open(token);
        this.plain(
          token.content
            .replace(/<!--[\s\S]*?-->/gu, '')
            .replace(/<[^>]*>/gu, ''),
        );
        break;
      case 'hr':
        this.open(token);
        this.blank();
        break;
      default:
        break;
    }
  }
}

/** The lines of a Markdown contract; `null` between blocks. */
export function markdownLines(text: string): (SourceLine | null)[] {
  const { title, body } = splitFrontMatter(text);
  const writer = new LineWriter();
  if (title) writer.lines.push({ text: title, indent: 0, markdownHeading: 1 }, null);
  const tokens = parser.parse(body, {});
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const next = tokens[i + 1];
    if (token.type === 'inline') continue;
    if (next?.type === 'inline' && token.type === 'paragraph_open') {
      writer.token(token, next);
      writer.paragraph(next.children ?? []);
      continue;
    }
    if (next?.type === 'inline' && (token.type === 'th_open' || token.type === 'td_open')) {
      writer.token(token, next);
      writer.cell(next.children ?? []);
      continue;
    }
    writer.token(token, next);
  }
  while (writer.lines.length > 0 && writer.lines[writer.lines.length - 1] === null) writer.lines.pop();
  return writer.lines;
}
