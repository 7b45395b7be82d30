/**
 * The real readers of DOCX files the tests check exports against: pandoc (with
 * `--track-changes=accept|reject|all`) and LibreOffice (converting to flat ODF, where
 * tracked changes are `text:tracked-changes` and comments `office:annotation`).
 * LibreOffice runs with a profile of its own, so it never meets another running instance.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { findExecutable } from './tools';

export const PANDOC = findExecutable(['pandoc']);
export const SOFFICE = findExecutable(['soffice', 'libreoffice']);
/** Debian's python3 with the UNO bridge (`python3-uno`); another python on PATH may not have it. */
export const PYTHON_UNO = ((): string | null => {
  const python = findExecutable(['/usr/bin/python3']);
  if (!python) return null;
  return spawnSync(python, ['-c', 'import uno'], { stdio: 'ignore' }).status === 0 ? python : null;
})();

function run(command: string, args: readonly string[], timeout = 120_000): string {
  const result = spawnSync(command, args, { encoding: 'utf8', timeout, maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`${basename(command)} ${args.join(' ')} failed (${result.status}): ${result.stderr}`);
  return result.stdout;
}

/** The document as plain text; standalone, so the title (which pandoc takes as metadata) is in it. */
export function pandocText(file: string, changes: 'accept' | 'reject' | 'all'): string {
  return run(PANDOC!, [`--track-changes=${changes}`, '-t', 'plain', '--standalone', '--wrap=none', file]);
}

export interface PandocSpan {
  readonly kind: string;
  readonly author: string;
  readonly date: string;
  readonly text: string;
}

type Node = unknown;

function inlineText(node: Node): string {
  if (Array.isArray(node)) return node.map(inlineText).join('');
  if (!node || typeof node !== 'object') return '';
  const { t, c } = node as { t?: string; c?: unknown };
  if (t === 'Str') return String(c);
  if (t === 'Space' || t === 'SoftBreak' || t === 'LineBreak') return ' ';
  return inlineText(c as Node);
}

/** Insertions, deletions and comments as pandoc reads them (`--track-changes=all`). */
export function pandocSpans(file: string): PandocSpan[] {
  const ast = JSON.parse(run(PANDOC!, ['--track-changes=all', '-t', 'json', file])) as { blocks: Node };
  const spans: PandocSpan[] = [];
  const walk = (node: Node): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    const { t, c } = node as { t?: string; c?: unknown };
    if (t === 'Span' && Array.isArray(c)) {
      const [[, classes, attributes], inlines] = c as [[string, string[], [string, string][]], Node];
      const attribute = (name: string) => attributes.find(([key]) => key === name)?.[1] ?? '';
      for (const kind of classes) spans.push({ kind, author: attribute('author'), date: attribute('date'), text: inlineText(inlines) });
    }
    walk(c as Node);
  };
  walk(ast.blocks);
  return spans;
}

const FILTERS = { fodt: 'fodt', docx: 'docx:MS Word 2007 XML', pdf: 'pdf:writer_pdf_Export' } as const;

/** Converts with a private LibreOffice profile; returns the converted file's path. */
export function libreOfficeConvert(file: string, format: keyof typeof FILTERS): string {
  return libreOfficeConvertAll([file], format)[0]!;
}

/** Converts several files with one start of LibreOffice (most of a conversion's time); their names must differ. */
export function libreOfficeConvertAll(files: readonly string[], format: keyof typeof FILTERS): string[] {
  const folder = mkdtempSync(join(tmpdir(), 'clausemark-lo-'));
  run(SOFFICE!, ['--headless', '--nologo', '--norestore', `-env:UserInstallation=file://${folder}/profile`, '--convert-to', FILTERS[format], '--outdir', folder, ...files]);
  return files.map((file) => join(folder, basename(file).replace(/\.[^.]+$/u, `.${format}`)));
}

export function libreOfficeFlat(file: string): string {
  return readFileSync(libreOfficeConvert(file, 'fodt'), 'utf8');
}
