import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseContract } from '../../../shared/parse/parseContract';
import { classifyClauses, readerPreparation } from '../../../shared/responsibility';
import { reclassify } from '../../../shared/review';

/**
 * The window readies the reader on an opened contract while nobody acts (`readerPreparation`):
 * the readings it makes are kept like any other, so every reading after it must be the one
 * a reader that was never prepared gives.
 */
const FILES = ['../../../assets/avv-template.txt', '../../fixtures/written/dpa-saas-en.txt', '../../fixtures/written/avv-hosting-de.txt'];

describe('a prepared reader', () => {
  it.each(FILES)('reads %s as an unprepared one did', (file) => {
    const contract = parseContract(readFileSync(resolve(import.meta.dirname, file), 'utf8'));
    expect(contract.toms.length + contract.sections.length).toBeGreaterThan(0);
    const step = readerPreparation(contract);
    let steps = 1;
    while (step()) steps++;
    expect(steps).toBeGreaterThan(1);
    expect(reclassify(contract).toms.map((tom) => tom.responsibility)).toEqual(contract.toms.map((tom) => tom.responsibility));
    for (const section of contract.sections) {
      const read = classifyClauses(section, contract.parties);
      section.clauses.forEach((clause, index) => expect(read[index] ?? undefined, clause.text).toEqual(clause.responsibility));
    }
  });
});
