/**
 * The reader made ready for a contract before anyone edits or decides in it. V8 compiles a
 * pattern the first time it runs and optimises the reader's functions as they warm up, so the
 * first reading in a fresh window cost several times what the next one does: a review opened
 * from its file brings its readings along, and the first accept-all of 1,784 changes paid about
 * 30 ms of it for three measures. Run a text at a time while the window is idle, this pays it there.
 */
import type { Contract } from '../contract';
import { actorsFor } from './actors';
import { readText } from './reading';

/** How many of the contract's measures and clauses are read: enough to run the rules most texts meet. */
const SAMPLES = 6;

/**
 * Reads a few of `contract`'s own measures and clauses as an edit would, one text a call;
 * each call says whether texts remain. Their readings are kept, as any reading is.
 */
export function readerPreparation(contract: Pick<Contract, 'parties' | 'sections' | 'toms'>): () => boolean {
  const texts = contract.toms.slice(0, SAMPLES).map((tom) => tom.text);
  for (const section of contract.sections) {
    for (const clause of section.clauses) {
      if (texts.length >= 2 * SAMPLES) break;
      if (clause.responsibility) texts.push(clause.text);
    }
  }
  let next = 0;
  return () => {
    const text = texts[next++];
    if (text !== undefined) readText(text, actorsFor(contract.parties));
    return next < texts.length;
  };
}

