/**
 * The word bags alignment measures similarity on (`align.ts`, steps 3 and 4), and Dice's
 * coefficient of two of them.
 */

/** What alignment pairs: a clause or a measure, reduced to what it compares. */
export interface AlignUnit {
  /** Equal hashes: equal texts under the comparison's options. */
  readonly hash: number;
  /** The unit's words (small non-negative integers, equal for equal words) in any order, for similarity. */
  readonly words: Int32Array;
  /** The section (or category) the unit stands in, as an index into its document's list. */
  readonly group: number;
  /** Number and heading (`3|Instructions`), or null where the unit has none. */
  readonly key: string | null;
  /** The unit's text as written, for the letter similarity of short units (see `Bags.letters`). */
  readonly plain: string;
}

/** A copy of `array` with room for index `index`. */
function grown(array: Int32Array, index: number): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(Math.max(array.length * 2, index + 1));
  bigger.set(array);
  return bigger;
}

/** Units longer than this (code units) are compared by their words only. */
const SHORT = 160;

/** The letter pairs of a short text in lower case, letters and digits only, sorted: `Firewall` → fi ir re ew wa al ll. */
function letterPairs(text: string): Int32Array {
  const letters = text.toLocaleLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  const pairs = new Int32Array(Math.max(0, letters.length - 1));
  for (let i = 0; i < pairs.length; i++) pairs[i] = (letters.charCodeAt(i) << 16) | letters.charCodeAt(i + 1);
  return pairs.sort();
}

/** Words per block of the bags' pool. */
const POOL = 1 << 16;

/**
 * Word bags without the words most units share (`der`, `und`, `Auftragnehmer` in an AVV):
 * two unrelated clauses of the same contract share those, and similarity should measure
 * what a clause is about. A bag of nothing but such words stays as it was.
 *
 * Bags are made when first asked for (only units their texts left unpaired are compared by
 * words), and compared by counting rather than sorting: one bag is loaded into per-word
 * counters, then each candidate is counted against it.
 */
export class Bags {
  /** In how many units of either document each word occurs; counted when first needed. */
  private frequency: Int32Array | null = null;
  /** Per word: how often the loaded bag holds it, and how many of those the current candidate matched. */
  private counts = new Int32Array(0);
  private matched = new Int32Array(0);
  /** Per word, the last `stamp` it was listed under, for distinct words. */
  private marks = new Int32Array(0);
  private stamp = 0;
  private loaded: Int32Array | null = null;
  private readonly limit: number;
  /** The filtered bags, one after another (a typed array each would cost an allocation outside the heap). */
  private pool = new Int32Array(0);
  private poolUsed = 0;
  private readonly oldBags: (Int32Array | undefined)[] = [];
  private readonly newBags: (Int32Array | undefined)[] = [];
  private readonly oldLetters: (Int32Array | null | undefined)[] = [];
  private readonly newLetters: (Int32Array | null | undefined)[] = [];

  constructor(
    private readonly oldUnits: readonly AlignUnit[],
    private readonly newUnits: readonly AlignUnit[],
  ) {
    this.limit = Math.max(4, Math.ceil((oldUnits.length + newUnits.length) * 0.2));
  }

  /** Loads an old unit's bag for `against`, until `unload`. */
  load(oldIndex: number): void {
    const bag = this.oldBag(oldIndex);
    for (let i = 0; i < bag.length; i++) this.counts[bag[i]!]!++;
    this.loaded = bag;
  }

  unload(): void {
    const bag = this.loaded!;
    for (let i = 0; i < bag.length; i++) this.counts[bag[i]!] = 0;
    this.loaded = null;
  }

  /** Dice's coefficient of the loaded bag and a new unit's, as multisets: 1 for the same words, 0 for none in common. */
  against(newIndex: number): number {
    const a = this.loaded!;
    const b = this.newBag(newIndex);
    const { counts, matched } = this;
    let common = 0;
    for (let j = 0; j < b.length; j++) {
      const word = b[j]!;
      if (matched[word]! < counts[word]!) {
        matched[word]!++;
        common++;
      }
    }
    for (let j = 0; j < b.length; j++) matched[b[j]!] = 0;
    if (a.length === 0 || b.length === 0) return a.length === b.length ? 1 : 0;
    return (2 * common) / (a.length + b.length);
  }

