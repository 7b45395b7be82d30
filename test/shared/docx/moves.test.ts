/**
 * Moves as Word writes them (`w:moveFrom`/`w:moveTo` inside `w:moveFromRangeStart`/`w:moveToRangeStart`
 * ranges that share a `w:name`): kept as one move of its author, decided as one.
 */
import { describe, expect, it } from 'vitest';
import type { Contract } from '../../../shared/contract/model';
import { listChanges } from '../../../shared/redline/changes';
import { newReview } from '../../../shared/review/newReview';
import { decideChanges, editText } from '../../../shared/review/operations';
import { importDocx } from '../../../shared/docx';
import { loadDocx } from '../../../shared/documents/loadDocx';
import { patchDocx } from '../../../shared/docx/patch/patchDocx';
import { paragraphsOf, partsOf, text } from '../../support/theirDocument';
import { parseReviewFile, serializeReview } from '../../../shared/review/reviewFile';
import { p, run } from '../../support/docxPackage';
import { attributes, contractOf, MOVED_WORDS, movedDocx, moveFrom, moveTo, rangeEnd, rangeStart, WHEN } from '../../support/docxMoves';

const context = { by: 'Ole', now: WHEN, rationale: '', newId: () => 'decision-1' };
const texts = (contract: Contract) => contract.sections[0]!.clauses.map((clause) => clause.text);

describe('moves Word wrote', () => {
  it('reads both halves of a move with its name, author and date', () => {
    const changes = listChanges(contractOf(MOVED_WORDS));
    expect(changes.map(({ kind, text, author, date, move }) => ({ kind, text, author, date, move }))).toEqual([
      { kind: 'delete', text: 'unverzüglich ', author: 'Jens Krüger', date: '2025-05-01T10:00:00.000Z', move: { name: 'move123', side: 'from' } },
      { kind: 'insert', text: 'unverzüglich ', author: 'Jens Krüger', date: '2025-05-01T10:00:00.000Z', move: { name: 'move123', side: 'to' } },
    ]);
  });

  it('accepts a move whole, whichever half is chosen: gone at the source, kept at the destination', () => {
    const contract = contractOf(MOVED_WORDS);
    const [source, destination] = listChanges(contract);
    for (const chosen of [source!, destination!]) {
      const accepted = decideChanges(newReview(contract, { kind: 'docx', name: 'avv.docx' }, WHEN), { id: chosen.id }, 'accept', context);
      expect(texts(accepted.contract)).toEqual(['Der Auftragnehmer meldet Vorfälle dem Auftraggeber.', 'Er unterstützt unverzüglich bei Anfragen.']);
      expect(listChanges(accepted.contract)).toEqual([]);
      expect(accepted.decisions.map((decision) => ('change' in decision ? decision.change.id : null))).toEqual([source!.id, destination!.id]);
    }
  });

  it('rejects a move whole: kept at the source, gone at the destination', () => {
    const contract = contractOf(MOVED_WORDS);
    const [, destination] = listChanges(contract);
    const rejected = decideChanges(newReview(contract, { kind: 'docx', name: 'avv.docx' }, WHEN), { id: destination!.id }, 'reject', context);
    expect(texts(rejected.contract)).toEqual(['Der Auftragnehmer meldet Vorfälle unverzüglich dem Auftraggeber.', 'Er unterstützt bei Anfragen.']);
    expect(listChanges(rejected.contract)).toEqual([]);
  });

  it('leaves other changes of the same author alone when one move is decided', () => {
    const other = p(run('3. Er löscht Daten ') + `<w:del ${attributes(9)}><w:r><w:delText>sofort</w:delText></w:r></w:del>`);
    const contract = contractOf(MOVED_WORDS + other);
    const [source] = listChanges(contract);
    const accepted = decideChanges(newReview(contract, { kind: 'docx', name: 'avv.docx' }, WHEN), { id: source!.id }, 'accept', context);
    expect(listChanges(accepted.contract).map((change) => [change.kind, change.text, change.move])).toEqual([['delete', 'sofort', undefined]]);
  });

  it('keeps a paragraph Word moved whole as a move of whole clauses, decided together', () => {
    const body =
      p(run('1. Erster Absatz.')) +
      p(rangeStart('From', 5, 'move7') + moveFrom(6, '2. Verschobener Absatz.') + rangeEnd('From', 5), `<w:rPr><w:moveFrom ${attributes(10)}/></w:rPr>`) +
      p(run('3. Dritter Absatz.')) +
      p(rangeStart('To', 7, 'move7') + moveTo(8, '4. Verschobener Absatz.') + rangeEnd('To', 7), `<w:rPr><w:moveTo ${attributes(11)}/></w:rPr>`);
    const contract = contractOf(body);
    const changes = listChanges(contract);
    expect(changes.map(({ kind, whole, move }) => ({ kind, whole, move }))).toEqual([
      { kind: 'delete', whole: true, move: { name: 'move7', side: 'from' } },
      { kind: 'insert', whole: true, move: { name: 'move7', side: 'to' } },
    ]);
    const review = newReview(contract, { kind: 'docx', name: 'avv.docx' }, WHEN);
    const accepted = decideChanges(review, 'all', 'accept', context);
    expect(texts(accepted.contract)).toEqual(['Erster Absatz.', 'Dritter Absatz.', 'Verschobener Absatz.']);
    const rejected = decideChanges(review, { id: changes[0]!.id }, 'reject', context);
    expect(texts(rejected.contract)).toEqual(['Erster Absatz.', 'Verschobener Absatz.', 'Dritter Absatz.']);
  });

  it('keeps a move’s destination in a paragraph added around it as a move of its own, pending when the paragraph is accepted', () => {
    const body =
      p(run('1. Er meldet Vorfälle. ') + rangeStart('From', 1, 'move9') + moveFrom(2, 'Binnen 24 Stunden.') + rangeEnd('From', 1)) +
      p(`<w:ins ${attributes(3)}><w:r><w:t xml:space="preserve">2. Neu: </w:t></w:r></w:ins>` + rangeStart('To', 4, 'move9') + moveTo(5, 'Binnen 24 Stunden.') + rangeEnd('To', 4));
    const contract = contractOf(body);
    const changes = listChanges(contract);
    expect(changes.map(({ id, kind, whole, move }) => ({ id, kind, whole, side: move?.side }))).toEqual([
      { id: 'docx-2', kind: 'delete', whole: false, side: 'from' },
      { id: 'docx-3', kind: 'insert', whole: true, side: undefined },
      { id: 'docx-5', kind: 'insert', whole: false, side: 'to' },
    ]);
    const paragraphAccepted = decideChanges(newReview(contract, { kind: 'docx', name: 'avv.docx' }, WHEN), { id: 'docx-3' }, 'accept', context);
    expect(listChanges(paragraphAccepted.contract).map((change) => change.id)).toEqual(['docx-2', 'docx-5']);
    const moveAccepted = decideChanges(paragraphAccepted, { id: 'docx-2' }, 'accept', context);
    expect(texts(moveAccepted.contract)).toEqual(['Er meldet Vorfälle.', 'Neu: Binnen 24 Stunden.']);
  });

  it('reads moves in ranges without a name (or outside a range) as a deletion and an insertion', () => {
    const body = p(run('1. Vorfälle ') + moveFrom(2, 'sofort ') + run('melden.')) + p(run('2. Hilfe ') + moveTo(4, 'sofort ') + run('leisten.'));
    expect(listChanges(contractOf(body)).map((change) => change.move)).toEqual([undefined, undefined]);
  });

  it('saves and opens the move link in a review file', () => {
    const review = newReview(contractOf(MOVED_WORDS), { kind: 'docx', name: 'avv.docx' }, WHEN);
    const opened = parseReviewFile(serializeReview(review));
    if (!opened.ok) throw new Error(JSON.stringify(opened));
    expect(listChanges(opened.review.contract).map((change) => change.move?.side)).toEqual(['from', 'to']);
  });
});

