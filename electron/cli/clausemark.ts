/**
 * `clausemark`, the command line. Runs under plain Node (never the `electron` module) on
 * the same handlers and `shared/` code as the app. Exit codes: 0 done, 1 the input is
 * unusable (one clear line on stderr), 2 wrong usage.
 */
import { basename } from 'node:path';
import type { Contract, Language } from '../../shared/contract';
import { countByParty } from '../../shared/toms';
import { LANGUAGES, languageOf, translator, type Translator } from '../../shared/i18n';
import { internalError, useErrorLog } from '../handlers/errorLog';
import { readDocument } from '../handlers/readDocument';
import type { CheckInput } from './check';
import { describeError } from './describeError';
import { jsonText } from './jsonText';
import { inputPath, readInput } from './readInput';
import { jsonSafe, terminalSafe } from './terminalText';

export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** The folder of the running script, to find the shipped template. */
  readonly scriptDir: string;
  /** Whether stdout is a terminal: JSON is indented for a person there, compact elsewhere. */
  readonly terminal?: boolean;
}


class UsageError extends Error {}

interface ParsedArguments {
  readonly command: string;
  readonly inputs: readonly string[];
  readonly flags: ReadonlySet<string>;
  /** Options with a value (`--out file.docx` or `--out=file.docx`). */
  readonly values: ReadonlyMap<string, string>;
}

const FLAGS: Record<string, readonly string[]> = {
  parse: ['--json'],
  check: ['--json', '--csv'],
  export: ['--clean', '--include-internal', '--tom-table', '--cover'],
  import: [],
  compare: ['--json', '--ignore-case', '--ignore-punctuation'],
  merge: [],
};
const VALUES: Record<string, readonly string[]> = { export: ['--out', '--author', '--title', '--language'], import: ['--out'], compare: ['--out', '--author'], merge: ['--out', '--author'] };
/** How many inputs each command takes (`max` null: any number), and what to say when they are wrong. */
const INPUTS: Record<string, { readonly min: number; readonly max: number | null; readonly missing: string }> = {
  parse: { min: 1, max: 1, missing: 'cli.missingFile' },
  check: { min: 1, max: null, missing: 'cli.missingFile' },
  export: { min: 1, max: 1, missing: 'cli.missingFile' },
  import: { min: 1, max: 1, missing: 'cli.missingFile' },
  compare: { min: 2, max: 2, missing: 'compare.cli.missingFiles' },
  merge: { min: 2, max: 2, missing: 'cli.mergeMissingFiles' },
};
/** Options a command cannot do without. */
const REQUIRED: Record<string, readonly string[]> = { export: ['--out'], import: ['--out'], merge: ['--out'] };

function parseArguments(argv: readonly string[], t: Translator): ParsedArguments {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') throw new UsageError('');
  const allowed = FLAGS[command];
  if (!allowed) throw new UsageError(t('cli.unknownCommand', { command }));
  const valued = VALUES[command] ?? [];
  const flags = new Set<string>();
  const values = new Map<string, string>();
  const inputs: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const argument = rest[i]!;
    if (!argument.startsWith('--')) {
      inputs.push(argument);
      continue;
    }
    const [option = '', inline] = argument.split(/=(.*)/su);
    if (valued.includes(option)) {
      const value = inline ?? rest[++i];
      if (value === undefined || value === '' || (inline === undefined && value.startsWith('--'))) throw new UsageError(t('cli.missingValue', { option }));
      values.set(option, value);
    } else if (allowed.includes(argument)) flags.add(argument);
    else throw new UsageError(t('cli.unknownOption', { option: argument }));
  }
  const expected = INPUTS[command]!;
  if (inputs.length < expected.min || (expected.max !== null && inputs.length > expected.max)) throw new UsageError(t(expected.missing));
  if (flags.has('--json') && flags.has('--csv')) throw new UsageError(t('check.oneFormat'));
  if ((REQUIRED[command] ?? []).includes('--out') && !values.has('--out')) throw new UsageError(t('cli.missingOut'));
  const language = values.get('--language');
  if (language !== undefined && !(LANGUAGES as readonly string[]).includes(language)) throw new UsageError(t('cli.invalidValue', { option: '--language', values: LANGUAGES.join(', ') }));
  return { command, inputs, flags, values };
}

