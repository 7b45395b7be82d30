/**
 * A contract written back as the plain text the parser reads: how tests make realistic
 * negotiated versions of a contract — change the structure, write it out, read it in
 * again through the same parser a user's file goes through.
 */
import type { Contract, Tom } from '../../shared/contract/model';
import { hasPartyBlock } from '../../shared/contract/party';

export interface TextStyle {
  /** Two spaces between words, as a careless editor leaves them: a whitespace-only difference. */
  readonly doubleSpaces?: boolean;
}

function category(tom: Tom): string {
  return [tom.category.number, tom.category.title].filter((part) => part !== '').join(' ');
}

export function contractText(contract: Contract, style: TextStyle = {}): string {
  const spaced = (line: string) => (style.doubleSpaces ? line.replace(/(?<=\S) (?=\S)/gu, '  ') : line);
  const blocks: string[] = [contract.title];
  if (contract.date) blocks.push(contract.date);
  const parties = contract.parties.filter(hasPartyBlock);
  for (const [index, party] of parties.entries()) {
    blocks.push([...(party.heading === undefined ? [] : [party.heading]), party.name, ...party.address, party.roleLine].join('\n'));
    if (index === 0) blocks.push(...contract.preamble.slice(0, 1));
  }
  blocks.push(...contract.preamble.slice(parties.length > 0 ? 1 : 0));
  for (const section of contract.sections) {
    blocks.push(...section.parts);
    blocks.push([section.label, section.title].filter((part) => part !== '').join(' '));
    for (const clause of section.clauses) {
      const [first = '', ...rest] = clause.text.split('\n');
      const lead = clause.label === null ? '' : `${clause.label} `;
      if (clause.heading !== null) blocks.push(`${lead}${clause.heading}`, spaced(first));
      else blocks.push(`${lead}${spaced(first)}`);
      for (const line of rest) blocks.push(spaced(line));
    }
  }
  blocks.push(...contract.signature);
  for (const annex of contract.annexes) {
    blocks.push(annex.label, annex.title);
    if (!annex.isTomAnnex) {
      blocks.push(...annex.items.map((item) => `- ${item}`));
      continue;
    }
    blocks.push(...annex.preamble);
    let lastCategory: string | null = null;
    let lastHeading: string | null = null;
    for (const tom of contract.toms) {
      if (category(tom) !== lastCategory) {
        blocks.push(category(tom));
        lastHeading = null;
      }
      if (tom.serviceHeading !== null && tom.serviceHeading !== lastHeading) blocks.push(tom.serviceHeading);
      lastCategory = category(tom);
      lastHeading = tom.serviceHeading;
      blocks.push(`- ${spaced(tom.text)}`);
    }
  }
  return `${blocks.join('\n\n')}\n`;
}
