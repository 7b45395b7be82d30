import { describe, expect, it } from 'vitest';
import { importDocx } from '../../../shared/docx';
import type { Contract } from '../../../shared/contract/model';
import { del, docxPackage, HEADING_STYLES, ins, p, run, W } from '../../support/docxPackage';

function contractOf(bytes: Uint8Array): { contract: Contract; warnings: unknown[] } {
  const result = importDocx(bytes);
  if (!result.ok) throw new Error(`import failed: ${JSON.stringify(result.error)}`);
  return { contract: result.contract, warnings: [...result.warnings] };
}

const STYLES = `<w:docDefaults><w:pPrDefault><w:pPr><w:spacing w:after="160"/></w:pPr></w:pPrDefault></w:docDefaults>${HEADING_STYLES}<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style><w:style w:type="paragraph" w:styleId="Paragraf"><w:name w:val="Paragraf"/><w:basedOn w:val="Heading1"/></w:style>`;

/** `§ 1` headings, `(1)` clauses that restart in every section, `a)` items under them. */
const NUMBERING = `
  <w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="§ %1"/></w:lvl></w:abstractNum>
  <w:abstractNum w:abstractNumId="2">
    <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="(%1)"/></w:lvl>
    <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2)"/></w:lvl>
  </w:abstractNum>
  <w:abstractNum w:abstractNumId="3"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl></w:abstractNum>
  <w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>
  <w:num w:numId="2"><w:abstractNumId w:val="2"/></w:num>
  <w:num w:numId="3"><w:abstractNumId w:val="2"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>
  <w:num w:numId="4"><w:abstractNumId w:val="3"/></w:num>`;

const numbered = (numId: number, level = 0) => `<w:numPr><w:ilvl w:val="${level}"/><w:numId w:val="${numId}"/></w:numPr>`;
const heading = (text: string) => p(text, `<w:pStyle w:val="Paragraf"/>${numbered(1)}`);
const party = (lines: readonly string[]) => p(lines.map((line, index) => `<w:r>${index > 0 ? '<w:br/>' : ''}<w:t xml:space="preserve">${line}</w:t></w:r>`).join(''));

