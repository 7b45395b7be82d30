import { useEffect } from 'react';
import { useStore } from '../store/store';

/** The reviewer from the preferences, read once when a form that records decisions first needs it. */
export function useAuthor() {
  const author = useStore((state) => state.author);
  const loadAuthor = useStore((state) => state.loadAuthor);
  useEffect(() => {
    if (author === undefined) void loadAuthor();
  }, [author, loadAuthor]);
  return author;
}