function outline(contract: Contract, t: Translator): string {
  const lines: string[] = [contract.title];
  if (contract.date) lines.push(contract.date);
  if (contract.parties.length > 0) {
    lines.push('', `${t('cli.parties')}:`);
    for (const party of contract.parties) lines.push(`  ${party.roleLabel}: ${[party.name, ...party.address].join(', ')}`);
  }
  if (contract.sections.length > 0) {
    lines.push('', `${t('cli.sections')}:`);
    for (const section of contract.sections) {
      const label = section.label === '' ? section.number : section.label;
      lines.push(`  ${label} ${section.title} (${t('outline.clauses', { count: section.clauses.length })})`);
    }
  }
  if (contract.annexes.length > 0) {
    lines.push('', `${t('cli.annexes')}:`);
    for (const annex of contract.annexes) {
      const count = annex.isTomAnnex
        ? t('outline.measures', { count: contract.toms.length })
        : t('outline.items', { count: annex.items.length });
      lines.push(`  ${annex.label} ${annex.title} (${count})`);
    }
  }
  if (contract.toms.length > 0) {
    const counts = countByParty(contract.toms);
    const categories = new Set(contract.toms.map((tom) => `${tom.category.number} ${tom.category.title}`)).size;
    lines.push(
      '',
      `${t('cli.measures')}: ${contract.toms.length} ${t('cli.categories', { count: categories })}`,
      `  ${t('cli.responsibilities', counts)}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

async function checkCommand(inputs: readonly string[], flags: ReadonlySet<string>, io: CliIo, t: Translator): Promise<number> {
  const read: CheckInput[] = [];
  // Each input on its own: one that fails, for whatever reason, leaves the others checked.
  for (const input of inputs) {
    try {
      const outcome = await readDocument(inputPath(input, io.scriptDir), { keepDocument: false });
      if (outcome.status === 'opened') read.push({ file: input, contract: outcome.document.review.contract });
      else read.push({ file: input, error: outcome.error });
    } catch (error) {
      read.push({ file: input, error: internalError('check', basename(input), error) });
    }
  }
  const format = flags.has('--json') ? 'json' : flags.has('--csv') ? 'csv' : 'text';
  const { writeChecks } = await import('./check');
  return writeChecks(read, format, t, io.stdout, io.stderr, io.terminal === true);
}

async function parseCommand(input: string, json: boolean, io: CliIo, t: Translator): Promise<number> {
  const opened = await readInput(input, io, t, { keepDocument: false, warnings: true });
  if (!opened) return 1;
  const contract = opened.review.contract;
  io.stdout(json ? jsonText(contract, io.terminal === true) : outline(contract, t));
  return 0;
}

export async function runCli(argv: readonly string[], given: CliIo): Promise<number> {
  // Every word printed may come from a contract: JSON escapes what a terminal would obey, plain text shows it.
  const json = argv.includes('--json');
  const io: CliIo = { ...given, stdout: (text) => given.stdout(json ? jsonSafe(text) : terminalSafe(text)), stderr: (text) => given.stderr(terminalSafe(text)) };
  const t = translator(languageOf(io.env['LC_ALL'] || io.env['LC_MESSAGES'] || io.env['LANG']));
  const errorLog = io.env['CLAUSEMARK_ERROR_LOG'];
  if (errorLog) useErrorLog(errorLog);
  let parsed: ParsedArguments;
  try {
    parsed = parseArguments(argv, t);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    if (error.message) io.stderr(`clausemark: ${error.message}\n\n`);
    (error.message ? io.stderr : io.stdout)(`${t('cli.usage')}\n`);
    return error.message ? 2 : 0;
  }
  try {
    if (parsed.command === 'check') return await checkCommand(parsed.inputs, parsed.flags, io, t);
    if (parsed.command === 'compare') {
      const options = { ignoreCase: parsed.flags.has('--ignore-case'), ignorePunctuation: parsed.flags.has('--ignore-punctuation') };
      const request = { old: parsed.inputs[0]!, new: parsed.inputs[1]!, json: parsed.flags.has('--json'), options, out: parsed.values.get('--out') ?? null, author: parsed.values.get('--author') ?? null };
      const { compareCommand } = await import('./compareCommand');
      return await compareCommand(request, io, t);
    }
    if (parsed.command === 'merge') {
      const { mergeCommand } = await import('./mergeCommand');
      return await mergeCommand({ review: parsed.inputs[0]!, answer: parsed.inputs[1]!, out: parsed.values.get('--out')!, author: parsed.values.get('--author') ?? null }, io, t);
    }
    const input = parsed.inputs[0]!;
    const commandIo = { ...io, now: () => new Date().toISOString() };
    if (parsed.command === 'export') {
      const choices = {
        mode: parsed.flags.has('--clean') ? 'clean' : 'redline',
        includeInternal: parsed.flags.has('--include-internal'),
        tomLayout: parsed.flags.has('--tom-table') ? 'table' : 'text',
        coverPage: parsed.flags.has('--cover'),
        author: parsed.values.get('--author') ?? '',
        title: parsed.values.get('--title') ?? '',
        ...(parsed.values.has('--language') ? { language: parsed.values.get('--language') as Language } : {}),
      } as const;
      const { exportCommand } = await import('./docxCommands');
      return await exportCommand(input, parsed.values.get('--out')!, choices, commandIo, t);
    }
    if (parsed.command === 'import') {
      const { importCommand } = await import('./docxCommands');
      return await importCommand(input, parsed.values.get('--out')!, commandIo, t);
    }
    return await parseCommand(input, parsed.flags.has('--json'), io, t);
  } catch (error) {
    // Not the input's fault: said as Clausemark's own error, the stack in the log, never on the terminal.
    io.stderr(`clausemark: ${describeError(internalError(parsed.command, parsed.inputs.length === 1 ? basename(parsed.inputs[0]!) : undefined, error), t)}\n`);
    return 1;
  }
}
