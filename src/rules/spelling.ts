/**
 * spelling: a misspelled word, per a real English dictionary (SCOWL). Proper nouns, acronyms,
 * CamelCase, tokens with digits, URLs, addresses, file names and the user's own facts and
 * personal words are left alone; one finding per distinct word.
 */
import { knownIn, suggest, type Suggestion } from "../spelling/checker.js";
import { isCommonWord } from "../spelling/dictionary.js";
import { factWords } from "../spelling/fact-words.js";
import { loanPhraseTokens } from "../spelling/loan-phrases.js";
import { nonWordRanges, overlapsAny } from "../spelling/non-words.js";
import { quotedTerms } from "../spelling/quoted-terms.js";
import { startsUpperCase, writesWithoutCapitals } from "../text/capitals.js";
import { excerptAt } from "../text/excerpt.js";
import { isTitle } from "../text/names.js";
import { bodySentences, greetingEnd } from "../text/body.js";
import { sentenceAt } from "../text/sentences.js";
import { tokenize, type Token } from "../text/tokens.js";
import type { Finding } from "../types.js";
import { finding, type Rule, type RuleContext } from "./rule.js";

/** Most distinct unknown words examined per note (each suggestion costs ~0.3-2 ms of CPU); a note with more is not English prose. */
const MAX_UNKNOWN_WORDS = 8;
/** Longest unit of measure read after a number ("mg", "µm", "kWh"). */
const MAX_UNIT_CHARS = 3;
/**
 * Unknown words this short are not judged: English's two-letter words are a closed set, and
 * what else is typed in two letters is an abbreviation ("an fo on the atr") or another
 * language ("E se gan ni") far more often than a slip.
 */
const MIN_CHECKED_CHARS = 3;
/** A letter with a mark, or of another alphabet: English words that have one are in the dictionary ("café", "naïve"). */
const FOREIGN_LETTER = /[^\P{L}A-Za-z]/u;
/** A capital initial and its full stop right before a word: the genus of a species name ("T. rex"). */
const GENUS_INITIAL = /(?:^|[^\p{L}])\p{Lu}\. $/u;
/** Particles inside a name ("Jan de Boer", "Ana da Silva"): a capitalised word before one, and a capitalised word after it, is a name. */
const NAME_PARTICLES = new Set("de da di du do dos das del della der den van von ter ten le la bin ibn al el".split(" "));
/** A capitalised sentence opener is checked only in a sentence this long: shorter lines are names and sign-offs. */
const MIN_WORDS_TO_CHECK_OPENER = 3;

/**
 * A note where more than this share of plain lower-case words is unknown is not English prose
 * (another language, or machine text): an English word list cannot judge it, so it is left alone.
 */
const MAX_UNKNOWN_SHARE = 0.3;
/** Fewer plain words than this are too few to tell a language from a handful of typos. */
const MIN_WORDS_FOR_LANGUAGE_GUESS = 12;

/** Capital letters past the first mean an acronym or CamelCase ("API", "OKRs", "iOS", "GitHub"). */
const hasInnerCapital = (word: string) => /\p{Lu}/u.test(word.slice(1));

/** The index of each sentence's first token, except a name after a title ("Dr. Brandt" is no sentence start). */
function sentenceOpeners(ctx: RuleContext): Set<number> {
  const openers = new Set<number>();
  let i = 0;
  for (const sentence of ctx.sentences) {
    while (i < ctx.tokens.length && ctx.tokens[i]!.start < sentence.start) i++;
    const token = ctx.tokens[i];
    const previous = ctx.tokens[i - 1];
    if (token && token.start < sentence.end && !(previous && isTitle(previous.text))) openers.add(i);
  }
  return openers;
}

/** A line of contact details under a name: a phone number, an address or a link. */
const CONTACT_LINE = /\d{3}|@|https?:|www\./;
/** A name line: a few words without sentence punctuation ("rosa jimenez", "- jayden"). */
const NAME_LINE = /^[^.!?,;:]*$/;
const NAME_LINE_MAX_WORDS = 4;

