/**
 * Memoisation for the text helpers the rules share. A check asks the same questions of the
 * same words and sentences many times (every rule folds, stems and normalises the note again),
 * and a Worker has a few milliseconds of CPU per message: pure functions of a string or of an
 * object are computed once and remembered.
 */

/**
 * Characters of texts (sentences, notes, topics) remembered per text cache: every sentence of
 * a few dozen notes; each cache then holds at most a few megabytes.
 */
export const TEXT_CACHE_CHARS = 200_000;

/** An undefined result, as memoize keeps it. */
const NOTHING = Symbol("undefined");

/**
 * `compute` remembered per string argument, for arguments of at most `maxChars` characters
 * in all: when that is exceeded the cache is emptied and refilled, so memory stays bounded
 * (results are about as large as their arguments) on a hostile note of 10 000 distinct words
 * or a 200 000-character line, at the cost of recomputing, never of a wrong answer. An
 * argument longer than `maxChars` alone is not remembered. `compute` must be pure and its
 * results must not be mutated by callers.
 */
export function memoize<V>(compute: (key: string) => V, maxChars: number): (key: string) => V {
  const cache = new Map<string, V | typeof NOTHING>();
  let chars = 0;
  return (key) => {
    // One look-up per call: an undefined result is kept as NOTHING, so a miss needs no has().
    const hit = cache.get(key);
    if (hit !== undefined) return (hit === NOTHING ? undefined : hit) as V;
    const value = compute(key);
    if (key.length > maxChars) return value;
    chars += key.length;
    if (chars > maxChars) {
      cache.clear();
      chars = key.length;
    }
    cache.set(key, value === undefined ? NOTHING : value);
    return value;
  };
}

/** Checks begun in this isolate (beginCheck): a per-check cache compares its own count with it. */
let checksBegun = 0;

/** Marks the start of a check (the pipeline calls it once per message): memoizeForCheck's caches start empty again. */
export function beginCheck(): void {
  checksBegun++;
}

/**
 * memoize for what is read from a note (its text, lines and sentences): remembered for the check
 * under way and forgotten when the next one begins. Rules ask the same of a note's sentences many
 * times, but a new note shares few of them with the last one, and whatever a cache still holds at
 * a young-generation GC is copied by it and then promoted: kept across checks, these caches were
 * half of what each scavenge copied (docs/performance.md). Each check gets a new cache rather than
 * a cleared one: V8 gives a cleared Map's new table the generation of the old one, so a cache that
 * once lived through a GC would keep every later entry in the old generation. Within one check, and
 * wherever no check is begun (tests, the evaluation), `maxChars` bounds it as memoize does.
 */
export function memoizeForCheck<V>(compute: (key: string) => V, maxChars = TEXT_CACHE_CHARS): (key: string) => V {
  let check = checksBegun;
  let remembered = memoize(compute, maxChars);
  return (key) => {
    if (check !== checksBegun) {
      check = checksBegun;
      remembered = memoize(compute, maxChars);
    }
    return remembered(key);
  };
}

/**
 * `compute` remembered per object (a rule context, a key set) for as long as that object
 * lives. The object must not change afterwards: a rule context is built once per check.
 */
export function memoizeByObject<K extends object, V>(compute: (key: K) => V): (key: K) => V {
  const cache = new WeakMap<K, V>();
  return (key) => {
    if (cache.has(key)) return cache.get(key) as V;
    const value = compute(key);
    cache.set(key, value);
    return value;
  };
}
