/**
 * Limits for untrusted DOCX files. A DOCX is a zip of XML parts; these bound what reading
 * one can cost, whatever its headers claim: sizes are counted while inflating, not taken
 * from the zip's directory. Only the parts Clausemark reads are inflated (never images).
 * What the parts say is bounded too: no value read from a part makes the reader allocate
 * more than a fixed amount per element of the part (list labels here; a note's text is
 * written out once however often it is referenced).
 */
export const DOCX_LIMITS = {
  /** The file itself. Contracts with scanned annexes run to a few MB; 50 MB leaves room. */
  maxFileBytes: 50 * 1024 * 1024,
  /** Entries in the zip's central directory (Word writes about 15; a contract with images a few dozen). */
  maxEntries: 2_000,
  /** One XML part, uncompressed. */
  maxPartBytes: 32 * 1024 * 1024,
  /** All parts read together, uncompressed. */
  maxTotalBytes: 96 * 1024 * 1024,
  /** Uncompressed to compressed size of one part; XML rarely passes 30:1, zip bombs go far beyond 1000:1. */
  maxRatio: 200,
  /** The ratio is checked once a part has inflated past this size, so tiny parts may compress well. */
  ratioFloorBytes: 1024 * 1024,
  /** Element nesting in any XML part (tables in tables in content controls stay far below). */
  maxDepth: 256,
  /**
   * What a reader keeps of one part, counted one by one: the body's paragraphs and table rows,
   * comments, notes, styles, list definitions, relationships. A contract has a few thousand;
   * 166,000 short paragraphs make a 28 MB document. Each kept item costs a few hundred bytes
   * to a few kilobytes through to the contract, so a part of 32 MB of empty paragraphs
   * (5 million) would cost gigabytes: the count, not the size, bounds it.
   */
  maxItems: 200_000,
  /** A list level's text (`w:lvlText`: `%1.`, `§ %1`, `Anlage %1 zum Vertrag`); longer is cut. */
  maxLevelTextLength: 128,
  /** A list label as counted and written out; longer is cut. */
  maxLabelLength: 128,
} as const;

export type DocxLimits = { readonly [K in keyof typeof DOCX_LIMITS]: number };
