/** `npm run accuracy`'s entry: the scores of `run.ts`, printed. */
import { main } from './run';

await main(process.argv.slice(2));
