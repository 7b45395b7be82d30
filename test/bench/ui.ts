/**
 * The UI's speed in Chromium through Playwright: first paint of outline and first clause,
 * keystroke-to-paint in the clause editor, heap after a large contract, long tasks while
 * scrolling outline and document, opening the Art. 28 checklist of a large contract and
 * comparing it with a negotiated version.
 */
import { writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchApp } from '../e2e/harness';
import { testHost, type TestHost } from '../support/handlers';
import { median, percentile, round } from './measure';

declare global {
  interface Window {
    __benchFirstPaint?: number;
    __benchLongTasks?: number[];
    __benchKeys?: number[];
  }
}

/** Installed before the app's scripts: notes when outline and first clause are first painted, and every long task. */
function probe(): void {
  window.__benchLongTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__benchLongTasks!.push(entry.duration);
  }).observe({ type: 'longtask', buffered: true });
  const observer = new MutationObserver(() => {
    if (window.__benchFirstPaint !== undefined) return;
    if (document.querySelector('nav.outline') && document.querySelector('[data-clause-id]')) {
      window.__benchFirstPaint = -1;
      requestAnimationFrame(() => {
        window.__benchFirstPaint = performance.now();
      });
    }
  });
  observer.observe(document, { childList: true, subtree: true });
}

/** Notes, for every keydown, the time until the frame that shows it has been painted. */
function listenForKeys(element: Element): void {
  window.__benchKeys = [];
  element.addEventListener('keydown', (event) => {
    const started = event.timeStamp;
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => window.__benchKeys!.push(performance.now() - started);
      channel.port2.postMessage(null);
    });
  });
}

/** Whoever is reviewing is known, so that acting does not first ask who it is. */
function asBenchReviewer(host: TestHost): void {
  void host.handlers.setPreferences({ author: { name: 'Bench', initials: 'B', color: '#1f5f8b' } });
}

/**
 * Until the opened contract is whole and its outline drawn: a document is shown from its first
 * part on, read only until the rest has come, so a flow that acts on it waits for this.
 */
async function untilWhole(page: Page): Promise<void> {
  await page.locator('nav.outline[aria-busy="false"]').waitFor({ timeout: 120_000 });
}

/**
 * `measure` in `runs` fresh windows on `file`, each once outline and first clause are painted and the contract is whole,
 * after one more window whose figure is dropped (a warm-up). `prepare` readies each window's host.
 */
async function inFreshWindows<T>(file: string, runs: number, measure: (page: Page) => Promise<T>, prepare?: (host: TestHost) => void): Promise<T[]> {
  const results: T[] = [];
  for (let run = 0; run <= runs; run++) {
    const host = await testHost();
    prepare?.(host);
    const app = await launchApp({ host, startupFile: file, initScript: probe });
    try {
      await app.page.waitForFunction(() => (window.__benchFirstPaint ?? -1) > 0, undefined, { timeout: 60_000 });
      await untilWhole(app.page);
      const result = await measure(app.page);
      if (run > 0) results.push(result);
    } finally {
      await app.close();
      await host.cleanup();
    }
  }
  return results;
}

/**
 * Clicks the button `selector` finds (the one whose text is `text`, if given) and measures
 * until the frame after `painted` matches, and the longest task meanwhile (reported a moment
 * after it ends, so the last one is waited for).
 */
function timeClick(page: Page, target: { readonly selector: string; readonly text?: string; readonly painted: string }): Promise<Timed> {
  return page.evaluate(
    ({ selector, text, painted }) =>
      new Promise<Timed>((done) => {
        window.__benchLongTasks = [];
        const buttons = [...document.querySelectorAll<HTMLButtonElement>(selector)];
        const button = text === undefined ? buttons.at(-1)! : buttons.find((candidate) => candidate.textContent === text)!;
        const started = performance.now();
        button.click();
        const check = () =>
          document.querySelector(painted)
            ? requestAnimationFrame(() => {
                const ms = performance.now() - started;
                setTimeout(() => done({ ms, longestMs: Math.max(0, ...window.__benchLongTasks!) }), 100);
              })
            : requestAnimationFrame(check);
        check();
      }),
    target,
  );
}

/**
 * From the window's start with `file` chosen to its outline and first clause painted (a DOCX
 * read and imported by the real handlers on the way), and the longest task until a moment
 * after the contract is whole: the median of `runs` fresh windows.
 */
