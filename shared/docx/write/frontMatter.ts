/**
 * Title, date, parties and the lines between them. A party is one paragraph, its lines
 * joined by line breaks (`w:br`), so heading, name, address and role stay one block as in
 * the contract; its role line (`– Auftraggeber –`) stands where the parser looks for it. A
 * party read from the text rather than a block of its own (`hasPartyBlock`) is written where
 * the text names it, in its sections, and gets no block here.
 */
import { HeadingLevel, Paragraph, TextRun, type ParagraphChild } from 'docx';
import { hasPartyBlock, type Contract, type Party, type Segment } from '../../contract';
import type { WriteContext } from './context';
import { BLOCK_GAP } from './styles';
import { markupOf } from './targetMarkup';
import { targetParagraphs } from './targetParagraphs';
import { pushAll } from '../../lists';

const BETWEEN_PARTIES = /^(?:und|and|sowie)$/iu;
const BEFORE_PARTIES = /^(?:zwischen|between)\b/iu;

function partyMarkup(party: Party, context: WriteContext): Segment[] {
  const text = [party.name, ...party.address].join('\n');
  return markupOf({ text, ...(party.segments ? { segments: party.segments } : {}) }, context.options.mode) ?? [{ kind: 'equal', text }];
}

function partyParagraph(party: Party, context: WriteContext): Paragraph[] {
  const leading = /:\s*$/u.test(party.roleLine);
  const heading = party.heading ?? (leading ? party.roleLine : null);
  const lead: ParagraphChild[] = heading === null ? [] : [new TextRun({ text: heading }), new TextRun({ break: 1 })];
  const trail: ParagraphChild[] = leading || party.roleLine === '' ? [] : [new TextRun({ break: 1, text: party.roleLine })];
  return targetParagraphs(partyMarkup(party, context), [], { lines: 'breaks', lead, trail, format: () => ({ spacing: { after: BLOCK_GAP } }) }, context);
}

function plain(text: string): Paragraph {
  return new Paragraph({ text, spacing: { after: BLOCK_GAP } });
}

export function frontMatterParagraphs(contract: Contract, context: WriteContext, pageBreakBefore: boolean): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  if (contract.title !== '') paragraphs.push(new Paragraph({ text: contract.title, heading: HeadingLevel.TITLE, pageBreakBefore }));
  if (contract.date !== null) {
    const date = markupOf({ text: contract.date, ...(contract.dateSegments ? { segments: contract.dateSegments } : {}) }, context.options.mode);
    if (date && date.some((segment) => segment.text.trim() !== '')) {
      pushAll(paragraphs, targetParagraphs(date, [], { lines: 'breaks', format: () => ({ spacing: { after: BLOCK_GAP } }) }, context));
    }
  }
  const before = contract.preamble.filter((line) => BEFORE_PARTIES.test(line));
  const blocks = contract.parties.filter(hasPartyBlock);
  const between = blocks.length > 1 ? contract.preamble.find((line) => BETWEEN_PARTIES.test(line)) : undefined;
  const after = contract.preamble.filter((line) => !before.includes(line) && line !== between);
  pushAll(paragraphs, before.map(plain));
  blocks.forEach((party, index) => {
    if (index === 1 && between !== undefined) paragraphs.push(plain(between));
    pushAll(paragraphs, partyParagraph(party, context));
  });
  pushAll(paragraphs, after.map(plain));
  return paragraphs;
}
