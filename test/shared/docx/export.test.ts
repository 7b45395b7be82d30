import { strFromU8, unzipSync } from 'fflate';
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { exportDocx, importDocx, summarizeChanges, type DocxExportOptions } from '../../../shared/docx';
import { CHECKLIST_ITEM_IDS } from '../../../shared/checklist/items';
import type { Language } from '../../../shared/contract/model';
import { MESSAGES } from '../../../shared/i18n';
import { parseContract } from '../../../shared/parse/parseContract';
import { checklistTitles, coverLabels, coverLines, onlyIn, tableHeaders } from '../../support/coverPage';
import { readFixture } from '../../support/files';
import { negotiatedTemplate, withoutReplies } from '../../support/negotiated';

const OPTIONS: DocxExportOptions = { mode: 'redline', includeInternal: false, tomLayout: 'text', coverPage: false, author: 'Anna Berger', title: '', now: '2025-03-03T08:00:00.000Z' };
const negotiated = negotiatedTemplate();

async function parts(options: Partial<DocxExportOptions> = {}, contract = negotiated): Promise<Record<string, string>> {
  const files = unzipSync(await exportDocx({ contract }, { ...OPTIONS, ...options }));
  return Object.fromEntries(Object.entries(files).map(([name, data]) => [name, strFromU8(data)]));
}

