/** Where the shipped assets are: beside the source in development, beside the bundle when built. */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const TEMPLATE_FILE = 'avv-template.txt';

/** `from` is the running bundle's folder; packaged, the assets sit in the resources folder beside `app.asar`. */
export function findAssetsDir(from: string): string {
  const candidates = [
    resolve(from, '../../assets'),
    resolve(from, '../assets'),
    resolve(from, 'assets'),
    resolve(from, '../../../assets'),
  ];
  return candidates.find((candidate) => existsSync(join(candidate, TEMPLATE_FILE))) ?? candidates[0]!;
}