/**
 * Where the writer's sign-off starts: after the body's last sentence, or, in a note typed
 * without a sign-off the body rules recognise, at its last short unpunctuated line (a name,
 * perhaps with contact lines under it), else at the last word of a note that runs the name on
 * to its last sentence ("… hope we talk again soon tasha").
 */
function signatureStart(ctx: RuleContext): number {
  const { text } = ctx.note;
  const end = bodySentences(ctx).at(-1)?.end ?? text.length;
  if (end < text.length) return end;
  let lineEnd = text.trimEnd().length;
  while (lineEnd > 0) {
    const lineStart = text.lastIndexOf("\n", lineEnd - 1) + 1;
    const line = text.slice(lineStart, lineEnd).trim();
    if (CONTACT_LINE.test(line)) {
      lineEnd = Math.max(0, lineStart - 1);
      continue;
    }
    if (line && NAME_LINE.test(line) && line.split(/\s+/).length <= NAME_LINE_MAX_WORDS && lineStart > 0) return lineStart;
    break;
  }
  const last = ctx.tokens.at(-1);
  return last && !/[.!?)"'\u2019]\s*$/.test(text) ? last.start : end;
}

/**
 * Where the sign-off line that starts at `signature` ends, when it ends with a comma and a name
 * line follows it ("Kind regards,\nAlex"); else `signature` itself, so a line that may hold the
 * name is left alone.
 */
function valedictionEnd(text: string, signature: number): number {
  const lineStart = text.slice(signature).search(/\S/);
  if (lineStart < 0) return signature;
  const lineEnd = text.indexOf("\n", signature + lineStart);
  // A sign-off is punctuated as one ("Kind regards,"); "cheers kez" may hold the name.
  const signOff = lineEnd >= 0 && /,\s*$/.test(text.slice(signature, lineEnd));
  return signOff && /\S/.test(text.slice(lineEnd)) ? lineEnd : signature;
}

/**
 * The words English sign-offs are made of. A short closing line may be in the writer's own
 * language ("Cordiali saluti,", "Met vriendelijke groet,"), whose words no English list holds:
 * there, an unknown word is a slip only when what it is a slip of is one of these ("Kind
 * regrads", "Yours sincerly").
 */
const SIGN_OFF_WORDS = new Set(
  "all again and best care cheers cordially faithfully from good gratefully gratitude greetings hope kind kindest love many regard regards respectfully sincere sincerely soon speak take talk thank thanks the truly very warm warmest warmly wish wishes with yours".split(" "),
);
/** A closing line this short can be a sign-off in another language; a longer one is prose ("Looking foward to hearing from you,"). */
const MAX_SIGN_OFF_WORDS = 3;

/**
 * Where the closing line above the writer's name is, when it is short enough to be a sign-off:
 * the sign-off line valedictionEnd found, else the last line before the name line.
 */
function signOffLine(text: string, signature: number, valediction: number): { start: number; end: number } | null {
  let start = signature;
  let end = valediction;
  if (valediction <= signature) {
    // The signature starts at the name line or where the last sentence ended: either way the
    // closing line is the last line with words before it.
    end = signature;
    while (end > 0 && /\s/.test(text[end - 1]!)) end--;
    start = text.lastIndexOf("\n", end - 1) + 1;
  }
  const line = text.slice(start, end).trim();
  if (!line || /[.?;:]/.test(line) || line.split(/\s+/).length > MAX_SIGN_OFF_WORDS) return null;
  return { start, end };
}

/** How many tokens share the sentence of `token` (to tell a "Best," or "Alex Chen" line from prose). */
function sentenceLength(ctx: RuleContext, token: Token): number {
  const sentence = sentenceAt(ctx.sentences, token.start);
  return sentence ? ctx.tokens.filter((t) => t.start >= sentence.start && t.end <= sentence.end).length : 0;
}

