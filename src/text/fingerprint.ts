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

/** FNV-1a, 32-bit: a fast, stable string hash. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** A 32-bit mixer (murmur3's finaliser) to derive one hash function per slot. */
function mix(value: number, seed: number): number {
  let h = (value ^ Math.imul(seed, 0x9e3779b1)) >>> 0;
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
  for (let i = 0; i + SHINGLE_WORDS <= words.length; i++) {
    const shingle = fnv1a(words.slice(i, i + SHINGLE_WORDS).join(" "));
    for (let s = 0; s < FINGERPRINT_SLOTS; s++) {
      const h = mix(shingle, s + 1);
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
