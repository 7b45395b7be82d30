/**
 * How well Clausemark reads the labelled DPAs of the development corpus (`../shared/corpus`, see
 * its README): parties (role, label and name), sections and their clause counts, the annexes (found by label, their
 * headings, which one holds the measures), the TOM annex's measures and who carries them out, and
 * the Art. 28 checklist, each as agreeing/labelled per document and in total.
 * `npm run accuracy [-- --json] [-- --verbose] [-- <corpus folder>]` prints them (`cli.ts`);
 * `test/electron/accuracy.test.ts` holds the totals to the floors of `floors.ts`.
 */
import { readFile, readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { checkContract } from '../../shared/checklist';
import type { Contract } from '../../shared/contract/model';
import { legalNameOf } from '../../shared/contract/party';
import { readDocument } from '../../electron/handlers/readDocument';

const ROOT = resolve(import.meta.dirname ?? __dirname, '../..');
/** The corpus beside the repository, where CI puts it too. */
export const CORPUS = join(ROOT, '../shared/corpus');

interface Gold {
  readonly file: string;
  readonly parties: readonly { readonly role: string; readonly label: string; readonly name: string | null }[];
  readonly sections: readonly { readonly number: string | null; readonly clauses: number; readonly clauses_alt?: readonly number[] }[];
  readonly annexes: readonly { readonly label: string; readonly title: string | null }[];
  readonly tom_annex: string | null;
  readonly toms: readonly { readonly text: string; readonly party: string; readonly cue_scope: string }[];
  readonly checklist: Readonly<Record<string, { readonly status: string; readonly also_defensible?: readonly string[] }>>;
}

/** Agreeing and labelled. */
export type Tally = [number, number];
/**
 * `responsibility` counts every labelled measure (one not located counts as wrong);
 * `responsibilityNamed` only those whose own words name the party (`cue_scope: measure`), the
 * issue's "where the text names the party". Parties are compared as the labels write them:
 * `provider`, `customer`, `shared` (duties for both), `unstated`.
 */
export const MEASURES = ['parties', 'sections', 'clauses', 'annexes', 'annexHeadings', 'tomAnnex', 'measures', 'responsibility', 'responsibilityNamed', 'checklist', 'checklistDefensible'] as const;
export type Measure = (typeof MEASURES)[number];
export type Scores = Record<Measure, Tally>;

// Markdown's emphasis and escapes are markup, not words: the labels quote the Markdown source as written.
const words = (text: string) => text.normalize('NFC').replace(/\*\*|__|\\(?=[!-/:-@[-`{-~])/gu, '').replace(/[’‘]/gu, "'").replace(/[“”„]/gu, '"').replace(/^\s*(?:[-*•]|\d+\.)\s+/u, '').replace(/\s+/gu, ' ').trim().toLowerCase();
/** A defined term as written, whatever its case and the spaces around the slashes of `We/Us/Our`. */
const term = (text: string) => words(text).replace(/\s*\/\s*/gu, '/');
const sectionNumber = (number: string) => number.replace(/^(?:§|Artikel|Article|Clause|Ziffer)\s*/iu, '').replace(/[.:)]+$/u, '').trim().toLowerCase();

export function score(gold: Gold, contract: Contract, misses: string[]): Scores {
  const parties: Tally = [0, gold.parties.length];
  for (const party of gold.parties) {
    const ours = contract.parties.find((candidate) => candidate.role === party.role && term(candidate.roleLabel) === term(party.label));
    if (!ours) {
      const read = contract.parties.filter((candidate) => candidate.role === party.role).map((candidate) => `“${candidate.roleLabel}”`);
      misses.push(`party ${party.role} “${party.label}”: ${read.length > 0 ? `read as ${read.join(', ')}` : 'not read'}`);
      continue;
    }
    // A blank to fill in (`Verein: ____`, `[Name]`) is no name: the label's `null`.
    const name = legalNameOf(ours);
    if ((name === null ? null : words(name)) === (party.name === null ? null : words(party.name))) parties[0]++;
    else misses.push(`party ${party.role} “${party.label}”: name ${name === null ? 'none' : `“${name}”`}, labelled ${party.name === null ? 'none' : `“${party.name}”`}`);
  }

  const sections: Tally = [0, gold.sections.length];
  const clauses: Tally = [0, gold.sections.length];
  gold.sections.forEach((section, index) => {
    const ours = section.number === null ? contract.sections[index] : contract.sections.find((candidate) => sectionNumber(candidate.number) === sectionNumber(section.number!));
    if (!ours) return void misses.push(`section ${section.number ?? `#${index + 1}`}`);
    sections[0]++;
    if ([section.clauses, ...(section.clauses_alt ?? [])].includes(ours.clauses.length)) clauses[0]++;
    else misses.push(`section ${section.number ?? `#${index + 1}`}: ${ours.clauses.length} clauses, labelled ${section.clauses}`);
  });

  // An annex is found when ours has its label (the label may run on into our title: `Appendix 1` + `to the …`).
  const heading = (label: string, title: string | null) => words(`${label} ${title ?? ''}`).replace(/[.:]+$/u, '');
  const annexOf = (label: string) => contract.annexes.find((annex) => words(annex.label) === words(label) || heading(annex.label, annex.title).startsWith(`${words(label)} `) || heading(annex.label, annex.title) === words(label));
  const annexes: Tally = [0, gold.annexes.length];
  const annexHeadings: Tally = [0, gold.annexes.length];
  for (const annex of gold.annexes) {
    const found = annexOf(annex.label);
    if (!found) {
      misses.push(`annex “${annex.label}”`);
      continue;
    }
    annexes[0]++;
    if (heading(found.label, found.title) === heading(annex.label, annex.title)) annexHeadings[0]++;
    else misses.push(`annex “${annex.label}”: heading “${found.label}${found.title ? ` – ${found.title}` : ''}”, labelled “${annex.label}${annex.title ? ` – ${annex.title}` : ''}”`);
  }
  const tomAnnexes = contract.annexes.filter((annex) => annex.isTomAnnex);
  const goldTomAnnex = gold.tom_annex === null ? undefined : annexOf(gold.tom_annex);
  const tomAnnexRight = gold.tom_annex === null ? tomAnnexes.length === 0 : goldTomAnnex !== undefined && tomAnnexes.length === 1 && tomAnnexes[0] === goldTomAnnex;
  const tomAnnex: Tally = [tomAnnexRight ? 1 : 0, 1];
  if (!tomAnnexRight) misses.push(`TOM annex: ${tomAnnexes.map((annex) => `“${annex.label}”`).join(', ') || 'none'}, labelled ${gold.tom_annex === null ? 'none' : `“${gold.tom_annex}”`}`);

  const measures: Tally = [0, gold.toms.length];
  const responsibility: Tally = [0, gold.toms.length];
  const responsibilityNamed: Tally = [0, gold.toms.filter((tom) => tom.cue_scope === 'measure').length];
  const ours = contract.toms.map((tom) => ({ text: words(tom.text), party: tom.responsibility.party }));
  for (const tom of gold.toms) {
    const text = words(tom.text);
    const found = ours.find((candidate) => candidate.text === text) ?? ours.find((candidate) => candidate.text.includes(text) || (candidate.text.length > 20 && text.includes(candidate.text)));
    if (!found) {
      misses.push(`measure “${tom.text.slice(0, 60)}”`);
      continue;
    }
    measures[0]++;
    if (found.party === tom.party) {
      responsibility[0]++;
      if (tom.cue_scope === 'measure') responsibilityNamed[0]++;
    } else misses.push(`measure “${tom.text.slice(0, 60)}”: ${found.party}, labelled ${tom.party} (${tom.cue_scope})`);
  }

  // Not scored (the labels list what is a measure, not every paragraph that is not), but listed: what a reviewer would have to strike.
  const goldTexts = gold.toms.map((tom) => words(tom.text));
  const unlabelled = ours.filter((candidate) => !goldTexts.some((text) => candidate.text === text || candidate.text.includes(text) || (candidate.text.length > 20 && text.includes(candidate.text))));
  if (unlabelled.length > 0) misses.push(`${unlabelled.length} measure(s) read that are not labelled as measures: ${unlabelled.slice(0, 3).map((tom) => `“${tom.text.slice(0, 40)}”`).join(', ')}${unlabelled.length > 3 ? ' …' : ''}`);

  const items = checkContract(contract);
  const labelled = Object.entries(gold.checklist);
  const checklist: Tally = [0, labelled.length];
  const checklistDefensible: Tally = [0, labelled.length];
  for (const [id, label] of labelled) {
    const status = items.find((item) => item.id === id)?.status;
    if (status === label.status) checklist[0]++;
    if (status === label.status || (status !== undefined && label.also_defensible?.includes(status))) checklistDefensible[0]++;
    if (status !== label.status) misses.push(`checklist ${id}: ${status ?? 'absent'}, labelled ${label.status}${label.also_defensible ? ` (also ${label.also_defensible.join(', ')})` : ''}`);
  }
  return { parties, sections, clauses, annexes, annexHeadings, tomAnnex, measures, responsibility, responsibilityNamed, checklist, checklistDefensible };
}

const ratio = ([right, total]: Tally) => `${right}/${total}`;

export interface CorpusScores {
  readonly total: Scores;
  readonly documents: readonly { readonly name: string; readonly scores: Scores; readonly misses: readonly string[] }[];
}

/** Every labelled document of `corpus` read as the app reads it and scored against its labels. */
export async function scoreCorpus(corpus: string): Promise<CorpusScores> {
  const files = (await readdir(join(corpus, 'gold'))).filter((name) => name.endsWith('.json')).sort();
  const total = Object.fromEntries(MEASURES.map((measure) => [measure, [0, 0]])) as Scores;
  const documents: { name: string; scores: Scores; misses: string[] }[] = [];
  for (const name of files) {
    const gold = JSON.parse(await readFile(join(corpus, 'gold', name), 'utf8')) as Gold;
    const opened = await readDocument(join(corpus, gold.file));
    if (opened.status !== 'opened') throw new Error(`${gold.file}: ${opened.error.code}`);
    const misses: string[] = [];
    const scores = score(gold, opened.document.review.contract, misses);
    for (const measure of MEASURES) for (const at of [0, 1] as const) total[measure][at] += scores[measure][at];
    documents.push({ name: gold.file, scores, misses });
  }
  return { total, documents };
}

export async function main(args: readonly string[]): Promise<void> {
  const asJson = args.includes('--json');
  const verbose = args.includes('--verbose');
  const corpus = resolve(args.find((arg) => !arg.startsWith('--')) ?? CORPUS);
  const { total, documents } = await scoreCorpus(corpus);
  if (asJson) {
    process.stdout.write(`${JSON.stringify({ total, documents }, null, 2)}\n`);
    return;
  }
  const line = (name: string, scores: Scores) => `${name.padEnd(36)} ${MEASURES.map((measure) => ratio(scores[measure]).padStart(measure.length + 1)).join(' ')}`;
  process.stdout.write(`${''.padEnd(36)} ${MEASURES.join(' ')}\n`);
  for (const document of documents) {
    process.stdout.write(`${line(document.name, document.scores)}\n`);
    if (verbose) for (const miss of document.misses) process.stdout.write(`    ${miss}\n`);
  }
  process.stdout.write(`${line('total', total)}\n`);
}
