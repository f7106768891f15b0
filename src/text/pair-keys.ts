/**
 * A text's keys for matching (see keySet in mentions.ts): each word's key, and the keys of
 * adjacent words joined ("post mortem", "on call" for "postmortem", "oncall"). Stemming a
 * joined pair costs as much as stemming a word and a note has a pair for every word, but a
 * check asks for few keys the words lack, so a pair is stemmed only when a look-up could be
 * about it: pairs are filed under the first two letters of the joined word, which stemming
 * never changes (it only rewrites a word's end), and a file's keys are computed the first time
 * a key starting with its letters is not among the words'.
 */
import { fold } from "./fold.js";

/** Letters a pair is filed under. */
const HEAD_CHARS = 2;

export class KeysWithPairs extends Set<string> {
  /** Joined pairs by the first letters of their folded form, not yet stemmed. */
  private readonly pairs = new Map<string, string[]>();
  /** Keys of the files stemmed so far. */
  private readonly pairKeys = new Set<string>();
  private readonly stemmed = new Set<string>();

  /** `keysOf` gives a joined pair's keys (mentions.ts keyPair). */
  constructor(private readonly keysOf: (joined: string) => readonly string[]) {
    super();
  }

  /** Files the pair of adjacent words `joined` (written as the text has them, joined). */
  addPair(joined: string): void {
    const head = fold(joined).slice(0, HEAD_CHARS);
    if (head.length < HEAD_CHARS) {
      for (const key of this.keysOf(joined)) this.add(key);
      return;
    }
    const filed = this.pairs.get(head);
    if (filed) filed.push(joined);
    else this.pairs.set(head, [joined]);
  }

  /** Adds another text's word keys and pairs (a line of the same note). */
  addAll(other: KeysWithPairs): void {
    for (const key of other) this.add(key);
    for (const [head, joined] of other.pairs) {
      const filed = this.pairs.get(head);
      if (!filed) this.pairs.set(head, [...joined]);
      else for (const pair of joined) filed.push(pair);
    }
  }

  override has(key: string): boolean {
    if (super.has(key)) return true;
    const head = key.slice(0, HEAD_CHARS).toLowerCase();
    if (!this.stemmed.has(head)) {
      this.stemmed.add(head);
      for (const joined of this.pairs.get(head) ?? []) for (const pairKey of this.keysOf(joined)) this.pairKeys.add(pairKey);
    }
    return this.pairKeys.has(key);
  }
}
