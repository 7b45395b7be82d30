/** Entry of the `clausemark` bundle: wires `runCli` to the process. */
import { fileURLToPath } from 'node:url';
import { runCli } from './clausemark';

// `clausemark parse x --json | head` closes the pipe early: that is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  env: process.env,
  scriptDir: fileURLToPath(new URL('.', import.meta.url)),
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
