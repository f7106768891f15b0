/**
 * Edit distance for typo detection: Levenshtein (fastest-levenshtein) where swapping two
 * adjacent letters counts as one edit, as people type it ("Pryia", "recieve"), not two.
 */
import { distance } from "fastest-levenshtein";

/** True when `b` is `a` with exactly one pair of adjacent letters swapped. */
export function isTransposition(a: string, b: string): boolean {
  if (a.length !== b.length || a === b) return false;
  let i = 0;
  while (a[i] === b[i]) i++;
  return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}

/** Levenshtein distance, except that one adjacent swap costs 1. */
export function editDistance(a: string, b: string): number {
  return isTransposition(a, b) ? 1 : distance(a, b);
}
