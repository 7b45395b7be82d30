/**
 * The style that puts an author's markup in their colour: the colours of all authors of the
 * open review are given together (`shared/review/authorColors`), once per version of its text.
 */
import type { CSSProperties } from 'react';
import type { Contract } from '../../../shared/contract';
import { assignAuthorColors, colorOfName, onDarkPage, type Author } from '../../../shared/review';
import { contractChangeAuthors } from '../../../shared/redline';
import { useShallow } from 'zustand/react/shallow';
import { useStore } from '../../store/store';

const assigned = new WeakMap<Contract, { own: Author | null; colors: ReadonlyMap<string, string> }>();

function colorsOf(contract: Contract | undefined, own: Author | null): ReadonlyMap<string, string> {
  if (!contract) return assignAuthorColors([], own);
  const cached = assigned.get(contract);
  if (cached && cached.own === own) return cached.colors;
  const colors = assignAuthorColors(contractChangeAuthors(contract), own);
  assigned.set(contract, { own, colors });
  return colors;
}

/** `--author` for a light page and `--author-on-dark` for a dark one (app.css picks by theme). */
export function authorStyle(color: string): CSSProperties {
  return { '--author': color, '--author-on-dark': onDarkPage(color) } as CSSProperties;
}

/**
 * The style of each author's markup; an author the review does not know (a version's) by name
 * alone. `authors`, where given, are the only ones the caller draws: it is drawn again when one
 * of their colours changes, not with every edit or decision of the review (which redrew every
 * text on screen, changed or not). Without them, with every new version of the review's text.
 */
export function useAuthorStyle(authors?: readonly string[]): (author: string) => CSSProperties {
  const colors = useStore(
    useShallow((state) => {
      const all = colorsOf(state.review?.contract, state.author);
      return authors ? authors.map((author) => all.get(author)) : all;
    }),
  );
  return (author) => {
    const color = Array.isArray(colors) ? colors[authors!.indexOf(author)] : colors.get(author);
    return authorStyle(color ?? colorOfName(author));
  };
}
