import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const config = readFileSync(resolve(import.meta.dirname, '../../electron-builder.yml'), 'utf8');

/** The `key: value` lines of one top-level block of the YAML file. */
function block(name: string): Record<string, string> {
  const start = config.indexOf(`\n${name}:\n`);
  if (start < 0) return {};
  const lines = config.slice(start + name.length + 3).split('\n');
  const entries: Record<string, string> = {};
  for (const line of lines) {
    if (!/^\s/u.test(line)) break;
    const match = /^\s+([\w]+):\s*(.*)$/u.exec(line);
    if (match) entries[match[1]!] = match[2]!;
  }
  return entries;
}

describe('the packaged app', () => {
  it('flips Electron’s fuses: no run-as-node, no NODE_OPTIONS or inspect, asar integrity and asar only', () => {
    expect(block('electronFuses')).toMatchObject({
      runAsNode: 'false',
      enableNodeOptionsEnvironmentVariable: 'false',
      enableNodeCliInspectArguments: 'false',
      enableEmbeddedAsarIntegrityValidation: 'true',
      onlyLoadAppFromAsar: 'true',
    });
  });

  it('builds AppImage and deb for Linux, an NSIS installer for Windows and a dmg for macOS, named and iconed', () => {
    expect(config).toMatch(/^appId: app\.clausemark\.desktop$/mu);
    expect(config).toMatch(/^productName: Clausemark$/mu);
    expect(block('linux')['target']).toBe('[AppImage, deb]');
    expect(block('win')['target']).toBe('[nsis]');
    expect(block('mac')['target']).toBe('[dmg]');
    // One 1024 px PNG for Windows and macOS (electron-builder makes .ico and .icns of it), the sizes for Linux.
    expect(config).toMatch(/^icon: assets\/icon\.png$/mu);
    expect(block('linux')['icon']).toBe('assets/icons');
    for (const size of [16, 32, 48, 64, 128, 256, 512]) expect(existsSync(resolve(import.meta.dirname, `../../assets/icons/${size}x${size}.png`)), `${size}x${size}`).toBe(true);
    const png = readFileSync(resolve(import.meta.dirname, '../../assets/icon.png'));
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1024, 1024]);
  });

  it('has `npm run dist` build the app and package it for this platform, publishing nothing', () => {
    const { scripts } = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(scripts['dist']).toBe('node scripts/build.mjs && electron-builder --publish never');
  });

  it('opens .clausemark files by double-click (file association) and packs the app into an asar', () => {
    expect(config).toMatch(/fileAssociations:\n\s+- ext: clausemark/u);
    expect(config).toMatch(/^asar: true$/mu);
  });
});
