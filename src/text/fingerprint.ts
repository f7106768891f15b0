/**
 * A similarity fingerprint of a note, names aside, so two notes can be compared without
 * storing either one's text: MinHash over word 3-grams. The fraction of equal slots between
 * two fingerprints estimates the Jaccard similarity of their 3-gram sets.
 */
import type { Token } from "./tokens.js";

/** 64 slots estimate a Jaccard similarity to within about ±0.06, in 256 bytes per note. */
export const FINGERPRINT_SLOTS = 64;
/** Word 3-grams: long enough that stock phrases alone don't make two notes alike. */
const SHINGLE_WORDS = 3;

const FNV_OFFSET = 0x811c9dc5;
const SPACE = 0x20;

/** FNV-1a, 32-bit (a fast, stable string hash), continued from `hash` over `text`; `>>> 0` it when done. */
function fnv1a(text: string, hash: number = FNV_OFFSET): number {
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash;
}

/** FNV-1a of `words[from..from+count)` joined by single spaces, without building the joined string. */
function shingleHash(words: readonly string[], from: number, count: number): number {
  let hash = fnv1a(words[from]!);
  for (let i = from + 1; i < from + count; i++) hash = fnv1a(words[i]!, Math.imul(hash ^ SPACE, 0x01000193));
  return hash >>> 0;
}

/** Each slot's seed term of mix(), `Math.imul(slot + 1, 0x9e3779b1)`, computed once rather than per shingle. */
const SEED_TERMS = Array.from({ length: FINGERPRINT_SLOTS }, (_, s) => Math.imul(s + 1, 0x9e3779b1));

/** A 32-bit mixer (murmur3's finaliser) to derive one hash function per slot, given the slot's SEED_TERMS entry. */
function mix(value: number, seedTerm: number): number {
  let h = (value ^ seedTerm) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * Fingerprint of a note's tokens with every word in `names` (folded) left out, so "Dear
 * Priya" and "Dear Tomasz" copies of one note look the same. Empty when the note is too
 * short to judge.
 */
export function fingerprint(tokens: readonly Token[], names: ReadonlySet<string>): number[] {
  const words = tokens
    .map((t) => t.folded)
    .filter((w) => !names.has(w));
  if (words.length < SHINGLE_WORDS + 2) return [];
  const slots = new Array<number>(FINGERPRINT_SLOTS).fill(0xffffffff);
  // A repeated shingle cannot lower any slot's minimum again: hash it into the slots once.
  const done = new Set<number>();
  for (let i = 0; i + SHINGLE_WORDS <= words.length; i++) {
    const shingle = shingleHash(words, i, SHINGLE_WORDS);
    if (done.has(shingle)) continue;
    done.add(shingle);
    for (let s = 0; s < FINGERPRINT_SLOTS; s++) {
      const h = mix(shingle, SEED_TERMS[s]!);
      if (h < slots[s]!) slots[s] = h;
    }
  }
  return slots;
}

/** Estimated Jaccard similarity (0..1) of two fingerprints; 0 when either is empty. */
export function similarity(a: readonly number[], b: readonly number[]): number {
  if (a.length !== FINGERPRINT_SLOTS || b.length !== FINGERPRINT_SLOTS) return 0;
  let same = 0;
  for (let i = 0; i < FINGERPRINT_SLOTS; i++) if (a[i] === b[i]) same++;
  return same / FINGERPRINT_SLOTS;
}
