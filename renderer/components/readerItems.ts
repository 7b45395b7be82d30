import { attributeValue } from '../commands/navigation';
import type { ReaderItem } from '../focusTargets';

/** A clause, measure or change inside a reader, as its items mark themselves (`ClauseItem`, `TomItem`, the markup of a change). */
export function readerItemIn(reader: HTMLElement, item: ReaderItem): HTMLElement | null {
  return reader.querySelector<HTMLElement>(`[data-${item.kind}-id="${attributeValue(item.id)}"]`);
}
