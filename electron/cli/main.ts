/** Entry of the command-line bundle (`dist/cli/clausemark.cjs`), which `bin/clausemark.mjs` runs: `main` wires `runCli` to the process. */
import { runCli } from './clausemark';

/** `scriptDir`: the bundle's folder, to find the shipped template. */
export function main(argv: readonly string[], scriptDir: string): void {
  // `clausemark parse x --json | head` closes the pipe early: that is not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });

  runCli(argv, {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    env: process.env,
    scriptDir,
    terminal: process.stdout.isTTY === true,
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`clausemark: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
