import { useStore } from '../store/store';

/** The reviewer from the preferences (loaded when the app starts); null until they say who they are. */
export function useAuthor() {
  return useStore((state) => state.author);
}
