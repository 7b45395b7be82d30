/**
 * The README's set-up is what someone who just cloned the repository follows: the Node the app
 * needs, every tool the tests need, and the licence. Each is held against the file that decides it.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const read = (path: string) => readFileSync(resolve(root, path), 'utf8');
const readme = read('README.md');
const setUp = readme.slice(readme.indexOf('## Set up'), readme.indexOf('\n## ', readme.indexOf('## Set up') + 1));

describe('the README’s set-up', () => {
  it('comes right after the first screenshot', () => {
    const firstHeading = readme.indexOf('\n## ');
    expect(readme.indexOf('![')).toBeLessThan(firstHeading);
    expect(readme.slice(firstHeading + 1)).toMatch(/^## Set up\n/u);
  });

  it('asks for the Node that Electron requires to run the app', () => {
    const electron = JSON.parse(readFileSync(createRequire(import.meta.url).resolve('electron/package.json'), 'utf8')) as { engines: { node: string } };
    const [major, minor] = /(\d+)\.(\d+)/u.exec(electron.engines.node)!.slice(1);
    expect(setUp).toContain(`Node ${major}.${minor} or newer`);
    const own = JSON.parse(read('package.json')) as { engines: { node: string } };
    expect(setUp).toContain(`Node ${own.engines.node.replace(/^>=\s*/u, '')} or newer`);
  });

  it('names every Debian package CI installs for the tests, in one install line', () => {
    const packages = [...read('.ci/run').matchAll(/packages\+=\(([\w.-]+)\)/gu)].map((match) => match[1]!);
    expect(packages.length).toBeGreaterThan(3);
    const installLine = setUp.split('\n').find((line) => line.includes('apt-get install chromium'));
    expect(installLine?.split(/\s+/u)).toEqual(expect.arrayContaining(packages));
  });

  it('has a LICENSE file of the licence package.json names', () => {
    const { license } = JSON.parse(read('package.json')) as { license: string };
    expect(read('LICENSE').split('\n')[0]).toBe(`${license} License`);
  });
});