export async function openFile(file: string, runs: number): Promise<Timed> {
  return medians(
    await inFreshWindows(file, runs, async (page) => {
      const ms = await page.evaluate(() => window.__benchFirstPaint!);
      await page.waitForTimeout(100);
      return { ms, longestMs: await page.evaluate(() => Math.max(0, ...window.__benchLongTasks!)) };
    }),
  );
}

/**
 * From a click on *Open…* on the start screen, with `file` chosen in the dialog, to its outline
 * and first clause painted: the reviewer's wait. The longest task runs on until the contract is
 * drawn whole (outline and right pane no longer busy), since the parts that arrive after the first
 * screen can freeze the window too. The median of `runs` fresh windows, after a warm-up window.
 */
export async function chooseFile(file: string, runs: number): Promise<Timed> {
  const results: Timed[] = [];
  for (let run = 0; run <= runs; run++) {
    const host = await testHost();
    host.dialogs.openAnswers.push(file);
    const app = await launchApp({ host, initScript: probe });
    try {
      const open = '.start-actions button.action:not(.primary)';
      await app.page.locator(open).waitFor({ timeout: 60_000 });
      const result = await app.page.evaluate(
        (selector) =>
          new Promise<Timed>((done, fail) => {
            window.__benchLongTasks = [];
            const started = performance.now();
            document.querySelector<HTMLButtonElement>(selector)!.click();
            let shown = false;
            let ms = -1;
            const whole = () => document.querySelector('nav.outline[aria-busy="false"]') !== null && document.querySelector('[aria-busy="true"]') === null;
            const step = () => {
              if (performance.now() - started > 120_000) return fail(new Error(`opening ${selector} did not end within two minutes`));
              // The frame after the one whose DOM first holds the clause: that one has been painted.
              if (shown && ms < 0) ms = performance.now() - started;
              if (!shown) shown = document.querySelector('nav.outline') !== null && document.querySelector('[data-clause-id]') !== null;
              if (ms >= 0 && whole()) return void setTimeout(() => done({ ms, longestMs: Math.max(0, ...window.__benchLongTasks!) }), 100);
              requestAnimationFrame(step);
            };
            requestAnimationFrame(step);
          }),
        open,
      );
      if (run > 0) results.push(result);
    } finally {
      await app.close();
      await host.cleanup();
    }
  }
  return medians(results);
}

/** A flow's time and its longest task (what froze the window longest meanwhile). */
export interface Timed {
  readonly ms: number;
  readonly longestMs: number;
}

function medians(results: readonly Timed[]): Timed {
  return { ms: round(median(results.map((result) => result.ms))), longestMs: round(median(results.map((result) => result.longestMs))) };
}

/** What typing measured: the p95 of keystroke to paint, and how many keys were painted a frame late or later. */
export interface Keystrokes {
  readonly p95Ms: number;
  /** Keys whose paint came more than one and a half frames (25 ms) after them: a frame missed. */
  readonly late: number;
  readonly keys: number;
}

/** Keystroke to paint in the editor of a clause of about 5000 characters, over `keys` keystrokes. */
export async function keystrokes(file: string, keys: number): Promise<Keystrokes> {
  const host = await testHost();
  await host.handlers.setPreferences({ author: { name: 'Bench', initials: 'B', color: '#1f5f8b' } });
  const app = await launchApp({ host, startupFile: file, initScript: probe });
  try {
    const { page } = app;
    await page.waitForFunction(() => (window.__benchFirstPaint ?? -1) > 0);
    await untilWhole(page);
    const clause = page.locator('[data-clause-id]').first();
    await clause.dblclick();
    const editor = page.locator('.text-editor textarea');
    await editor.waitFor();
    const length = await editor.evaluate((element) => (element as HTMLTextAreaElement).value.length);
    if (length < 4500) throw new Error(`the benchmark clause has ${length} characters, not about 5000`);
    await editor.evaluate(listenForKeys);
    return await typeInto(page, keys);
  } finally {
    await app.close();
    await host.cleanup();
  }
}

/**
 * Types `keys` keys and returns the p95 of keystroke to paint. Keys go out at a steady
 * 7 ms poll, not on the page's animation frames: a key sent right after a frame waits a
 * whole frame for the next one, which is the frame rate, not the editor.
 */
