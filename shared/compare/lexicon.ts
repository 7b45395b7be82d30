/**
 * The interning tables of one comparison: token strings to small integers, and sequences of
 * those integers (a text's tokens) to small integers. Equal numbers mean equal strings or
 * equal sequences, exactly: a hash only finds the candidates, the contents decide.
 */

/**
 * The hash of `text.slice(start, end)` the lexicon expects: Java's string hash over code
 * units, kept to 24 bits so that every step stays a small integer for the engine (a step
 * outside that range sends optimised code back to the interpreter). Plain arithmetic, so a
 * scanner can fold it in as it goes with `extendStringHash`.
 */
export function hashOf(text: string, start: number, end: number): number {
  let hash = 0;
  for (let i = start; i < end; i++) hash = extendStringHash(hash, text.charCodeAt(i));
  return hash;
}

export function extendStringHash(hash: number, unit: number): number {
  return ((hash << 5) - hash + unit) & 0xffffff;
}

function grown(array: Int32Array, fill: number): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(array.length * 2).fill(fill);
  bigger.set(array);
  return bigger;
}

/**
 * Token strings to ids. A lookup reads the token where it stands in its text (start and
 * end), so a word met before costs no string: the table compares code units, and slices a
 * string only for a word it has not seen. Every clause of both documents passes through here.
 */
export class Lexicon {
  private readonly strings: string[] = [];
  /** Hash of each id's string, to skip most comparisons of different strings. */
  private hashes = new Int32Array(1024);
  /** Id of each id's string in lower case, or -1 until asked. */
  private lowered = new Int32Array(1024).fill(-1);
  /** Open addressing: id + 1 per slot, 0 for a free one; kept at most half full. */
  private slots = new Int32Array(2048);

  /** The id of `text.slice(start, end)`, whose `hashOf` is `hash`. */
  id(text: string, start: number, end: number, hash: number): number {
    const mask = this.slots.length - 1;
    for (let slot = slotOf(hash, mask); ; slot = (slot + 1) & mask) {
      const entry = this.slots[slot]!;
      if (entry === 0) return this.add(text.slice(start, end), hash, slot);
      const id = entry - 1;
      if (this.hashes[id] !== hash) continue;
      // The same string? (Written out: this runs for nearly every token of both documents.)
      const string = this.strings[id]!;
      if (string.length !== end - start) continue;
      let same = true;
      for (let i = 0; i < string.length; i++) {
        if (string.charCodeAt(i) !== text.charCodeAt(start + i)) {
          same = false;
          break;
        }
      }
      if (same) return id;
    }
  }

  /**
   * The id of the string of `id` in lower case, as the user's locale writes it
   * (`toLocaleLowerCase`, as a comparison always has): computed once per distinct token.
   */
  lower(id: number): number {
    let lower = this.lowered[id]!;
    if (lower < 0) {
      const string = this.strings[id]!;
      const lowered = string.toLocaleLowerCase();
      lower = lowered === string ? id : this.id(lowered, 0, lowered.length, hashOf(lowered, 0, lowered.length));
      this.lowered[id] = lower;
    }
    return lower;
  }

  private add(string: string, hash: number, slot: number): number {
    const id = this.strings.length;
    this.strings.push(string);
    if (id === this.hashes.length) {
      this.hashes = grown(this.hashes, 0);
      this.lowered = grown(this.lowered, -1);
    }
    this.hashes[id] = hash;
    this.slots[slot] = id + 1;
    if (2 * this.strings.length > this.slots.length) this.rehash();
    return id;
  }

  private rehash(): void {
    const slots = new Int32Array(this.slots.length * 2);
    const mask = slots.length - 1;
    for (let id = 0; id < this.strings.length; id++) {
      let slot = slotOf(this.hashes[id]!, mask);
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = id + 1;
    }
    this.slots = slots;
  }
}

/** A slot from a hash: its high bits folded onto the low ones the mask keeps. */
function slotOf(hash: number, mask: number): number {
  return (hash ^ (hash >>> 12)) & mask;
}

/** Sequences of token ids to ids: texts that read the same get the same number. */
export class Sequences {
  private readonly contents: Int32Array[] = [];
  private readonly byHash = new Map<number, number[]>();

  /** The id of `keys`, whose hash (keys folded in by `extendStringHash`) is `hash`. The table keeps `keys`: do not change it. */
  id(keys: Int32Array, hash: number): number {
    const candidates = this.byHash.get(hash);
    if (candidates) {
      for (const id of candidates) if (equalKeys(this.contents[id]!, keys)) return id;
    }
    const id = this.contents.length;
    this.contents.push(keys);
    if (candidates) candidates.push(id);
    else this.byHash.set(hash, [id]);
    return id;
  }
}

function equalKeys(a: Int32Array, b: Int32Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
