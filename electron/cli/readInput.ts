/** The inputs of the command line: a path, or `template` for the AVV template the app ships. */
import { join } from 'node:path';
import type { LoadOptions } from '../../shared/documents';
import { importWarningMessage, type OpenedDocument } from '../../shared/host';
import type { Translator } from '../../shared/i18n';
import { findAssetsDir, TEMPLATE_FILE } from '../handlers/assets';
import { readDocument } from '../handlers/readDocument';
import { describeError } from './describeError';

export interface InputIo {
  readonly stderr: (text: string) => void;
  /** The bundle's folder, where the template is. */
  readonly scriptDir: string;
}

export function inputPath(input: string, scriptDir: string): string {
  return input === 'template' ? join(findAssetsDir(scriptDir), TEMPLATE_FILE) : input;
}

/**
 * Reads one input; where it cannot be read, says why on stderr and gives null. `warnings`:
 * also says on stderr what an import could not carry over as it was.
 */
export async function readInput(
  input: string,
  io: InputIo,
  t: Translator,
  { warnings = false, ...options }: LoadOptions & { readonly warnings?: boolean } = {},
): Promise<OpenedDocument | null> {
  const outcome = await readDocument(inputPath(input, io.scriptDir), options);
  if (outcome.status === 'failed') {
    io.stderr(`clausemark: ${describeError(outcome.error, t)}\n`);
    return null;
  }
  if (warnings) for (const warning of outcome.document.warnings ?? []) io.stderr(`clausemark: ${importWarningMessage(warning, t)}\n`);
  return outcome.document;
}
