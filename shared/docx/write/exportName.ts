/**
 * The name an export proposes for its file: the document's name and the kind of copy, in the
 * document's language (`avv-redline`, `avv-clean`; `avv-mit-Änderungen`, `avv-saubere-Fassung`),
 * so that a redline and a clean copy of one contract never take each other's name.
 */
import type { Language } from '../../contract';
import { LANGUAGES, MESSAGES } from '../../i18n';
import type { ExportMode } from './options';

const MODES: readonly ExportMode[] = ['redline', 'clean'];

/** `base` (a name without extension) without the kind an earlier export gave it, then `-` and this kind. */
export function exportFileName(base: string, mode: ExportMode, language: Language): string {
  const earlier = LANGUAGES.flatMap((other) => MODES.map((kind) => `-${MESSAGES[other].export.fileSuffix[kind]}`.toLowerCase()));
  const suffix = earlier.find((kind) => base.toLowerCase().endsWith(kind) && base.length > kind.length);
  return `${suffix ? base.slice(0, -suffix.length) : base}-${MESSAGES[language].export.fileSuffix[mode]}`;
}
