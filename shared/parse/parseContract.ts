/**
 * Plain-text and Markdown contracts, German and English, into a `Contract`:
 * front matter, sections and clauses, signature block, annexes and the TOM annex with
 * the responsibility of every measure. Pure: a string in, a value out.
 */
import type { Annex, Contract, Language, Section, Tom } from '../contract/model';
import { classifyClauses, classifyMeasures } from '../responsibility/classify';
import { buildClauses, lineOf } from './clauses';
import { parseFrontMatter } from './frontMatter';
import { layoutContract } from './layout';
import { isTomAnnexTitle, parseTomAnnex, type RawTom } from './toms';

export interface ParseOptions {
  /** Used as the title when the text has none. */
  readonly fileName?: string;
}

const GERMAN = /\b(?:der|die|das|und|ist|nicht|mit|von|zu|den|dem|des|wird|werden|für|auf|sind)\b/giu;
const ENGLISH = /\b(?:the|and|of|to|is|shall|with|by|for|be|are|any|this|that|or)\b/giu;

export function detectLanguage(text: string): Language {
  const sample = text.slice(0, 200_000);
  const german = sample.match(GERMAN)?.length ?? 0;
  const english = sample.match(ENGLISH)?.length ?? 0;
  return german >= english ? 'de' : 'en';
}

function titleFromFileName(fileName: string | undefined): string {
  if (!fileName) return '';
  const base = fileName.split(/[\\/]/u).pop() ?? '';
  return base.replace(/\.[^.]+$/u, '');
}

export function parseContract(text: string, options: ParseOptions = {}): Contract {
  const layout = layoutContract(text);
  const front = parseFrontMatter(layout.front);

  const sections: Section[] = layout.sections.map((raw, index) => {
    const id = `s${index + 1}`;
    const clauses = buildClauses(id, raw.units);
    const duties = classifyClauses({ clauses }, front.parties);
    const read = clauses.map((clause, at) => (duties[at] ? { ...clause, responsibility: duties[at] } : clause));
    return { id, number: raw.number, label: raw.label, title: raw.title, parts: raw.parts, clauses: read };
  });

  const rawToms: RawTom[] = [];
  const tomPreambles: string[] = [];
  const annexes: Annex[] = layout.annexes.map((raw, index) => {
    const isTomAnnex = isTomAnnexTitle(raw.title);
    const base = { id: `a${index + 1}`, number: raw.heading.number, label: raw.heading.label, title: raw.title, isTomAnnex };
    if (!isTomAnnex) return { ...base, items: raw.units.map((unit) => (unit.bullet ? unit.text : lineOf(unit))), preamble: [] };
    const parsed = parseTomAnnex(raw.units);
    rawToms.push(...parsed.toms);
    tomPreambles.push(...parsed.preamble);
    return { ...base, items: [], preamble: parsed.preamble };
  });

  const responsibilities = classifyMeasures(rawToms, tomPreambles, front.parties);
  const toms: Tom[] = rawToms.map((raw, index) => ({
    id: `t${index + 1}`,
    category: raw.category,
    services: raw.services,
    serviceHeading: raw.serviceHeading,
    text: raw.text,
    responsibility: responsibilities[index]!,
  }));

  return {
    title: front.title ?? titleFromFileName(options.fileName),
    date: front.date,
    language: detectLanguage(text),
    parties: front.parties,
    preamble: front.preamble,
    sections,
    signature: layout.signature.map((unit) => unit.full),
    annexes,
    toms,
  };
}
