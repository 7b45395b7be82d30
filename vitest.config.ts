import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

// Tests mirror the layers: shared/ and electron/ in Node, the renderer in jsdom, and the
// end-to-end tests in a real Chromium (and Electron where its binary exists).
export default defineConfig({
  define: { __APP_VERSION__: JSON.stringify(version) },
  test: {
    projects: [
      // Speed is the benchmark's business: the time limits only catch a test that hangs, also on a busy machine.
      { test: { name: 'shared', include: ['test/shared/**/*.test.ts'], environment: 'node', testTimeout: 30_000 } },
      { test: { name: 'electron', include: ['test/electron/**/*.test.ts'], environment: 'node', testTimeout: 30_000 } },
      {
        plugins: [react()],
        define: { __APP_VERSION__: JSON.stringify(version) },
        // A user's whole session in jsdom takes seconds on a busy 2-core runner: 5 s was too tight.
        test: { name: 'renderer', include: ['test/renderer/**/*.test.tsx'], environment: 'jsdom', setupFiles: ['test/renderer/setup.ts'], testTimeout: 30_000 },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
