/**
 * The comparison, away from the window: a module worker that compares two contracts and
 * sends the result back (`compareInBackground`). Both contracts and the result are plain
 * data and cross by structured clone.
 */
import { compareContracts } from '../../shared/compare/compareContracts';
import type { CompareRequest, CompareResponse } from './compareInBackground';

const scope = self as unknown as { onmessage: ((event: MessageEvent<CompareRequest>) => void) | null; postMessage(message: CompareResponse): void };

scope.onmessage = (event) => {
  const { id, old, next, options } = event.data;
  try {
    scope.postMessage({ id, result: compareContracts(old, next, options) });
  } catch (error) {
    scope.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
};
