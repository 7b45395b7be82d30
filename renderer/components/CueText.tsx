import type { ReactNode } from 'react';
import type { ResponsibilityCue } from '../../shared/contract';

/** The measure's text with the words that decided its responsibility marked. */
export function CueText({ text, cues }: { readonly text: string; readonly cues: readonly ResponsibilityCue[] }) {
  const sorted = [...cues].filter((cue) => text.startsWith(cue.text, cue.start)).sort((a, b) => a.start - b.start);
  const parts: ReactNode[] = [];
  let at = 0;
  for (const cue of sorted) {
    if (cue.start < at) continue;
    if (cue.start > at) parts.push(text.slice(at, cue.start));
    parts.push(
      <mark key={cue.start} className={`cue cue-${cue.party}`}>
        {cue.text}
      </mark>,
    );
    at = cue.start + cue.text.length;
  }
  parts.push(text.slice(at));
  return <>{parts}</>;
}
