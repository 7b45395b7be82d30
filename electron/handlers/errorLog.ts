/**
 * Where an error of Clausemark's own goes: the user reads one line that says what happened to
 * which file and where the details are; the name, message and stack go to a log file. The app
 * keeps it in its logs folder; the command line in the system's temporary folder, or wherever
 * `CLAUSEMARK_ERROR_LOG` says (both through `useErrorLog`).
 */
import { appendFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { HostError } from '../../shared/documents';

let configured: string | null = null;

/** Where the log is: the app's `logs` folder, or the command line's `CLAUSEMARK_ERROR_LOG`. */
export function useErrorLog(path: string): void {
  configured = path;
}

export function errorLogPath(): string {
  return configured ?? join(tmpdir(), 'clausemark', 'errors.log');
}

/** The error's kind and message, in one short line (never the stack). */
export function errorSummary(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  const line = text.replace(/\s+/gu, ' ').trim();
  return line.length > 160 ? `${line.slice(0, 159)}…` : line;
}

/**
 * Writes what went wrong while doing `operation` with `file` to the log, and returns the
 * host error the user reads. If even the log cannot be written, the error says so by naming no log.
 */
export function internalError(operation: string, file: string | undefined, error: unknown): HostError {
  const path = errorLogPath();
  let logged = true;
  try {
    mkdirSync(dirname(path), { recursive: true });
    const stack = error instanceof Error ? (error.stack ?? errorSummary(error)) : String(error);
    appendFileSync(path, `${new Date().toISOString()} ${operation}${file ? ` “${file}”` : ''}\n${stack}\n\n`);
  } catch {
    logged = false;
  }
  return { code: 'internal', ...(file === undefined ? {} : { file }), detail: errorSummary(error), ...(logged ? { log: path } : {}) };
}