const WORD_AVV = docxPackage({
  styles: STYLES,
  numbering: NUMBERING,
  footnotes: '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:id="1"><w:p><w:r><w:t>Siehe Anlage 1.</w:t></w:r></w:p></w:footnote>',
  comments:
    '<w:comment w:id="7" w:author="Jana Roth" w:date="2025-05-02T08:00:00Z" w:initials="JR"><w:p w14:paraId="0A000001"><w:r><w:t>Frist zu kurz.</w:t></w:r></w:p></w:comment>' +
    '<w:comment w:id="8" w:author="Tom Weber" w:date="2025-05-02T09:30:00Z" w:initials="TW"><w:p w14:paraId="0A000002"><w:r><w:t>Einverstanden, 14 Tage.</w:t></w:r></w:p></w:comment>',
  commentsExtended: '<w15:commentEx w15:paraId="0A000001" w15:done="1"/><w15:commentEx w15:paraId="0A000002" w15:paraIdParent="0A000001" w15:done="0"/>',
  body: [
    p('Auftragsverarbeitungsvertrag', '<w:pStyle w:val="Title"/>'),
    p('zwischen'),
    party(['Muster AG', 'Hauptstraße 1', '10115 Berlin', '(nachfolgend „Auftraggeber“ genannt)']),
    p('und'),
    party(['Cloud Beispiel GmbH', 'Nebenweg 2', '20095 Hamburg', '(nachfolgend „Auftragnehmer“ genannt)']),
    heading('Gegenstand'),
    p(
      run('Der Auftragnehmer verarbeitet ') +
        del(1, 'Jana Roth', 'personenbezogene ') +
        ins(2, 'Jana Roth', 'alle ') +
        run('Daten nach ') +
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> REF Anlage1 \\h </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>' +
        run('Anlage 1') +
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>' +
        run(' und ') +
        '<w:hyperlink r:id="rId99"><w:r><w:t>www.example.com</w:t></w:r></w:hyperlink>' +
        run('.') +
        '<w:r><w:footnoteReference w:id="1"/></w:r>' +
        '<w:r><w:rPr><w:vanish/></w:rPr><w:t>VERSTECKT</w:t></w:r>',
      numbered(2),
    ),
    p('Erstens durch Speicherung;', numbered(2, 1)),
    p('<w:sdt><w:sdtPr><w:alias w:val="Zweck"/></w:sdtPr><w:sdtContent><w:r><w:t>Zweitens durch Übermittlung.</w:t></w:r></w:sdtContent></w:sdt>', numbered(2, 1)),
    p(run('Die Laufzeit folgt dem ') + '<w:fldSimple w:instr=" DOCPROPERTY Hauptvertrag "><w:r><w:t>Hauptvertrag</w:t></w:r></w:fldSimple>' + run('.'), numbered(2)),
    heading('Pflichten'),
    p(
      run('Der Auftragnehmer meldet Verstöße ') +
        '<w:commentRangeStart w:id="7"/><w:commentRangeStart w:id="8"/>' +
        run('binnen 24 Stunden') +
        '<w:commentRangeEnd w:id="7"/><w:r><w:commentReference w:id="7"/></w:r><w:commentRangeEnd w:id="8"/><w:r><w:commentReference w:id="8"/></w:r>' +
        run('.'),
      numbered(3),
    ),
    p(ins(3, 'Tom Weber', 'Er dokumentiert jede Meldung.'), `${numbered(3)}<w:rPr><w:ins w:id="4" w:author="Tom Weber" w:date="2025-05-01T10:00:00Z"/></w:rPr>`),
  ].join(''),
});

describe('a Word contract', () => {
  const { contract, warnings } = contractOf(WORD_AVV);
  const section = (index: number) => contract.sections[index]!;

  it('reads the title, the parties from their blocks and the sections numbered by Word (§ 1, § 2)', () => {
    expect(warnings).toEqual([]);
    expect(contract.title).toBe('Auftragsverarbeitungsvertrag');
    expect(contract.parties.map((entry) => [entry.role, entry.name, entry.address])).toEqual([
      ['customer', 'Muster AG', ['Hauptstraße 1', '10115 Berlin']],
      ['provider', 'Cloud Beispiel GmbH', ['Nebenweg 2', '20095 Hamburg']],
    ]);
    expect(contract.sections.map((entry) => [entry.label, entry.title])).toEqual([
      ['§ 1', 'Gegenstand'],
      ['§ 2', 'Pflichten'],
    ]);
  });

  it('labels clauses (1), (2) as Word numbers them, restarting where Word restarts, with a) items inside', () => {
    expect(section(0).clauses.map((clause) => clause.label)).toEqual(['(1)', '(2)']);
    expect(section(1).clauses.map((clause) => clause.label)).toEqual(['(1)', '(2)']);
    expect(section(0).clauses[0]!.text.split('\n').slice(1)).toEqual(['a) Erstens durch Speicherung;', 'b) Zweitens durch Übermittlung.']);
  });

  it('takes a field’s result, a hyperlink’s text, a content control’s text and a footnote as text, but no field code or hidden text', () => {
    const text = section(0).clauses[0]!.text;
    expect(text).toMatch(/^Der Auftragnehmer verarbeitet alle Daten nach Anlage 1 und www\.example\.com\. \[1: Siehe Anlage 1\.\]\n/u);
    expect(text).not.toMatch(/REF|VERSTECKT/u);
    expect(section(0).clauses[1]!.text).toBe('Die Laufzeit folgt dem Hauptvertrag.');
  });

  it('keeps each tracked change with its author and date', () => {
    const changes = section(0).clauses[0]!.segments!.filter((segment) => segment.kind !== 'equal');
    expect(changes).toEqual([
      { kind: 'delete', text: 'personenbezogene ', author: 'Jana Roth', date: '2025-05-01T10:00:00.000Z', id: 'docx-1' },
      { kind: 'insert', text: 'alle ', author: 'Jana Roth', date: '2025-05-01T10:00:00.000Z', id: 'docx-2' },
    ]);
  });

  it('makes a paragraph inserted whole a clause inserted whole', () => {
    expect(section(1).clauses[1]).toMatchObject({ label: '(2)', text: 'Er dokumentiert jede Meldung.', change: { kind: 'insert', author: 'Tom Weber' } });
    expect(section(1).clauses[1]!.segments).toEqual([{ kind: 'insert', text: 'Er dokumentiert jede Meldung.', author: 'Tom Weber', date: '2025-05-01T10:00:00.000Z', id: section(1).clauses[1]!.change!.id }]);
  });

  it('threads a reply under its comment, resolved as Word marked it, on the words it was made on', () => {
    expect(section(1).clauses[0]!.comments).toEqual([
      {
        id: 'docx-c7',
        author: 'Jana Roth',
        date: '2025-05-02T08:00:00.000Z',
        text: 'Frist zu kurz.',
        visibility: 'external',
        resolved: true,
        replies: [{ id: 'docx-c8', author: 'Tom Weber', date: '2025-05-02T09:30:00.000Z', text: 'Einverstanden, 14 Tage.' }],
        anchor: { start: 34, end: 51, quote: 'binnen 24 Stunden' },
      },
    ]);
  });
});

