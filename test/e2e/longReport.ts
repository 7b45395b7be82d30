/** The review report of a long contract (300 clauses from the template), as the report's end-to-end tests open it. */
import { writeFile } from 'node:fs/promises';
import { largeContract } from '../bench/generate';
import { readTemplate } from '../support/files';
import { testHost, type TestHost } from '../support/handlers';
import { launchApp, type E2eApp } from './harness';

/** Launches the app on the contract, opens *Report…* from the toolbar and waits until the report is drawn whole. */
export async function openLongReport(): Promise<{ readonly host: TestHost; readonly app: E2eApp }> {
  const host = await testHost();
  const path = `${host.workDir}/framework.txt`;
  await writeFile(path, largeContract(readTemplate(), 300));
  const app = await launchApp({ host, startupFile: path });
  try {
    await app.page.getByRole('button', { name: 'More' }).click({ timeout: 60_000 });
    await app.page.getByRole('button', { name: 'Report…' }).click();
    await app.page.locator('main.report[aria-busy="false"]').waitFor({ timeout: 60_000 });
    return { host, app };
  } catch (error) {
    await app.close();
    await host.cleanup();
    throw error;
  }
}
