// The floor of the `compare` cases: the least a Node process does to print a comparison of the
// README's shape, and not a comparison at all. It reads both files, pairs their paragraphs by
// position, marks each paragraph equal or replaces what lies between the words it shares at
// its start and end, and prints the JSON.
// No contract is read (no sections, clauses, measures or responsibility), nothing is aligned
// and no diff is run, so it is wrong wherever a paragraph was added, removed or moved.
// `npm run bench` times it beside `clausemark compare`: its work is what the runtime costs
// before any of Clausemark's own work, and `compare`'s budget is 3 × its work (`floorFactor`).
// Plain JavaScript without imports of the project, so that nothing but Node is loaded.
import { readFileSync } from 'node:fs';

const [oldFile, newFile] = process.argv.slice(2);
const before = readFileSync(oldFile, 'utf8').split('\n\n');
const after = readFileSync(newFile, 'utf8').split('\n\n');
const clauses = [];
const summary = { unchanged: 0, changed: 0 };
for (let index = 0; index < Math.max(before.length, after.length); index++) {
  const old = before[index] ?? '';
  const next = after[index] ?? '';
  if (old === next) {
    summary.unchanged++;
    clauses.push({ status: 'unchanged', segments: [{ kind: 'equal', text: next }] });
    continue;
  }
  summary.changed++;
  // Not a word diff: the words both share at the start and at the end are equal, and all between
  // them deleted and inserted whole (a single pass over each; at most four segments).
  const oldWords = old.split(' ');
  const newWords = next.split(' ');
  let head = 0;
  while (head < oldWords.length && head < newWords.length && oldWords[head] === newWords[head]) head++;
  let tail = 0;
  while (tail < oldWords.length - head && tail < newWords.length - head && oldWords[oldWords.length - 1 - tail] === newWords[newWords.length - 1 - tail]) tail++;
  const segments = [];
  const push = (kind, words) => {
    if (words.length > 0) segments.push({ kind, text: words.join(' ') });
  };
  push('equal', newWords.slice(0, head));
  push('delete', oldWords.slice(head, oldWords.length - tail));
  push('insert', newWords.slice(head, newWords.length - tail));
  push('equal', newWords.slice(newWords.length - tail));
  clauses.push({ status: 'changed', segments });
}
process.stdout.write(JSON.stringify({ summary, clauses, toms: [] }));
