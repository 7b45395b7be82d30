/** Size limits of the files Clausemark opens, apart from the code that reads them (the UI words them). */

/** Text contracts beyond this are refused before they are read (a contract is rarely 2 MB). */
export const MAX_TEXT_BYTES = 20 * 1024 * 1024;
/** Review files carry versions and history; they may be larger than the contract. */
export const MAX_REVIEW_BYTES = 100 * 1024 * 1024;
