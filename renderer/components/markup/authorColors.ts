/**
 * The style that puts an author's markup in their colour: the colours of all authors of the
 * open review are given together (`shared/review/authorColors`), once per version of its text.
 */
import type { CSSProperties } from 'react';
import type { Contract } from '../../../shared/contract/model';
import { assignAuthorColors, colorOfName, onDarkPage } from '../../../shared/review/authorColors';
import { contractChangeAuthors } from '../../../shared/redline/changes';
import { useStore } from '../../store/store';
import type { Author } from '../../../shared/review/author';

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

/** The style of each author's markup; an author the review does not know (a version's) by name alone. */
export function useAuthorStyle(): (author: string) => CSSProperties {
  const own = useStore((state) => state.author);
  const contract = useStore((state) => state.review?.contract);
  const colors = colorsOf(contract, own);
  return (author) => authorStyle(colors.get(author) ?? colorOfName(author));
}
