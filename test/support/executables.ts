/** Finding external programs (Chromium, pandoc, LibreOffice, git) on this machine. */
import { existsSync } from 'node:fs';

export function findExecutable(candidates: readonly string[]): string | null {
  const dirs = (process.env['PATH'] ?? '').split(':');
  for (const candidate of candidates) {
    if (candidate.includes('/')) {
      if (existsSync(candidate)) return candidate;
      continue;
    }
    for (const dir of dirs) if (dir && existsSync(`${dir}/${candidate}`)) return `${dir}/${candidate}`;
  }
  return null;
}

export const isCi = (): boolean => /^(1|true|yes)$/iu.test(process.env['CI'] ?? '');
