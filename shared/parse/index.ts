/** Plain text and Markdown (and the lines a DOCX yields) → a contract, with where each line came from. */
export { matchAnnexHeading, matchSectionHeading } from './headings';
export { writtenAs, type ContractOrigins, type LineOrigin } from './origins';
export { parseContract, parseLines } from './parseContract';
export { toUnits, type SourceLine, type TableCell, type Unit } from './units';
