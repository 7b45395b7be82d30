// `npm run accuracy`: bundles the accuracy runner (test/accuracy) and runs it on the labelled corpus.
import { runBundled } from './runBundled.mjs';

await runBundled('test/accuracy/cli.ts');
