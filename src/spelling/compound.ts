/**
 * Closed compounds of two everyday words that SCOWL does not list yet ("lockdown",
 * "handwash"): English joins nouns freely, and a new compound reaches notes years before it
 * reaches a word list. A word is taken as one only when both halves are common words of at
 * least MIN_PART_LENGTH letters and the first is not a function word, since the run-together
 * phrases people mistype are made of short or function words ("alot", "eachother", "everytime").
 */
import { isFunctionWord } from "../text/stopwords.js";
import { isCommonWord } from "./dictionary.js";

/** Shortest half considered: "atleast", "noone" and "infact" split into a short word and another. */
const MIN_PART_LENGTH = 4;

/** True when `word` is two common words written as one, the first of them a content word. */
export function isClosedCompound(word: string): boolean {
  for (let split = MIN_PART_LENGTH; split <= word.length - MIN_PART_LENGTH; split++) {
    const head = word.slice(0, split);
    const tail = word.slice(split);
    if (isCommonWord(head) && isCommonWord(tail) && !isFunctionWord(head)) return true;
  }
  return false;
}
