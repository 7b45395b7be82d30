import { describe, expect, it } from 'vitest';
import { excerpt } from '../../../shared/text/excerpt';

describe('a text as a quote', () => {
  it('drops the spaces and line breaks a word-level change carries around its words', () => {
    expect(excerpt(' Auftraggebers, ', 80)).toBe('Auftraggebers,');
    expect(excerpt('Der Auftraggeber ist für die ', 80)).toBe('Der Auftraggeber ist für die');
    expect(excerpt('\n- Die Bestellung  eines\tDatenschutzbeauftragten', 80)).toBe('- Die Bestellung eines Datenschutzbeauftragten');
  });

  it('cuts a long text after the last whole word that fits, with an ellipsis', () => {
    const text = 'Der Auftragnehmer hat den Auftraggeber unverzüglich zu informieren, wenn er der Meinung ist, eine Weisung verstoße gegen Datenschutzvorschriften.';
    expect(excerpt(text, 60)).toBe('Der Auftragnehmer hat den Auftraggeber unverzüglich zu…');
    expect(excerpt(text, 70)).toBe('Der Auftragnehmer hat den Auftraggeber unverzüglich zu informieren…');
    expect(excerpt(text, text.length)).toBe(text);
  });

  it('cuts inside a word only when the first word alone is longer than the excerpt', () => {
    expect(excerpt('Datenschutzfolgenabschätzung', 10)).toBe('Datenschut…');
  });
});