async function typeInto(page: Page, keys: number): Promise<Keystrokes> {
  for (let i = 0; i < keys; i++) {
    await page.keyboard.type(i % 12 === 11 ? ' ' : 'x');
    await page.waitForFunction((count) => window.__benchKeys!.length >= count, i + 1, { polling: 7 });
  }
  const samples = await page.evaluate(() => window.__benchKeys!);
  // The next frame is up to 16.7 ms away whatever the page does; a key painted later than 25 ms missed it.
  return { p95Ms: round(percentile(samples, 95)), late: samples.filter((ms) => ms > 25).length, keys: samples.length };
}

/** The same measurement in an empty text area of a blank page: what the browser and the method cost by themselves. */
export async function keystrokeFloor(keys: number): Promise<Keystrokes> {
  const app = await launchApp({ initScript: probe });
  try {
    const page = await app.context.newPage();
    await page.setContent('<textarea style="width: 600px; height: 400px"></textarea>');
    const area = page.locator('textarea');
    await area.focus();
    await area.evaluate(listenForKeys);
    return await typeInto(page, keys);
  } finally {
    await app.close();
  }
}

/** JS heap after loading `file`, after a garbage collection. */
export async function heap(file: string): Promise<number> {
  const app = await launchApp({ startupFile: file, initScript: probe });
  try {
    await app.page.waitForFunction(() => (window.__benchFirstPaint ?? -1) > 0, undefined, { timeout: 60_000 });
    await untilWhole(app.page);
    const session = await app.context.newCDPSession(app.page);
    await session.send('HeapProfiler.collectGarbage');
    const usage = (await session.send('Runtime.getHeapUsage')) as { usedSize: number };
    return round(usage.usedSize / 1024 / 1024);
  } finally {
    await app.close();
  }
}

/** Long tasks (> 50 ms) while scrolling the whole outline and the whole document. */
export async function scrolling(file: string): Promise<{ longTasks: number; longestMs: number }> {
  const app = await launchApp({ startupFile: file, initScript: probe });
  try {
    const { page } = app;
    await page.waitForFunction(() => (window.__benchFirstPaint ?? -1) > 0, undefined, { timeout: 60_000 });
    await untilWhole(page);
    await page.evaluate(() => (window.__benchLongTasks = []));
    for (const pane of ['.outline', '.reader']) {
      await page.evaluate(async (selector) => {
        const element = document.querySelector(selector)!;
        for (let top = 0; top <= element.scrollHeight; top += Math.max(200, element.clientHeight * 0.8)) {
          element.scrollTop = top;
          await new Promise((done) => requestAnimationFrame(() => done(null)));
        }
      }, pane);
    }
    // The TOM annex, browsed on its own, is the longest list of all.
    await page.locator('nav.outline button', { hasText: /Anlage III/u }).click();
    await page.waitForSelector('.reader [data-tom-id]');
    await page.evaluate(async () => {
      const element = document.querySelector('.reader')!;
      for (let top = 0; top <= element.scrollHeight; top += Math.max(200, element.clientHeight * 0.8)) {
        element.scrollTop = top;
        await new Promise((done) => requestAnimationFrame(() => done(null)));
      }
    });
    const tasks = await page.evaluate(() => window.__benchLongTasks!);
    return { longTasks: tasks.filter((duration) => duration > 50).length, longestMs: round(Math.max(0, ...tasks)) };
  } finally {
    await app.close();
  }
}

/**
 * From a click on the Art. 28 checklist view to its items painted, on `file` (the check of
 * the whole contract runs then, in the renderer): the median of `runs` fresh windows.
 */
export async function openChecklist(file: string, runs: number): Promise<number> {
  const times = await inFreshWindows(file, runs, async (page) => (await timeClick(page, { selector: '.view-switch .view-tab', painted: '.checklist > li' })).ms);
  return round(median(times));
}

/** From a click on *Report* to the report drawn to its end (no longer busy), and the longest task meanwhile: the median of fresh windows. */
export async function openReport(file: string, runs: number): Promise<Timed> {
  const results = await inFreshWindows(file, runs, async (page) => {
    // *Report…* sits behind the title bar's More button; opening that is not counted.
    await page.click('.topbar .more-button');
    return timeClick(page, { selector: '.topbar .report-button', painted: 'main.report[aria-busy="false"]' });
  });
  return medians(results);
}

