/** Plain text: decoding bytes, numbers, sizes and dates per language, Latin letters, Roman numerals, paths. */
export { allMatches } from './allMatches';
export { fromBase64, toBase64 } from './base64';
export { decodeText } from './decode';
export { excerpt } from './excerpt';
export { formatBytes } from './formatBytes';
export { formatDateTime } from './formatDate';
export { formatNumber, formatPercent } from './formatNumber';
export { latin, latinSource } from './latin';
export { rewriteEscapes } from './rewriteEscapes';
export { romanToInt } from './roman';
export { folderOf, shortenFolder } from './shortenPath';
