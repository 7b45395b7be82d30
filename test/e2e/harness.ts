/**
 * The real renderer in a real Chromium, driving the real handlers of `electron/`: the
 * built page is served on loopback with the app's CSP, and every `HostApi` method is
 * exposed to the page through Playwright's `exposeBinding`, as preload does over IPC.
 */
import { createServer, type Server } from 'node:http';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { CONTENT_SECURITY_POLICY } from '../../shared/host/contentSecurityPolicy';
import { HOST_GLOBAL, HOST_METHODS } from '../../shared/host/hostApi';
import { REPORT_PAGE } from '../../electron/handlers/reportPdf';
import { testHost, type TestHost } from '../support/handlers';
import { findExecutable } from '../support/executables';
import type { AppCommand } from '../../shared/keyboard/commands';

export const CHROMIUM = findExecutable([process.env['CHROMIUM_PATH'] ?? '', '/usr/bin/chromium', '/usr/bin/chromium-browser', 'chromium'].filter(Boolean));
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const RENDERER = resolve(import.meta.dirname, '../../dist/renderer');
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.map': 'application/json' };

async function serveRenderer(): Promise<{ server: Server; url: string }> {
  if (!existsSync(join(RENDERER, 'index.html'))) throw new Error('dist/renderer is missing: run `npm run build` before the end-to-end tests (npm test does).');
  const server = createServer((request, response) => {
    const pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
    const path = normalize(join(RENDERER, decodeURIComponent(pathname === '/' ? '/index.html' : pathname)));
    if (!path.startsWith(RENDERER + sep)) {
      response.writeHead(404).end();
      return;
    }
    readFile(path).then(
      (body) => response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream', 'content-security-policy': CONTENT_SECURITY_POLICY }).end(body),
      () => response.writeHead(404).end(),
    );
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  return { server, url: `http://127.0.0.1:${address.port}/` };
}

export interface E2eApp {
  readonly page: Page;
  readonly context: BrowserContext;
  readonly host: TestHost;
  readonly url: string;
  /** Sends a menu command as the native menu would. */
  command(command: AppCommand): Promise<void>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  readonly language?: 'de' | 'en';
  readonly host?: TestHost;
  /** A file the app opens on start, as if named on the command line. */
  readonly startupFile?: string;
  /** Runs in the page before the app's own scripts (e.g. to take timings). */
  readonly initScript?: () => void;
}

export async function launchApp(options: LaunchOptions = {}): Promise<E2eApp> {
  if (!CHROMIUM) throw new Error('Chromium not found');
  const host = options.host ?? (await testHost());
  const { server, url } = await serveRenderer();
  const profile = await mkdtemp(join(tmpdir(), 'clausemark-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_FLAGS,
    viewport: { width: 1440, height: 900 },
    locale: options.language === 'de' ? 'de-DE' : 'en-GB',
    deviceScaleFactor: 1,
  });
  // Arguments and results cross as JSON text, as a stand-in for Electron's structured clone:
  // Playwright's own serialiser takes most of a second for a 1000-clause contract.
  for (const method of HOST_METHODS) {
    await context.exposeBinding(`__clausemark_${method}`, async (_source, json: unknown) => {
      const args = JSON.parse(String(json)) as unknown[];
      const result = await (host.handlers[method] as (...input: unknown[]) => Promise<unknown>)(...args);
      return result === undefined ? undefined : JSON.stringify(result);
    });
  }
  await context.addInitScript(
    ({ methods, global }) => {
      const bindings = window as unknown as Record<string, (json: string) => Promise<string | undefined>>;
      const api: Record<string, unknown> = {};
      for (const method of methods) {
        api[method] = async (...args: unknown[]) => {
          const result = await bindings[`__clausemark_${method}`]!(JSON.stringify(args));
          return result === undefined ? undefined : (JSON.parse(result) as unknown);
        };
      }
      api['onCommand'] = (listener: (command: string) => void) => {
        const handle = (event: Event) => listener((event as CustomEvent<string>).detail);
        window.addEventListener('clausemark-command', handle);
        return () => window.removeEventListener('clausemark-command', handle);
      };
      (window as unknown as Record<string, unknown>)[global] = api;
    },
    { methods: [...HOST_METHODS], global: HOST_GLOBAL },
  );
  if (options.initScript) await context.addInitScript(options.initScript);
  if (options.startupFile) host.handlers.setStartupFile(options.startupFile);
  const page = context.pages()[0] ?? (await context.newPage());
  // The app prints its window with Electron's `printToPDF`; here the same Chromium prints the page.
  host.setPrinter(async () => {
    const { pageSize, margins, printBackground, displayHeaderFooter, headerTemplate, footerTemplate, tagged, outline } = REPORT_PAGE;
    const inches = (value: number) => `${value}in`;
    return page.pdf({
      format: pageSize,
      margin: { top: inches(margins.top), bottom: inches(margins.bottom), left: inches(margins.left), right: inches(margins.right) },
      printBackground,
      displayHeaderFooter,
      headerTemplate,
      footerTemplate,
      tagged,
      outline,
    });
  });
  await page.goto(url);
  return {
    page,
    context,
    host,
    url,
    async command(command) {
      await page.evaluate((detail) => window.dispatchEvent(new CustomEvent('clausemark-command', { detail })), command);
    },
    async close() {
      await context.close();
      await new Promise((done) => server.close(done));
      await rm(profile, { recursive: true, force: true });
      host.setPrinter(null);
      if (!options.host) await host.cleanup();
    },
  };
}

export const SCREENSHOTS = resolve(import.meta.dirname, '../../test-results/screenshots');
export const DOC_SCREENSHOTS = resolve(import.meta.dirname, '../../docs/screenshots');

/** Saves a screenshot under test-results/; with `SCREENSHOTS=update` also under docs/ for the README. */
export async function screenshot(page: Page, name: string): Promise<string> {
  const path = join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path });
  if (process.env['SCREENSHOTS'] === 'update') await page.screenshot({ path: join(DOC_SCREENSHOTS, `${name}.png`) });
  return path;
}

/** The page's uncaught errors and console errors from now on, for a test to expect none. */
export function pageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return errors;
}

/**
 * Waits until the opened contract is whole and its outline drawn: a document is shown from its
 * first part on, read only until the rest has come (`receiving` in the window's store).
 */
export async function contractWhole(page: Page): Promise<void> {
  await page.locator('nav.outline[aria-busy="false"]').waitFor({ timeout: 60_000 });
}
