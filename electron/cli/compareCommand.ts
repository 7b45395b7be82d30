/**
 * `clausemark compare <old> <new>`: both files read as the app reads them (a review file
 * compares as its current text), compared clause by clause, printed as text or as the
 * JSON of the README.
 */
import { basename, join } from 'node:path';
import { comparisonJson } from '../../shared/compare/json';
import { comparisonReport } from '../../shared/compare/report';
import { compareContracts } from '../../shared/compare/compareContracts';
import type { CompareOptions } from '../../shared/compare/model';
import type { Contract } from '../../shared/contract/model';
import type { HostError } from '../../shared/host/hostApi';
import type { translator } from '../../shared/i18n';
import { findAssetsDir, TEMPLATE_FILE } from '../handlers/assets';
import { readDocument } from '../handlers/readDocument';
import { describeError } from './describeError';

type Translate = ReturnType<typeof translator>;

export interface CompareRequest {
  readonly old: string;
  readonly new: string;
  readonly json: boolean;
  readonly options: CompareOptions;
  /** Where to write the redline as DOCX; refused until the DOCX export exists (issue 6). */
  readonly out: string | null;
  readonly author: string | null;
}

interface Io {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly scriptDir: string;
}

async function load(input: string, io: Io, t: Translate): Promise<{ contract: Contract; name: string } | null> {
  const path = input === 'template' ? join(findAssetsDir(io.scriptDir), TEMPLATE_FILE) : input;
  const outcome = await readDocument(path);
  if (outcome.status === 'opened') return { contract: outcome.document.review.contract, name: basename(path) };
  const error: HostError = outcome.status === 'failed' ? outcome.error : { code: 'invalid-request' };
  io.stderr(`clausemark: ${describeError(error, t)}\n`);
  return null;
}

export async function compareCommand(request: CompareRequest, io: Io, t: Translate): Promise<number> {
  if (request.out !== null) {
    io.stderr(`clausemark: ${t('compare.cli.outNotYet')}\n`);
    return 2;
  }
  const old = await load(request.old, io, t);
  if (!old) return 1;
  const next = await load(request.new, io, t);
  if (!next) return 1;
  const comparison = compareContracts(old.contract, next.contract, request.options);
  io.stdout(request.json ? `${JSON.stringify(comparisonJson(comparison), null, 2)}\n` : comparisonReport(comparison, { old: old.name, new: next.name }, t));
  return 0;
}