describe('numbering restarted the way LibreOffice writes it', () => {
  it('starts again where an instance with a start override is first used and goes on in the other instances', () => {
    const numbering =
      '<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>' +
      [1, 2, 3, 4].map((id) => `<w:num w:numId="${id}"><w:abstractNumId w:val="1"/>${id % 2 === 1 ? '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>' : ''}</w:num>`).join('');
    const body =
      p('1 Gegenstand', '<w:pStyle w:val="Heading1"/>') +
      p('Erster Satz.', numbered(1)) +
      p('Zweiter Satz.', numbered(2)) +
      p('Dritter Satz.', numbered(2)) +
      p('2 Schluss', '<w:pStyle w:val="Heading1"/>') +
      p('Vierter Satz.', numbered(3)) +
      p('Fünfter Satz.', numbered(4));
    const { contract } = contractOf(docxPackage({ styles: STYLES, numbering, body }));
    expect(contract.sections.map((section) => section.clauses.map((clause) => clause.label))).toEqual([
      ['1.', '2.', '3.'],
      ['1.', '2.'],
    ]);
  });
});

describe('revisions Word writes in other ways', () => {
  const section = (body: string, styles = STYLES) =>
    contractOf(docxPackage({ styles, body: p('1 Gegenstand', '<w:pStyle w:val="Heading1"/>') + body + p('2 Schluss', '<w:pStyle w:val="Heading1"/>') + p('1. Ende.') })).contract.sections[0]!;

  it('reads a move as a deletion where the text was and an insertion where it went', () => {
    const body =
      p(run('1. Erst ') + '<w:moveFrom w:id="5" w:author="Eva" w:date="2025-05-03T12:00:00Z"><w:r><w:t>schnell </w:t></w:r></w:moveFrom>' + run('dann gründlich.')) +
      p(run('2. Und ') + '<w:moveTo w:id="6" w:author="Eva" w:date="2025-05-03T12:00:00Z"><w:r><w:t>schnell </w:t></w:r></w:moveTo>' + run('zum Schluss.'));
    const [first, second] = section(body).clauses;
    expect(first!.segments?.find((segment) => segment.kind !== 'equal')).toMatchObject({ kind: 'delete', text: 'schnell ', author: 'Eva' });
    expect(second!.segments?.find((segment) => segment.kind !== 'equal')).toMatchObject({ kind: 'insert', text: 'schnell ', author: 'Eva' });
  });

  it('keeps text one author inserted and another deleted as the later deletion, never as current text', () => {
    const body = p(run('1. Ein ') + '<w:ins w:id="1" w:author="Eva" w:date="2025-05-03T12:00:00Z"><w:del w:id="2" w:author="Ole" w:date="2025-05-04T12:00:00Z"><w:r><w:delText>kurzer </w:delText></w:r></w:del></w:ins>' + run('Satz.'));
    const clause = section(body).clauses[0]!;
    expect(clause.text).toBe('Ein Satz.');
    expect(clause.segments).toEqual([
      { kind: 'equal', text: 'Ein ' },
      { kind: 'delete', text: 'kurzer ', author: 'Ole', date: '2025-05-04T12:00:00.000Z', id: 'docx-2' },
      { kind: 'equal', text: 'Satz.' },
    ]);
  });

  it('joins two paragraphs whose break was deleted, and keeps a whole deleted paragraph as a deleted line', () => {
    const deletedMark = '<w:rPr><w:del w:id="9" w:author="Ole" w:date="2025-05-04T12:00:00Z"/></w:rPr>';
    const body = p(run('1. Erster Satz.'), deletedMark) + p(run('Zweiter Satz.')) + p(del(10, 'Ole', 'Dritter Satz.'), '<w:rPr><w:del w:id="11" w:author="Ole" w:date="2025-05-04T12:00:00Z"/></w:rPr>') + p(run('Vierter Satz.'));
    const clause = section(body, `<w:docDefaults><w:pPrDefault><w:pPr><w:spacing w:after="0"/></w:pPr></w:pPrDefault></w:docDefaults>${HEADING_STYLES}`).clauses[0]!;
    expect(clause.text).toBe('Erster Satz.Zweiter Satz.\nVierter Satz.');
    expect(clause.segments!.map((segment) => [segment.kind, segment.text])).toEqual([
      ['equal', 'Erster Satz.'],
      ['delete', '\n'],
      ['equal', 'Zweiter Satz.'],
      ['delete', '\nDritter Satz.'],
      ['equal', '\nVierter Satz.'],
    ]);
  });
});

