import { readFileSync } from 'node:fs';
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

  it('opens .clausemark files by double-click (file association) and packs the app into an asar', () => {
    expect(config).toMatch(/fileAssociations:\n\s+- ext: clausemark/u);
    expect(config).toMatch(/^asar: true$/mu);
  });
});
