/**
 * Every piece of text a contract holds, in reading order. The parser promises that no
 * word of its input is lost; this is what the promise is checked against.
 */
import type { Contract } from './model';
import { pushAll } from '../lists';

export function contractTexts(contract: Contract): string[] {
  const texts: string[] = [contract.title];
  if (contract.date) texts.push(contract.date);
  for (const party of contract.parties) {
    if (party.heading !== undefined) texts.push(party.heading);
    texts.push(party.name);
    pushAll(texts, party.address);
    texts.push(party.roleLine);
  }
  pushAll(texts, contract.preamble);
  for (const section of contract.sections) {
    pushAll(texts, section.parts);
    texts.push(section.label, section.title);
    for (const clause of section.clauses) texts.push(clause.label ?? '', clause.heading ?? '', clause.text);
  }
  pushAll(texts, contract.signature);
  for (const annex of contract.annexes) pushAll(texts, [annex.label, annex.title, ...annex.preamble, ...annex.items]);
  let lastCategory = '';
  let lastHeading: string | null = null;
  for (const tom of contract.toms) {
    const category = `${tom.category.number} ${tom.category.title}`;
    if (category !== lastCategory) {
      texts.push(category);
      lastHeading = null;
    }
    if (tom.serviceHeading !== null && tom.serviceHeading !== lastHeading) texts.push(tom.serviceHeading);
    lastCategory = category;
    lastHeading = tom.serviceHeading;
    texts.push(tom.text);
  }
  return texts;
}

/** Words as a reader counts them: runs of letters and digits, case kept. */
export function wordsOf(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+/gu) ?? [];
}