describe('a move exported into the Word document it came from', () => {
  const bytes = movedDocx(MOVED_WORDS);
  const loaded = loadDocx(bytes, 'avv.docx', WHEN);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.error));
  const source = loaded.review.contract.sections[0]!.clauses[0]!;
  // Words of the clause that holds the move's source, away from the move.
  const edited = editText(loaded.review, { kind: 'clause', id: source.id }, source.text.replace('Auftraggeber', 'Verantwortlichen'), { author: 'Anna Schmidt', now: WHEN, newId: () => 'ours-1' });
  const result = patchDocx(edited.source.package!, edited.contract, { mode: 'redline', author: 'Anna Schmidt', now: WHEN });
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  const before = paragraphsOf(text(partsOf(bytes).get('word/document.xml')));
  const after = paragraphsOf(text(partsOf(result.bytes).get('word/document.xml')));

  it('keeps the move markup as written, in the paragraph we edited too, and every other paragraph byte for byte', () => {
    expect(after.between).toBe(before.between);
    expect(after.between).toContain(rangeStart('From', 1, 'move123'));
    const differing = after.paragraphs.flatMap((paragraph, index) => (paragraph === before.paragraphs[index] ? [] : [index]));
    expect(differing).toEqual([1]);
    expect(after.paragraphs[1]).toContain(moveFrom(2, 'unverzüglich '));
    expect(after.paragraphs[1]).toContain(rangeEnd('From', 1));
    expect(after.paragraphs[1]).toMatch(/<w:del [^>]*w:author="Anna Schmidt"[^>]*>.*Auftraggeber/u);
  });

  it('reads back the move by its author beside our change', () => {
    const back = importDocx(result.bytes);
    if (!back.ok) throw new Error(JSON.stringify(back.error));
    expect(listChanges(back.contract).map((change) => [change.kind, change.text, change.author, change.move?.side])).toEqual([
      ['delete', 'unverzüglich ', 'Jens Krüger', 'from'],
      ['delete', 'Auftraggeber', 'Anna Schmidt', undefined],
      ['insert', 'Verantwortlichen', 'Anna Schmidt', undefined],
      ['insert', 'unverzüglich ', 'Jens Krüger', 'to'],
    ]);
  });
});
