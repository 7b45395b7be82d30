import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { exportDocx } from '../../../shared/docx';
import { exportFileName } from '../../../shared/docx/write/exportName';
import { commentsOfExport, excerptOf } from '../../../shared/docx/write/outgoingComments';
import { negotiatedTemplate } from '../../support/negotiated';

const negotiated = negotiatedTemplate();

describe('the comments an export sends', () => {
  it('lists the external comments with their clause and replies, and names the internal notes that stay out', () => {
    const { leaving, staying } = commentsOfExport(negotiated, { mode: 'redline', includeInternal: false });
    expect(leaving.map((comment) => [comment.place.kind === 'clause' ? comment.place.reference : comment.place.category, comment.excerpt, comment.replies])).toEqual([
      ['1.2', 'Beendigung soll ohne Kündigung wirken.', 0],
      ['2.2', 'Monitoring bleibt, Fehlerbehebung nur auf Auftrag.', 0],
      ['3.1', 'Bitte Frist für die Übergabe ergänzen.', 1],
      ['Vertraulichkeit: Zugangskontrolle', 'Nur für Administratoren?', 0],
    ]);
    expect(staying.map((comment) => [comment.visibility, comment.excerpt])).toEqual([['internal', 'Intern: hier nicht nachgeben, Löschkonzept ist Kernpunkt.']]);
    const included = commentsOfExport(negotiated, { mode: 'redline', includeInternal: true });
    expect([included.leaving.length, included.staying.length]).toEqual([5, 0]);
    const clean = commentsOfExport(negotiated, { mode: 'clean', includeInternal: true });
    expect([clean.leaving.length, clean.staying.length]).toEqual([0, 5]);
  });

  it('lists exactly the comments word/comments.xml then holds', async () => {
    for (const includeInternal of [false, true]) {
      const options = { mode: 'redline', includeInternal, tomLayout: 'text', coverPage: false, author: '', title: '', now: '2025-03-03T08:00:00.000Z' } as const;
      const comments = strFromU8(unzipSync(await exportDocx({ contract: negotiated }, options))['word/comments.xml']!);
      const written = [...comments.matchAll(/<w:comment [^>]*>.*?<\/w:comment>/gsu)].map((match) => [...match[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/gu)].map((text) => text[1]).join(''));
      const listed = commentsOfExport(negotiated, options).leaving.map((comment) => comment.excerpt);
      // Replies are comments of their own in the part; each listed comment is one, in order.
      expect(written.filter((text) => listed.some((excerpt) => text.endsWith(excerpt))).length).toBe(listed.length);
      expect(written.length - listed.length).toBe(commentsOfExport(negotiated, options).leaving.reduce((sum, comment) => sum + comment.replies, 0));
    }
  });

  it('lists, into their own Word document, no comment it holds already: theirs, and ours their answer brought back', () => {
    const commented = negotiated.sections.flatMap((section) => section.clauses).find((clause) => clause.comments?.some((comment) => comment.visibility === 'external'))!;
    const ours = commented.comments!.find((comment) => comment.visibility === 'external')!;
    const theirs = { ...ours, id: 'docx-c7', author: 'Jens Krüger', text: 'Übernehmen wir.' };
    // Round two: their answer holds our comment (sent in round one) and theirs; the origin says so.
    const origin = { pieces: [{ paragraph: 3, from: 0, to: commented.text.length }], check: '00000000', held: [ours.id] };
    const contract = { ...negotiated, sections: negotiated.sections.map((section) => ({ ...section, clauses: section.clauses.map((clause) => (clause === commented ? { ...clause, origin, comments: [...clause.comments!, theirs] } : clause)) })) };
    const excerpts = (theirDocument: boolean) => commentsOfExport(contract, { mode: 'redline', includeInternal: false, theirDocument }).leaving.map((comment) => comment.excerpt);
    expect(excerpts(false)).toEqual(expect.arrayContaining([ours.text, theirs.text]));
    expect(excerpts(true)).not.toContain(ours.text);
    expect(excerpts(true)).not.toContain(theirs.text);
    expect(excerpts(true)).toHaveLength(excerpts(false).length - 2);
  });

  it('shows the first words of a long comment, cut between words', () => {
    const text = 'Nur intern: Mandant akzeptiert notfalls auch ohne Zustimmungsvorbehalt, wenn die Haftung begrenzt bleibt und die Frist verlängert wird.';
    expect(excerptOf(text)).toBe('Nur intern: Mandant akzeptiert notfalls auch ohne Zustimmungsvorbehalt, wenn die…');
    expect(excerptOf('Kurz.\n\nZweiter Absatz.')).toBe('Kurz. Zweiter Absatz.');
  });
});

describe('the file name an export proposes', () => {
  it('differs for a redline and a clean copy, in the document’s language, and replaces the kind an earlier export gave', () => {
    expect(exportFileName('avv', 'redline', 'en')).toBe('avv-redline');
    expect(exportFileName('avv', 'clean', 'en')).toBe('avv-clean');
    expect(exportFileName('avv', 'redline', 'de')).toBe('avv-mit-Änderungen');
    expect(exportFileName('avv', 'clean', 'de')).toBe('avv-saubere-Fassung');
    expect(exportFileName('avv-redline', 'clean', 'en')).toBe('avv-clean');
    expect(exportFileName('AVV-Mit-Änderungen', 'clean', 'de')).toBe('AVV-saubere-Fassung');
    expect(exportFileName('redline', 'redline', 'en')).toBe('redline-redline');
  });
});
