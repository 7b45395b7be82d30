/**
 * `clausemark check <file | template>... [--json | --csv]`: the Art. 28 GDPR checklist of
 * one or many contracts. A DPO checking a folder of vendor DPAs gets one CSV row per
 * contract and item. JSON for one input is `{ items: [...] }`; for several it is
 * `{ contracts: [{ file, title, items }] }`, with `{ file, error }` for an input that could
 * not be read. An unreadable input is named on stderr and makes the exit code 1; the
 * others are still checked.
 */
import type { Contract, Translate } from '../../shared/contract';
import { applyChecklistOverrides, checkContract, describeChecklistReason, itemTitle, scoreOf, type ChecklistItemResult } from '../../shared/checklist';
import type { Translator } from '../../shared/i18n';
import { formatPercent } from '../../shared/text';
import { basename } from 'node:path';
import { internalError } from '../handlers/errorLog';
import { describeError } from './describeError';
import { jsonText } from './jsonText';
import type { HostError } from '../../shared/documents';

export type CheckFormat = 'text' | 'json' | 'csv';

export interface JsonItem {
  readonly id: string;
  readonly title: string;
  readonly status: 'covered' | 'weak' | 'missing';
  readonly clauses: readonly string[];
  readonly reason: string;
}

export type CheckInput =
  | { readonly file: string; readonly contract: Contract }
  | { readonly file: string; readonly error: HostError };

function jsonItems(items: readonly ChecklistItemResult[], t: Translate): JsonItem[] {
  return items.map((item) => ({ id: item.id, title: itemTitle(item.id, t), status: item.status, clauses: item.clauses, reason: describeChecklistReason(item.reason, t) }));
}

/** RFC 4180: quote a field that holds a comma, a quote or a line break, doubling its quotes. */
export function csvField(value: string): string {
  return /[",\r\n]/u.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

function text(file: string, contract: Contract, items: readonly ChecklistItemResult[], t: Translator): string {
  const score = scoreOf(applyChecklistOverrides(items, []));
  const lines = [
    `${contract.title || file} — ${file}`,
    t('check.score', { percent: formatPercent(score.percent, t.language), summary: t('checklist.summary', { covered: score.covered, weak: score.weak, missing: score.missing }) }),
    '',
  ];
  for (const item of items) {
    const clauses = item.clauses.length > 0 ? ` — ${item.clauses.join(', ')}` : '';
    lines.push(`${t(`checklist.symbol.${item.status}`)} ${t(`checklist.status.${item.status}`)}: ${itemTitle(item.id, t)} (${item.id})${clauses}`);
    lines.push(`    ${describeChecklistReason(item.reason, t)}`);
  }
  return `${lines.join('\n')}\n`;
}

/** Writes the checklist of every readable input; returns the exit code. */
export function writeChecks(inputs: readonly CheckInput[], format: CheckFormat, t: Translator, out: (text: string) => void, err: (text: string) => void, terminal = false): number {
  let code = 0;
  type Result = { readonly file: string; readonly error: string } | { readonly file: string; readonly contract: Contract; readonly items: readonly ChecklistItemResult[] };
  const checked = (result: Result): result is Extract<Result, { items: readonly ChecklistItemResult[] }> => 'items' in result;
  const results = inputs.map((input): Result => {
    if ('error' in input) {
      err(`clausemark: ${t('check.failed', { file: input.file, error: describeError(input.error, t) })}\n`);
      code = 1;
      return { file: input.file, error: describeError(input.error, t) };
    }
    try {
      return { file: input.file, contract: input.contract, items: checkContract(input.contract) };
    } catch (error) {
      const message = describeError(internalError('check', basename(input.file), error), t);
      err(`clausemark: ${t('check.failed', { file: input.file, error: message })}\n`);
      code = 1;
      return { file: input.file, error: message };
    }
  });

  if (format === 'json') {
    if (inputs.length === 1) {
      const only = results[0]!;
      if (checked(only)) out(jsonText({ items: jsonItems(only.items, t) }, terminal));
      return code;
    }
    const contracts = results.map((result) =>
      checked(result) ? { file: result.file, title: result.contract.title, items: jsonItems(result.items, t) } : { file: result.file, error: result.error },
    );
    out(jsonText({ contracts }, terminal));
    return code;
  }
  if (format === 'csv') {
    const rows = [t('check.header')];
    for (const result of results) {
      if (!checked(result)) continue;
      for (const item of jsonItems(result.items, t)) {
        rows.push([result.file, item.id, item.title, item.status, item.clauses.join('; '), item.reason].map(csvField).join(','));
      }
    }
    out(`${rows.join('\r\n')}\r\n`);
    return code;
  }
  out(
    results
      .filter(checked)
      .map((result) => text(result.file, result.contract, result.items, t))
      .join('\n'),
  );
  return code;
}
