/** Paths to the shipped template and the read-only fixtures beside the repository. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const REPO = resolve(import.meta.dirname, '../..');
export const TEMPLATE_PATH = resolve(REPO, 'assets/avv-template.txt');
/** Public DPAs (EU standard clauses DE/EN, an English addendum), copied with their source lines. */
export const FIXTURES = `${resolve(REPO, 'test/fixtures/dpa')}/`;

export function readTemplate(): string {
  return readFileSync(TEMPLATE_PATH, 'utf8');
}

export function readFixture(name: string): string {
  return readFileSync(`${FIXTURES}${name}`, 'utf8');
}

export const FIXTURE_NAMES = ['dpa-eu-scc-2021-915-de.txt', 'dpa-eu-scc-2021-915-en.txt', 'dpa-processor-addendum-en.txt'] as const;
