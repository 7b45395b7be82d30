/**
 * The packaged shape of the app in a real Electron, where its binary exists. Electron
 * downloads its binary on the first `npm start`; on a machine without it (such as the CI
 * build machine, which has no network) this test says that it skipped and why.
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { _electron } from 'playwright-core';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const PACKAGE = join(ROOT, 'node_modules/electron');

/** The binary's path without `require('electron')`, which would try to download it. */
function electronBinary(): string | null {
  const pathFile = join(PACKAGE, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(PACKAGE, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

const binary = electronBinary();
if (!binary) {
  console.warn('SKIPPED the Electron end-to-end test: no Electron binary in node_modules/electron/dist (it is downloaded on the first `npm start`).');
}

describe.skipIf(!binary)('the app in Electron', () => {
  it('opens a sandboxed, context-isolated window that shows the start screen and opens the template', async () => {
    const userData = await mkdtemp(join(tmpdir(), 'clausemark-electron-'));
    const app = await _electron.launch({
      executablePath: binary!,
      args: [ROOT, `--user-data-dir=${userData}`, '--no-sandbox'],
      env: { ...process.env, ELECTRON_ENABLE_LOGGING: '1' },
    });
    try {
      const window = await app.firstWindow();
      await window.getByRole('button', { name: /AVV/u }).first().waitFor();
      expect(await window.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
      expect(await window.evaluate(() => typeof (globalThis as { process?: unknown }).process)).toBe('undefined');
      // Context isolation: the bridge arrives as a frozen copy, and the page has no Node.
      expect(await window.evaluate(() => Object.isFrozen((globalThis as { clausemark?: object }).clausemark))).toBe(true);
      expect(await window.evaluate(() => typeof (globalThis as { module?: unknown }).module)).toBe('undefined');
      await window.getByRole('button', { name: /AVV/u }).first().click();
      await window.getByRole('navigation').waitFor();
      expect(await window.getByRole('navigation').getByRole('button').count()).toBe(15);
    } finally {
      await app.close();
      await rm(userData, { recursive: true, force: true });
    }
  });
});