function matchCase(suggestion: string, written: string): string {
  return startsUpperCase(written) ? suggestion[0]!.toUpperCase() + suggestion.slice(1) : suggestion;
}

/** The plain lower-case words of a note, outside its non-prose chunks, folded. */
function plainWords(text: string): readonly string[] {
  const skipped = nonWordRanges(text);
  return tokenize(text).filter((t) => /^\p{Ll}+$/u.test(t.text) && !overlapsAny(skipped, t.start, t.end)).map((t) => t.folded);
}

/** True when too many plain lower-case words are unknown for the note to be English prose. */
function notEnglish(text: string, extra: ReadonlySet<string>): boolean {
  const plain = plainWords(text);
  if (plain.length < MIN_WORDS_FOR_LANGUAGE_GUESS) return false;
  const known = knownIn(extra);
  const unknown = plain.filter((word) => !known(word)).length;
  return unknown / plain.length > MAX_UNKNOWN_SHARE;
}

/** Unknown words side by side that are another language however near each is to a word ("Diolch yn fawr"): three slips in a row are not a typist's. */
const FOREIGN_RUN_WORDS = 3;

/** True when the token at `j` is a word the checker does not know (and no number). */
const unknownAt = (ctx: RuleContext, j: number, known: (word: string) => boolean) => {
  const t = ctx.tokens[j];
  return !!t && !known(t.folded) && !/\p{N}/u.test(t.folded);
};

/** True when the tokens at `a` and `a + 1` stand side by side: only spaces between them, no punctuation. */
const sideBySide = (ctx: RuleContext, a: number) => /^ +$/.test(ctx.note.text.slice(ctx.tokens[a]!.end, ctx.tokens[a + 1]!.start));

/** How many unknown words side by side the run holding the token at `index` has (counted up to FOREIGN_RUN_WORDS each way). */
function unknownRun(ctx: RuleContext, index: number, known: (word: string) => boolean): number {
  let first = index;
  while (index - first < FOREIGN_RUN_WORDS && unknownAt(ctx, first - 1, known) && sideBySide(ctx, first - 1)) first--;
  let last = index;
  while (last - index < FOREIGN_RUN_WORDS && unknownAt(ctx, last + 1, known) && sideBySide(ctx, last)) last++;
  return last - first + 1;
}

/**
 * True when the unknown word at `index` sits beside another unknown word and one of the two is
 * no single slip from an English word: two such words together are a phrase of another
 * language or a name ("beurre blanc", "dim sum"), where two typos side by side are each one slip.
 */
function inForeignPhrase(ctx: RuleContext, index: number, suggestion: Suggestion, known: (word: string) => boolean, extra: ReadonlySet<string>): boolean {
  if (unknownRun(ctx, index, known) >= FOREIGN_RUN_WORDS) return true;
  return [index - 1, index + 1].some((j) => {
    if (!unknownAt(ctx, j, known) || !sideBySide(ctx, Math.min(j, index))) return false;
    const other = suggest(ctx.tokens[j]!.folded, extra);
    return suggestion.distance > 1 || other === null || other.distance > 1;
  });
}

/**
 * Words of a greeting that is only a salutation and a name ("Kia ora Mere,", "Dear Puan Nurul
 * Izzati,"); a longer one runs on into the note ("hey priya thanks for teh tour today,").
 */
const MAX_SALUTATION_AND_NAME_WORDS = 5;

