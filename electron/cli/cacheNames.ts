/**
 * Which code cache a command line runs with (see `codeCache.ts`): its command's, and for
 * `parse` of a DOCX the one made by reading a DOCX. Kept apart from the bundle: the launcher
 * chooses before it loads it.
 */
export const CACHE_NAMES = ['parse', 'parse-docx', 'check', 'compare', 'export', 'import'] as const;
export type CacheName = (typeof CACHE_NAMES)[number];

/** Null for no command or an unknown one (help and usage errors compile little). */
export function cacheNameOf(argv: readonly string[]): CacheName | null {
  const command = argv[0] ?? '';
  if (command === 'parse' && argv.slice(1).some((arg) => /\.docx$/iu.test(arg))) return 'parse-docx';
  return (CACHE_NAMES as readonly string[]).includes(command) ? (command as CacheName) : null;
}

export function cacheFileName(name: CacheName): string {
  return `clausemark.${name}.cache`;
}