describe('the exported document', () => {
  it('carries only the chosen author and title in its properties', async () => {
    const files = await parts({ title: 'AVV Muster GmbH – Runde 2' });
    const core = files['docProps/core.xml']!;
    expect(core).toContain('<dc:title>AVV Muster GmbH – Runde 2</dc:title>');
    expect(core).toContain('<dc:creator>Anna Berger</dc:creator>');
    expect(core).toContain('<cp:lastModifiedBy>Anna Berger</cp:lastModifiedBy>');
    const values = [...core.matchAll(/>([^<>]+)</gu)].map((match) => match[1]);
    expect(values.filter((value) => !/^\d{4}-\d{2}-\d{2}T/u.test(value!) && value !== '1')).toEqual(['AVV Muster GmbH – Runde 2', 'Anna Berger', 'Anna Berger']);
    const everything = Object.values(files).join('\n');
    expect(everything).not.toMatch(/\/home\/|\/tmp\/|\/Users\/|C:\\\\|Un-named/u);
    expect(files['docProps/app.xml']).not.toMatch(/<Company>|<Manager>|<Template>/u);
  });

  it('writes no author at all when none was chosen', async () => {
    const core = (await parts({ author: '' }))['docProps/core.xml']!;
    expect(core).not.toMatch(/dc:creator|lastModifiedBy/u);
  });

  it('is in the contract’s language for spelling and hyphenation, and hyphenates', async () => {
    const files = await parts();
    expect(files['word/styles.xml']).toContain('<w:lang w:val="de-DE"/>');
    expect(files['word/settings.xml']).toContain('<w:autoHyphenation/>');
    const english = parseContract(readFixture('dpa-processor-addendum-en.txt'));
    expect((await parts({}, english))['word/styles.xml']).toContain('<w:lang w:val="en-GB"/>');
  });

  it('uses Word’s heading styles for sections, annexes, categories and services', async () => {
    const document = (await parts())['word/document.xml']!;
    const headings = (level: number) => [...document.matchAll(new RegExp(`<w:pStyle w:val="Heading${level}"/>.*?<w:t[^>]*>([^<]*)</w:t>`, 'gu'))].map((match) => match[1]);
    expect(headings(1)).toEqual(expect.arrayContaining(['1 Gegenstand und Dauer des Auftrags', '11 Sonstige Vereinbarungen', 'Anlage III Technische und organisatorische Maßnahmen']));
    expect(headings(2)).toEqual(expect.arrayContaining(['1 Vertraulichkeit: Zutrittskontrolle', '11 Verfahren zur regelmäßigen Überprüfung, Bewertung und Evaluierung']));
    expect(headings(3)).toEqual(expect.arrayContaining(['Kundenmenü', 'Leistung „Cloud-VPS“']));
  });

  it('numbers clauses 1, 2, 3 … with Word’s own numbering, keeps other numbers as written, and turns change tracking on', async () => {
    const files = await parts();
    expect(files['word/document.xml']).toMatch(/<w:numPr><w:ilvl w:val="0"\/><w:numId w:val="\d+"\/><\/w:numPr>.*?<w:t xml:space="preserve">Die Kündigung/u);
    expect(files['word/numbering.xml']).toContain('<w:lvlText w:val="%1."/>');
    expect(files['word/settings.xml']).toContain('<w:trackRevisions/>');
    const scc = await parts({}, parseContract(readFixture('dpa-eu-scc-2021-915-en.txt')));
    expect(scc['word/document.xml']).toMatch(/<w:t xml:space="preserve">7\.1\. Instructions<\/w:t>/u);
    expect(scc['word/numbering.xml']).toMatch(/<w:numFmt w:val="lowerLetter"\/>(?:(?!<\/w:lvl>).)*<w:lvlText w:val="\(%1\)"\/>/u);
    expect(scc['word/document.xml']).not.toContain('<w:t xml:space="preserve">(a) </w:t>');
  });

  it('numbers a clause added without a number as the next one, as Word does', async () => {
    const section = negotiated.sections[8]!;
    const added = { ...section.clauses[2]!, number: null, label: null };
    const contract = { ...negotiated, sections: negotiated.sections.map((entry, index) => (index === 8 ? { ...section, clauses: [section.clauses[0]!, added, section.clauses[1]!] } : entry)) };
    const back = importDocx(await exportDocx({ contract }, OPTIONS));
    if (!back.ok) throw new Error('import failed');
    expect(back.contract.sections[8]!.clauses.map((clause) => [clause.label, clause.change?.kind ?? null])).toEqual([
      ['1.', null],
      ['2.', 'insert'],
      ['3.', null],
    ]);
  });

  it('leaves internal notes out unless asked, and marks them when they go', async () => {
    expect((await parts())['word/comments.xml']).not.toContain('Löschkonzept ist Kernpunkt');
    expect((await parts({ includeInternal: true }))['word/comments.xml']).toContain('[intern] Intern: hier nicht nachgeben, Löschkonzept ist Kernpunkt.');
  });

  it('writes the resolved state of a comment even when no comment has replies', async () => {
    const resolvedOnly = withoutReplies(negotiated);
    const files = await parts({}, resolvedOnly);
    expect(files['word/commentsExtended.xml']).toMatch(/w15:done="1"/u);
    expect(files['[Content_Types].xml']).toContain('/word/commentsExtended.xml');
    const back = importDocx(await exportDocx({ contract: resolvedOnly }, OPTIONS));
    if (!back.ok) throw new Error('import failed');
    const resolved = back.contract.sections.flatMap((section) => section.clauses.flatMap((clause) => clause.comments ?? [])).filter((comment) => comment.resolved);
    expect(resolved.map((comment) => comment.text)).toEqual(['Bitte Frist für die Übergabe ergänzen.']);
  });

  it('as a clean copy has no revisions and no comments', async () => {
    const files = await parts({ mode: 'clean' });
    expect(files['word/document.xml']).not.toMatch(/<w:ins |<w:del |commentRangeStart/u);
    expect(files['word/comments.xml']).toBeUndefined();
    expect(files['word/settings.xml']).toContain('<w:trackRevisions w:val="false"/>');
  });

  it('puts the summary of changes and the checklist on a cover page the import leaves out', async () => {
    const checklist = { items: [{ id: 'art28-3-a' as const, status: 'covered' as const }, { id: 'art28-2' as const, status: 'weak' as const }] };
    const bytes = await exportDocx({ contract: negotiated, checklist }, { ...OPTIONS, coverPage: true });
    const document = strFromU8(unzipSync(bytes)['word/document.xml']!);
    expect(document).toContain('Übersicht der Änderungen');
    expect(document).toContain(MESSAGES.de.checklist.items['art28-2']);
    expect(document).toContain('schwach');
    expect(document).toContain('Geändert: 1.1, 1.2, 2.2, 4.1, 9.3, 11.2, Maßnahmen: 3');
    expect(document).toContain('Anna Berger');
    const back = importDocx(bytes);
    if (!back.ok) throw new Error('import failed');
    expect(back.contract.title).toBe(negotiated.title);
    expect(back.contract.sections.length).toBe(negotiated.sections.length);
  });
});