export const rule: Rule = {
  id: "spelling",
  severity: "warning",
  why: "A typo in a short note reads as carelessness; proofreading is part of the impression you leave.",
  check(ctx) {
    const extra = factWords(ctx);
    if (notEnglish(ctx.note.text, extra)) return [];
    const skipped = [...nonWordRanges(ctx.note.text), ...quotedTerms(ctx.note.text)];
    const known = knownIn(extra);
    const openers = sentenceOpeners(ctx);
    const loanWords = loanPhraseTokens(ctx.tokens);
    const seen = new Set<string>();
    const findings: Finding[] = [];
    const signature = signatureStart(ctx);
    const valediction = valedictionEnd(ctx.note.text, signature);
    const signOff = signOffLine(ctx.note.text, signature, valediction);
    const lowerCaseWriter = writesWithoutCapitals(ctx.note.text);
    // The greeting is a salutation and a name ("Kia ora Mere,"): names are wrong-name's to judge,
    // and a salutation the list of openers lacks is another language's.
    const greeting = ctx.note.greeting ?? "";
    const afterGreeting = greeting.split(/\s+/).length <= MAX_SALUTATION_AND_NAME_WORDS ? greetingEnd(ctx.note.text, greeting) : 0;
    ctx.tokens.forEach((token, i) => {
      if (token.end <= afterGreeting) return;
      // The name under the sign-off is the writer's own ("kev", "- jayden", "rosa jimenez"); the
      // sign-off above it ("Kind regrads,") is checked like the body.
      if (token.start >= signature && token.start >= valediction) return;
      const word = token.folded;
      if (word.length < MIN_CHECKED_CHARS || /\p{N}/u.test(word) || seen.has(word) || seen.size >= MAX_UNKNOWN_WORDS) return;
      // A short word after a number is its unit ("35 µm", "12 mg", "5 km"), which no word list holds.
      if (word.length <= MAX_UNIT_CHARS && /^\p{N}+$/u.test(ctx.tokens[i - 1]?.text ?? "")) return;
      // A species after its genus initial ("T. rex", "E. coli") is a name.
      if (GENUS_INITIAL.test(ctx.note.text.slice(Math.max(0, token.start - 3), token.start))) return;
      // A title, however typed ("hi mr okafor"), is no misspelling of a word.
      if (hasInnerCapital(token.text) || isTitle(token.text) || loanWords.has(i) || overlapsAny(skipped, token.start, token.end)) return;
      const opener = openers.has(i);
      // Capitalised mid-sentence: a proper noun, which no dictionary can judge.
      if (startsUpperCase(token.text) && !opener) return;
      if (known(word)) return;
      // Letters no English keyboard types ("nüfus", "değil"): a word of another language, not a slip.
      if (FOREIGN_LETTER.test(token.text)) return;
      seen.add(word);
      const suggestion: Suggestion | null = suggest(word, extra);
      if (!suggestion) return;
      // Typed without capitals, a name looks like any word ("the seneca"): only a slip of a common word shows.
      if (lowerCaseWriter && !isCommonWord(suggestion.word)) return;
      if (startsUpperCase(token.text)) {
        // An opener may be a name ("Alex Chen", "Sunita mentioned…"): flag only a near miss of a word, in prose.
        const next = ctx.tokens[i + 1];
        if (suggestion.distance > 1 || (next && startsUpperCase(next.text))) return;
        const afterParticle = ctx.tokens[i + 2];
        if (next && NAME_PARTICLES.has(next.text) && afterParticle && startsUpperCase(afterParticle.text)) return;
        if (sentenceLength(ctx, token) < MIN_WORDS_TO_CHECK_OPENER) return;
      }
      if (inForeignPhrase(ctx, i, suggestion, known, extra)) return;
      if (signOff && token.start >= signOff.start && token.end <= signOff.end && !SIGN_OFF_WORDS.has(suggestion.word)) return;
      const fixed = matchCase(suggestion.word, token.text);
      findings.push(
        finding(
          rule,
          `Check the spelling of "${token.text}" (did you mean "${fixed}"?). If it is right, add it to your personal words.`,
          excerptAt(ctx.note.text, token.start, token.end),
        ),
      );
    });
    return findings;
  },
};
