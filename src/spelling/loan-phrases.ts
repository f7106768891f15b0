/**
 * Latin and French phrases that are ordinary English ("per se", "ad hoc", "status quo"):
 * their words are not English words on their own ("se", "hoc"), so a word list flags them,
 * but inside the phrase they are spelled right. Only the whole phrase is accepted: "hoc" alone
 * is still judged.
 */
import type { Token } from "../text/tokens.js";

/** Folded, space-separated; hyphens in the written phrase are optional ("tete-a-tete"). */
const LOAN_PHRASES = [
  "per se", "ad hoc", "status quo", "vice versa", "bona fide", "bona fides", "de facto", "de jure", "et al",
  "a priori", "a posteriori", "ad nauseam", "ad infinitum", "pro bono", "pro rata", "pro forma", "quid pro quo",
  "per diem", "per annum", "per capita", "in situ", "in vitro", "in vivo", "inter alia", "ipso facto", "prima facie",
  "mea culpa", "alma mater", "curriculum vitae", "cum laude", "magna cum laude", "summa cum laude", "sine qua non",
  "modus operandi", "modus vivendi", "non sequitur", "ex officio", "ex post", "ex ante", "mutatis mutandis",
  "carte blanche", "raison d'etre", "vis a vis", "faux pas", "deja vu", "en route", "en masse", "tete a tete",
  "savoir faire", "joie de vivre", "laissez faire", "esprit de corps", "je ne sais quoi", "bon voyage", "bon appetit",
  "coup de grace", "force majeure", "fait accompli", "cause celebre", "avant garde", "c'est la vie", "hors d'oeuvre",
  "noblesse oblige", "pied a terre", "tour de force", "a la carte", "au fait", "de rigueur", "creme de la creme",
] as const;

/** Phrases by their first word, each as its list of words. */
const BY_FIRST_WORD = new Map<string, string[][]>();
for (const phrase of LOAN_PHRASES) {
  const words = phrase.split(" ");
  const list = BY_FIRST_WORD.get(words[0]!) ?? [];
  list.push(words);
  BY_FIRST_WORD.set(words[0]!, list);
}

/** The parts of a folded token as the phrases spell them ("tete-a-tete" is three words). */
const partsOf = (token: Token) => token.folded.split("-");

/** Indexes of the tokens that are part of a loan phrase, in one pass (each token starts at most a few short phrases). */
export function loanPhraseTokens(tokens: readonly Token[]): Set<number> {
  const covered = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    const first = partsOf(tokens[i]!)[0]!;
    const candidates = BY_FIRST_WORD.get(first);
    if (!candidates) continue;
    for (const words of candidates) {
      // Walk tokens and their hyphen parts together.
      let w = 0;
      let t = i;
      while (w < words.length && t < tokens.length) {
        const parts = partsOf(tokens[t]!);
        if (parts.some((part, k) => part !== words[w + k])) break;
        w += parts.length;
        t++;
      }
      if (w === words.length) for (let k = i; k < t; k++) covered.add(k);
    }
  }
  return covered;
}