/** Compare… → choose `other` → its file read in the dialog (not counted). */
async function chooseOther(page: Page, other: string): Promise<void> {
  await page.getByRole('button', { name: 'Compare…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Compare' });
  await dialog.getByRole('button', { name: 'Choose file…' }).click();
  await dialog.getByText(basename(other)).waitFor({ timeout: 60_000 });
}

/**
 * From a click on *Compare* (the current contract against `other`, chosen in the dialog) to
 * the comparison's rows painted, and the longest task meanwhile: the median of `runs` fresh
 * windows. Reading `other` happens before the click, in the dialog, and is not counted.
 */
export async function openComparison(file: string, other: string, runs: number): Promise<Timed> {
  const results = await inFreshWindows(
    file,
    runs,
    async (page) => {
      await chooseOther(page, other);
      return timeClick(page, { selector: '[role="dialog"] button', text: 'Compare', painted: '.compare-rows .compare-row' });
    },
    (host) => host.dialogs.openAnswers.push(other),
  );
  return medians(results);
}

/**
 * From confirming *Adopt as tracked changes* of a comparison with `other` to the review
 * painted with its Changes list, and the longest task meanwhile: the median of fresh windows.
 * Comparing and opening the dialog are not counted.
 */
export async function adoptComparison(file: string, other: string, runs: number): Promise<Timed> {
  const results = await inFreshWindows(
    file,
    runs,
    async (page) => {
      await chooseOther(page, other);
      await page.getByRole('dialog', { name: 'Compare' }).getByRole('button', { name: 'Compare', exact: true }).click();
      await page.getByRole('button', { name: 'Adopt as tracked changes…' }).click();
      const dialog = page.getByRole('dialog', { name: 'Adopt as tracked changes' });
      // A text answer names nobody: whose its edits are is the user's to say.
      await dialog.getByLabel('Author of their untracked edits and decisions').fill('Provider GmbH');
      return timeClick(page, { selector: '[role="dialog"] button', text: 'Adopt', painted: '.change-list .change-entry' });
    },
    (host) => {
      host.dialogs.openAnswers.push(other);
      asBenchReviewer(host);
    },
  );
  return medians(results);
}

/**
 * From a click on *Export…* (tracked changes, the dialog's defaults) to "Saved" shown, and the
 * longest task meanwhile: the median of fresh windows. The DOCX is written by the real handler.
 */
export async function exportDocx(file: string, folder: string, runs: number): Promise<Timed> {
  let written = 0;
  const results = await inFreshWindows(
    file,
    runs,
    async (page) => {
      await page.getByRole('button', { name: 'Export DOCX…' }).click();
      await page.getByRole('dialog', { name: 'Export as Word document' }).waitFor();
      return timeClick(page, { selector: 'dialog.export-dialog button', text: 'Export…', painted: '.export-status [role="status"]' });
    },
    (host) => {
      host.dialogs.saveAnswers.push(join(folder, `export-${written++}.docx`));
      asBenchReviewer(host);
    },
  );
  return medians(results);
}

/**
 * From confirming *Accept all shown* on the Changes tab of `file` (a review with thousands of
 * pending changes) to the list painted empty, and the longest task meanwhile: the median of
 * fresh windows. Opening the tab and asking is not counted.
 */
export async function decideAll(file: string, runs: number): Promise<Timed> {
  const results = await inFreshWindows(
    file,
    runs,
    async (page) => {
      await page.getByRole('tab', { name: /Changes/u }).click();
      await page.getByRole('button', { name: /Accept all shown/u }).click();
      return timeClick(page, { selector: '.change-list .rationale-form button[type="submit"]', painted: '.change-list:not(:has(.change-entry)) .change-nav' });
    },
    asBenchReviewer,
  );
  return medians(results);
}

export async function writeLongClauseContract(text: string, folder: string): Promise<string> {
  // The first clause of §1 grows to about 5000 characters for the keystroke measurement.
  const marker = '\n1. ';
  const at = text.indexOf(marker);
  const end = text.indexOf('\n', at + marker.length);
  const clause = text.slice(at + marker.length, end);
  let long = clause;
  while (long.length < 5000) long += ` ${clause}`;
  const path = join(folder, 'long-clause.txt');
  await writeFile(path, `${text.slice(0, at + marker.length)}${long.slice(0, 5000)}${text.slice(end)}`);
  return path;
}
