/** Size limits of the files Clausemark opens, apart from the code that reads them (the UI words them). */
import { DOCX_LIMITS } from '../docx';

/** Text contracts beyond this are refused before they are read (a contract is rarely 2 MB). */
export const MAX_TEXT_BYTES = 20 * 1024 * 1024;

/**
 * Review files carry versions and history; they may be larger than the contract: 100 MB,
 * and room besides for the Word document a review came from, which it keeps in base64
 * (`SourcePackage`: four characters for every three bytes). A review Clausemark writes is
 * one it opens again.
 */
export const MAX_REVIEW_BYTES = 100 * 1024 * 1024 + Math.ceil(DOCX_LIMITS.maxFileBytes / 3) * 4;