describe('the words the export adds of its own', () => {
  const checklist = { items: CHECKLIST_ITEM_IDS.map((id, index) => ({ id, status: (['covered', 'weak', 'missing'] as const)[index % 3]! })) };
  const exported = async (language: Language | undefined) => {
    const options = { ...OPTIONS, coverPage: true, includeInternal: true, tomLayout: 'table' as const, ...(language ? { language } : {}) };
    const files = unzipSync(await exportDocx({ contract: negotiated, checklist }, options));
    return { cover: coverLines(strFromU8(files['word/document.xml']!)), document: strFromU8(files['word/document.xml']!), comments: strFromU8(files['word/comments.xml']!) };
  };

  it('are in the contract’s language unless another is chosen: cover page, checklist titles, table headers, the internal mark', async () => {
    for (const [language, words] of [[undefined, 'de'], ['de', 'de'], ['en', 'en']] as const) {
      const { cover, document, comments } = await exported(language);
      const other = words === 'de' ? 'en' : 'de';
      const text = cover.join('\n');
      for (const word of [...checklistTitles(MESSAGES[words]), ...coverLabels(MESSAGES[words])]) expect(cover).toContain(word);
      for (const word of [...onlyIn(other, checklistTitles), ...onlyIn(other, coverLabels)]) expect(text).not.toContain(word);
      expect(text).toContain(words === 'de' ? 'Geändert: 1.1' : 'Changed: 1.1');
      for (const word of onlyIn(words, tableHeaders)) expect(document).toContain(`>${word}<`);
      for (const word of onlyIn(other, tableHeaders)) expect(document).not.toContain(`>${word}<`);
      expect(comments).toContain(words === 'de' ? '[intern] Intern: hier' : '[internal] Intern: hier');
      // The contract's own text stays as written, and so does its language for spelling.
      expect(document).toContain('Auftragsverarbeitung');
    }
  });
});

describe('a contract holding characters XML 1.0 forbids', () => {
  // A C0 control, the noncharacters U+FFFE and U+FFFF and a lone surrogate, as a pasted text or a hand-edited review may hold them.
  const odd = (text: string) => `${text.slice(0, 4)}\u0001\uFFFE${text.slice(4, 8)}\uFFFF\uD800${text.slice(8)}\u000B`;
  const clean = (text: string) => [...text].filter((character) => !['\u0001', '\u000B', '\uFFFE', '\uFFFF', '\uD800'].includes(character)).join('');
  const contract = (() => {
    const [first, ...rest] = negotiated.sections;
    const clause = first!.clauses[2]!;
    const note = { id: 'odd', author: odd('Anna Berger'), date: '2025-03-03T08:00:00.000Z', text: odd('Bitte prüfen.'), visibility: 'external' as const, resolved: false, replies: [] };
    return { ...negotiated, title: odd(negotiated.title), sections: [{ ...first!, clauses: first!.clauses.map((each) => (each === clause ? { ...clause, text: odd(clause.text), comments: [note] } : each)) }, ...rest] };
  })();

  it('is written as well-formed XML in every part, without them, and read back by Clausemark', async () => {
    const files = await parts({ title: odd('AVV'), author: odd('Anna Berger') }, contract);
    for (const [name, xml] of Object.entries(files).filter(([name]) => /\.(?:xml|rels)$/u.test(name))) {
      const parser = new SaxesParser({ xmlns: true });
      let problem = '';
      parser.on('error', (error) => (problem ||= error.message));
      parser.write(xml).close();
      expect(problem, name).toBe('');
    }
    const read = importDocx(await exportDocx({ contract }, OPTIONS));
    if (!read.ok) throw new Error(JSON.stringify(read.error));
    const clause = read.contract.sections[0]!.clauses[2]!;
    expect(clause.text).toBe(clean(contract.sections[0]!.clauses[2]!.text));
    expect(clause.comments!.map((comment) => [comment.author, comment.text])).toEqual([['Anna Berger', 'Bitte prüfen.']]);
    expect(read.contract.title).toBe(clean(contract.title));
  });
});

describe('the summary of changes', () => {
  it('counts insertions and deletions per author and names the clauses', () => {
    const summary = summarizeChanges(negotiated);
    expect(summary.authors).toEqual([
      { author: 'Anna Berger', insertions: 6, deletions: 3 },
      { author: 'Ben Kraus', insertions: 1, deletions: 4 },
    ]);
    expect(summary.clauses).toEqual(['1.1', '1.2', '2.2', '4.1', '9.3', '11.2']);
    expect(summary.measures).toBe(3);
    expect([summary.externalComments, summary.internalComments]).toEqual([4, 1]);
  });
});