  /**
   * Dice's coefficient of two short units' letter pairs, or null when either is long: what
   * tells a short measure whose words changed their endings (`Einsatz von
   * Festplattenspiegelung`, `Einsatzes von Festplattenspiegelungen`) from another one.
   */
  letters(oldIndex: number, newIndex: number): number | null {
    const a = this.oldLetters[oldIndex] ?? this.lettersOf(this.oldUnits[oldIndex]!, this.oldLetters, oldIndex);
    const b = this.newLetters[newIndex] ?? this.lettersOf(this.newUnits[newIndex]!, this.newLetters, newIndex);
    if (a === null || b === null) return null;
    if (a.length === 0 || b.length === 0) return a.length === b.length ? 1 : 0;
    let common = 0;
    for (let i = 0, j = 0; i < a.length && j < b.length; ) {
      if (a[i] === b[j]) {
        common++;
        i++;
        j++;
      } else if (a[i]! < b[j]!) i++;
      else j++;
    }
    return (2 * common) / (a.length + b.length);
  }

  private lettersOf(unit: AlignUnit, cache: (Int32Array | null | undefined)[], index: number): Int32Array | null {
    const pairs = unit.plain.length > SHORT ? null : letterPairs(unit.plain);
    cache[index] = pairs;
    return pairs;
  }

  /** The distinct words of an old unit's bag, in no particular order. */
  distinctOld(index: number): number[] {
    return this.distinct(this.oldBag(index));
  }

  distinctNew(index: number): number[] {
    return this.distinct(this.newBag(index));
  }

  private distinct(bag: Int32Array): number[] {
    const stamp = ++this.stamp;
    const distinct: number[] = [];
    for (let i = 0; i < bag.length; i++) {
      const word = bag[i]!;
      if (this.marks[word] === stamp) continue;
      this.marks[word] = stamp;
      distinct.push(word);
    }
    return distinct;
  }

  private oldBag(index: number): Int32Array {
    return (this.oldBags[index] ??= this.bagOf(this.oldUnits[index]!.words));
  }

  private newBag(index: number): Int32Array {
    return (this.newBags[index] ??= this.bagOf(this.newUnits[index]!.words));
  }

  private bagOf(words: Int32Array): Int32Array {
    const frequency = this.frequency ?? this.count();
    if (this.poolUsed + words.length > this.pool.length) {
      this.pool = new Int32Array(Math.max(POOL, words.length));
      this.poolUsed = 0;
    }
    const start = this.poolUsed;
    let end = start;
    for (let i = 0; i < words.length; i++) if (frequency[words[i]!]! <= this.limit) this.pool[end++] = words[i]!;
    if (end === start || end - start === words.length) return words;
    this.poolUsed = end;
    return this.pool.subarray(start, end);
  }

  private count(): Int32Array {
    let frequency = new Int32Array(1024);
    let marks = new Int32Array(1024);
    let stamp = this.stamp;
    // A word counts once per unit: `marks` holds the last unit it was counted for.
    for (const units of [this.oldUnits, this.newUnits]) {
      for (let u = 0; u < units.length; u++) {
        const { words } = units[u]!;
        stamp++;
        for (let i = 0; i < words.length; i++) {
          const word = words[i]!;
          if (word >= frequency.length) {
            frequency = grown(frequency, word);
            marks = grown(marks, word);
          }
          if (marks[word] === stamp) continue;
          marks[word] = stamp;
          frequency[word]!++;
        }
      }
    }
    this.stamp = stamp;
    this.marks = marks;
    this.counts = new Int32Array(frequency.length);
    this.matched = new Int32Array(frequency.length);
    this.frequency = frequency;
    return frequency;
  }
}