describe('markup outside the clauses is kept where it sits', () => {
  it('keeps changes and a comment in a heading as a passage opening its section, not as a count', () => {
    const bytes = docxPackage({
      styles: HEADING_STYLES,
      comments: '<w:comment w:id="1" w:author="Eva" w:date="2025-05-03T12:00:00Z"><w:p><w:r><w:t>Titel passt nicht.</w:t></w:r></w:p></w:comment>',
      body:
        p('<w:commentRangeStart w:id="1"/>' + run('1 ') + del(1, 'Eva', 'Alter ') + ins(2, 'Eva', 'Neuer ') + run('Gegenstand') + '<w:commentRangeEnd w:id="1"/><w:r><w:commentReference w:id="1"/></w:r>', '<w:pStyle w:val="Heading1"/>') +
        p('1. Ein Satz.') +
        p('2 Schluss', '<w:pStyle w:val="Heading1"/>') +
        p('1. Ende.'),
    });
    const { contract, warnings } = contractOf(bytes);
    expect(contract.sections[0]!.title).toBe('Neuer Gegenstand');
    expect(warnings).toEqual([]);
    const [passage, clause] = contract.sections[0]!.clauses;
    expect(passage).toMatchObject({ passage: 'heading', text: '1 Neuer Gegenstand' });
    expect(passage!.segments).toEqual([
      { kind: 'equal', text: '1 ' },
      { kind: 'delete', text: 'Alter ', author: 'Eva', date: expect.any(String), id: 'docx-1' },
      { kind: 'insert', text: 'Neuer ', author: 'Eva', date: expect.any(String), id: 'docx-2' },
      { kind: 'equal', text: 'Gegenstand' },
    ]);
    expect(passage!.comments).toEqual([expect.objectContaining({ text: 'Titel passt nicht.', author: 'Eva', date: '2025-05-03T12:00:00.000Z' })]);
    expect(clause).toMatchObject({ text: 'Ein Satz.' });
    expect(clause!.comments).toBeUndefined();
  });

  it('keeps changes and comments in a header, a footnote and a text box, each marked with where it sits', () => {
    const textBox = (content: string) =>
      `<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><w:txbxContent>${content}</w:txbxContent></wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent>${p(run('Kopie'))}</w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r>`;
    const bytes = docxPackage({
      styles: HEADING_STYLES,
      comments: '<w:comment w:id="7" w:author="Ole" w:date="2025-05-05T08:00:00Z"><w:p><w:r><w:t>Logo fehlt.</w:t></w:r></w:p></w:comment>',
      header: p('<w:commentRangeStart w:id="7"/>' + run('Muster ') + del(20, 'Ole', 'GmbH') + '<w:commentRangeEnd w:id="7"/><w:r><w:commentReference w:id="7"/></w:r>'),
      footnotes: `<w:footnote w:id="1"><w:p>${run('Siehe ')}${ins(21, 'Eva', 'Anlage 2')}</w:p></w:footnote>`,
      body:
        p('1 Gegenstand', '<w:pStyle w:val="Heading1"/>') +
        p(run('1. Ein Satz.') + '<w:r><w:footnoteReference w:id="1"/></w:r>' + textBox(p(run('Kasten ') + ins(22, 'Eva', 'neu')))) +
        p('2 Schluss', '<w:pStyle w:val="Heading1"/>') +
        p('1. Ende.'),
    });
    const { contract, warnings } = contractOf(bytes);
    expect(warnings).toEqual([]);
    const passages = contract.sections.flatMap((section) => section.clauses).filter((clause) => clause.passage);
    expect(passages.map((clause) => [clause.passage, clause.text])).toEqual([
      ['text-box', 'Kasten neu'],
      ['footnote', 'Siehe Anlage 2'],
      ['header', 'Muster'],
    ]);
    expect(passages[0]!.segments).toContainEqual({ kind: 'insert', text: 'neu', author: 'Eva', date: '2025-05-01T10:00:00.000Z', id: 'docx-22' });
    expect(passages[1]!.segments).toContainEqual({ kind: 'insert', text: 'Anlage 2', author: 'Eva', date: '2025-05-01T10:00:00.000Z', id: 'docx-21' });
    expect(passages[2]!.segments).toContainEqual({ kind: 'delete', text: 'GmbH', author: 'Ole', date: '2025-05-01T10:00:00.000Z', id: 'docx-20' });
    expect(passages[2]!.comments).toEqual([expect.objectContaining({ author: 'Ole', text: 'Logo fehlt.', date: '2025-05-05T08:00:00.000Z' })]);
  });

  it('never makes a heading deleted whole the title of a section', () => {
    const bytes = docxPackage({
      styles: HEADING_STYLES,
      body: p('1 Gegenstand', '<w:pStyle w:val="Heading1"/>') + p('1. Ein Satz.') + p(del(3, 'Eva', 'Entfallen'), '<w:pStyle w:val="Heading1"/>') + p('2 Schluss', '<w:pStyle w:val="Heading1"/>') + p('1. Ende.'),
    });
    const { contract } = contractOf(bytes);
    expect(contract.sections.map((section) => section.title)).toEqual(['Gegenstand', 'Schluss']);
    const passage = contract.sections.flatMap((section) => section.clauses).find((clause) => clause.passage);
    expect(passage).toMatchObject({ passage: 'heading', text: 'Entfallen', change: { kind: 'delete', author: 'Eva', id: 'docx-3' } });
  });
});

