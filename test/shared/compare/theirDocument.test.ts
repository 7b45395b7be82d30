/**
 * Where a merged item stands in their answer's Word document: the origin of their item, with
 * their untracked edits settled (the document holds them made), or none where the two do
 * not spell the same document text.
 */
import { describe, expect, it } from 'vitest';
import type { DocxOrigin, Segment } from '../../../shared/contract/model';
import { asDocumentHolds } from '../../../shared/docx/patch/items';
import { markupCheck } from '../../../shared/docx/originCheck';
import { originInTheirs } from '../../../shared/compare/theirDocument';

const JENS = 'Jens Krüger';
const OURS = 'Dana Vogt';
const at = '2026-02-03T10:15:00.000Z';
const equal = (text: string): Segment => ({ kind: 'equal', text });
const change = (kind: 'insert' | 'delete', text: string, author: string, id: string): Segment => ({ kind, text, author, date: at, id });
const spelled = (segments: readonly Segment[]) => segments.map((segment) => segment.text).join('');

/** Their item as imported from their answer: its markup and where it stands (paragraph 7). */
function theirs(segments: readonly Segment[]): { text: string; segments: readonly Segment[]; origin: DocxOrigin } {
  const markup = spelled(segments);
  return { text: markup, segments, origin: { pieces: [{ paragraph: 7, from: 0, to: markup.length }], check: markupCheck(markup) } };
}

describe('the origin of a merged item in their answer', () => {
  it('is their item’s where both hold the same markup: their revision and our change they left pending as the same pending changes', () => {
    const held = [equal('The VASNHS '), change('insert', 'qualified ', JENS, 'docx-901'), equal('service lines'), change('insert', ' below', OURS, 'docx-3')];
    const merged = [equal('The VASNHS '), change('insert', 'qualified ', JENS, 'm1'), equal('service lines'), change('insert', ' below', OURS, 'r1-2')];
    const their = theirs(held);
    expect(originInTheirs({ text: 'The VASNHS qualified service lines below', segments: merged }, their)).toEqual(their.origin);
  });

  it('settles their untracked edits, which the merge holds as their pending changes: export then writes the document text as they left it', () => {
    const held = [equal('Office of the Chief of Staff and the Chief Nurse; Office of Quality Value')];
    const merged = [equal('Office of the Chief of Staff'), change('insert', ' and the Chief Nurse', JENS, 'm1'), equal('; Office of Quality '), change('delete', 'Safety ', JENS, 'm2'), equal('Value')];
    const origin = originInTheirs({ text: 'Office of the Chief of Staff and the Chief Nurse; Office of Quality Value', segments: merged }, theirs(held))!;
    expect(origin.settled).toEqual(['m1', 'm2']);
    expect(spelled(asDocumentHolds(merged, origin.settled))).toBe(spelled(held));
  });

  it('gives none where their document holds text the merged item lacks, or a change of its own differently', () => {
    const held = [equal('Office of Quality Safety Value')];
    expect(originInTheirs({ text: 'Office of Quality Value', segments: [equal('Office of Quality Value')] }, theirs(held))).toBeUndefined();
    // Their tracked deletion is not our pending deletion: export would write the wrong author's revision.
    const tracked = [equal('Office of Quality '), change('delete', 'Safety ', JENS, 'docx-4'), equal('Value')];
    const merged = [equal('Office of Quality '), change('delete', 'Safety ', OURS, 'r1-3'), equal('Value')];
    expect(originInTheirs({ text: 'Office of Quality Value', segments: merged }, theirs(tracked))).toBeUndefined();
  });

  it('stands nowhere, with its deletion settled, for an item of ours they deleted without tracking', () => {
    const deleted = { text: 'Office of Quality Safety Value', change: { kind: 'delete' as const, id: 'm3', author: JENS, date: at } };
    expect(originInTheirs(deleted, undefined)).toEqual({ pieces: [], check: markupCheck(''), settled: ['m3'] });
    // One they still have, or one of ours still pending, cannot stand nowhere.
    expect(originInTheirs({ text: 'Office of Quality Safety Value' }, undefined)).toBeUndefined();
  });
});
