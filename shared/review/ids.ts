let sequence = 0;

/** Ids unique in a review: time, a counter and randomness, so two sessions never collide. */
export function newId(): string {
  sequence = (sequence + 1) % 1_000_000;
  return `${Date.now().toString(36)}${sequence.toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}
