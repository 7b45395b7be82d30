/**
 * Where a recent file lies, short enough for one line: the folder's last parts, cut at a separator
 * with `…` for what was left off. Cut here, at the start, rather than by CSS's `direction: rtl`
 * trick, which reorders the slashes (`/tmp/a/file.docx` read as `tmp/a/file.docx/`).
 */

const SEPARATOR = /[/\\]/u;

/** The folder that holds `path` (POSIX or Windows), without a trailing separator; `/` for a file at the root. */
export function folderOf(path: string): string {
  const cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  if (cut < 0) return '';
  return cut === 0 ? path.slice(0, 1) : path.slice(0, cut);
}

/** `folder` as is when it has at most `max` characters; else `…` and as many of its last parts as fit. */
export function shortenFolder(folder: string, max: number): string {
  const chars = [...folder];
  if (chars.length <= max) return folder;
  const separator = /\\/u.test(folder) && !folder.includes('/') ? '\\' : '/';
  const parts = folder.split(SEPARATOR).filter(Boolean);
  let kept = parts[parts.length - 1] ?? '';
  // Even the last part alone is too long: its end, which tells folders of one name apart.
  if ([...kept].length + 2 > max) return `…${chars.slice(chars.length - (max - 1)).join('')}`;
  for (let index = parts.length - 2; index >= 0; index -= 1) {
    const longer = `${parts[index]}${separator}${kept}`;
    if ([...longer].length + 2 > max) break;
    kept = longer;
  }
  return `…${separator}${kept}`;
}
