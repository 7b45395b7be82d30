// Renders assets/icon.svg to the PNG sizes installers need (assets/icon.png, assets/icons/NxN.png)
// with Debian's Chromium. Run by hand after changing the SVG: `node scripts/icons.mjs`.
import { chromium } from 'playwright-core';
import { mkdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const svg = await readFile(`${root}assets/icon.svg`, 'utf8');
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage();
await mkdir(`${root}assets/icons`, { recursive: true });
for (const size of [16, 24, 32, 48, 64, 128, 256, 512, 1024]) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(`<html><body style="margin:0;background:transparent">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`);
  const path = size === 1024 ? `${root}assets/icon.png` : `${root}assets/icons/${size}x${size}.png`;
  await page.screenshot({ path, omitBackground: true });
}
await browser.close();