describe('a table of measures', () => {
  it('becomes measures with their categories and services, as the text annex would', () => {
    const cell = (text: string) => `<w:tc><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:tc>`;
    const row = (...cells: string[]) => `<w:tr>${cells.map(cell).join('')}</w:tr>`;
    const body =
      p('1 Gegenstand', '<w:pStyle w:val="Heading1"/>') +
      p('1. Der Auftragnehmer trifft die Maßnahmen der Anlage.') +
      p('2 Schluss', '<w:pStyle w:val="Heading1"/>') +
      p('1. Ende.') +
      p('Anlage 1', '<w:pStyle w:val="Heading1"/>') +
      p('Technische und organisatorische Maßnahmen') +
      `<w:tbl>${row('Kategorie', 'Leistung', 'Maßnahme')}${row('1 Zutrittskontrolle', 'Rechenzentrum', 'Videoüberwachung der Eingänge')}${row('', 'Rechenzentrum', 'Zutritt nur mit Karte')}${row('2 Zugangskontrolle', '', 'Passwörter werden vom Auftraggeber vergeben')}</w:tbl>`;
    const { contract } = contractOf(docxPackage({ styles: `<w:docDefaults><w:pPrDefault><w:pPr><w:spacing w:after="160"/></w:pPr></w:pPrDefault></w:docDefaults>${HEADING_STYLES}`, body }));
    expect(contract.annexes.map((annex) => [annex.label, annex.title, annex.isTomAnnex])).toEqual([['Anlage 1', 'Technische und organisatorische Maßnahmen', true]]);
    expect(contract.toms.map((tom) => [tom.category.number, tom.category.title, tom.services, tom.text, tom.responsibility.party])).toEqual([
      ['1', 'Zutrittskontrolle', ['Rechenzentrum'], 'Videoüberwachung der Eingänge', 'unstated'],
      ['1', 'Zutrittskontrolle', ['Rechenzentrum'], 'Zutritt nur mit Karte', 'unstated'],
      ['2', 'Zugangskontrolle', [], 'Passwörter werden vom Auftraggeber vergeben', 'customer'],
    ]);
  });
});

