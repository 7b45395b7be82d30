/**
 * Who is responsible for a measure or a duty, read sentence by sentence from its own words,
 * falling back to the frame of the annex or the contract; and how sure that reading is.
 */
export { actorsFor } from './actors';
export { annexFrame } from './annexFrame';
export { categoryOf, classifyChangedClauses, classifyClauses, classifyToms, classifyTomTexts, dutiesOf, leadInsOf, mayFrameOthers, readClauses, type ClauseReading } from './classify';
export { namesAnnex } from './contractFrame';
export { countUnsure, doubtOf, isUnsure } from './doubt';
export type { Frame } from './frames';
export { readerPreparation } from './prepare';
export { sentenceText, splitSentences } from './sentences';