describe('namespaces', () => {
  it('are read by their URI, whatever prefix the file binds, on its root or on an element inside', () => {
    const body = `<body><p><r><t>1 Gegenstand</t></r></p><p><x:r xmlns:x="${W}"><x:t xml:space="preserve">1. Der Auftragnehmer </x:t></x:r><r><t>verarbeitet Daten.</t></r></p></body>`;
    const documentXml = `<?xml version="1.0" encoding="UTF-8"?><document xmlns="${W}">${body}</document>`;
    const { contract } = contractOf(docxPackage({ body: '', documentXml }));
    expect(contract.sections.map((section) => [section.title, section.clauses.map((clause) => clause.text)])).toEqual([['Gegenstand', ['Der Auftragnehmer verarbeitet Daten.']]]);
  });

  it('refuse an element or attribute whose prefix is bound nowhere, with the line', () => {
    for (const inner of ['<x:p/>', '<w:p x:val="1"/>']) {
      const result = importDocx(docxPackage({ body: '', documentXml: `<?xml version="1.0"?>\n<w:document xmlns:w="${W}">\n<w:body>${inner}</w:body></w:document>` }));
      expect(result.ok ? null : result.error).toMatchObject({ reason: 'xml', part: 'word/document.xml', detail: expect.stringMatching(/^3:\d+: unbound namespace prefix/u) });
    }
  });
});

describe('Strict OOXML', () => {
  it('reads a document in the Strict namespace like a Transitional one', () => {
    const strict = 'http://purl.oclc.org/ooxml/wordprocessingml/main';
    const documentXml = `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${strict}"><w:body>${p('1 Gegenstand')}${p('1. Der Auftragnehmer verarbeitet Daten.')}${p('2 Schluss')}${p('1. Ende.')}</w:body></w:document>`;
    const { contract } = contractOf(docxPackage({ body: '', documentXml }));
    expect(contract.sections.map((section) => [section.label, section.title, section.clauses.length])).toEqual([
      ['1', 'Gegenstand', 1],
      ['2', 'Schluss', 1],
    ]);
  });
});
