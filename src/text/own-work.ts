/**
 * Which words of a sentence describe the writer's own background. "At Mercy Valley I rebuilt
 * our grid for a 32-bed unit" and "With eight years on a cardiac floor, …" are about the
 * writer; "your plans for the staffing grid" and "I enjoyed hearing how the team handles
 * alarms" are about the conversation. A first-person clause is the writer's own account when
 * its verb is one of doing (built, ran, have reviewed, maintain, am building), not one of
 * taking part in the interview or reacting to it (enjoyed, discussed, was impressed, would love).
 */
import { memoizeForCheck } from "./memo.js";
import { tokenize, type Token } from "./tokens.js";

/** Who a word of a sentence is about. */
export type Owner = "self" | "other" | "neutral";

const words = (list: string) => new Set(list.trim().split(/\s+/));

/** Past forms that report taking part in the interview, reacting to it, or sending mail, not doing work. */
const NOT_WORK_PAST = words(`
  enjoyed loved liked appreciated valued admired noticed learned learnt heard saw seen realized realised
  wondered thought felt found wanted hoped wished mentioned asked discussed talked spoke spoken met chatted
  agreed left came got gotten gathered understood meant forgot forgotten remembered reflected considered
  expected imagined pictured said told looked listened followed received read watched visited toured missed
  tried checked attached enclosed included sent forwarded shared added uploaded linked submitted applied
  reached emailed called contacted scheduled booked confirmed signed interviewed arrived returned waited
  walked went gone excited interested impressed struck surprised delighted encouraged inspired pleased
  fascinated intrigued reminded energized energised noted explored browsed downloaded installed played
  glanced skimmed jotted hesitated stayed promised decided needed took taken kept made had been was were
  did done`);

/** Past forms that "we" uses for the interview itself ("we spent most of the hour on …", "we covered"). */
const SHARED_PAST = words("spent covered dug touched reviewed ran went walked looked");

/** Irregular past forms of doing work ("I built", "I've led", "I have since rewritten"). */
const WORK_IRREGULAR = words(`
  built rebuilt ran run led wrote written rewrote rewritten taught grew grown spent cut set held brought drove
  driven sold won began begun became become oversaw overseen undertook undertaken fought stood sat gave given
  shipped`);

/** Present forms of doing work ("I maintain forty dbt models", "I lead a team of six"). */
const WORK_PRESENT = words(`
  lead leads run runs manage manages maintain maintains own owns build builds teach teaches mentor mentors
  oversee oversees supervise supervises coordinate coordinates design designs develop develops train trains
  coach coaches handle handles chair chairs organise organises organize organizes analyse analyses analyze
  analyzes operate operates work works practise practice volunteer volunteers hold holds speak speaks
  help helps serve serves cook cooks clean cleans drive drives fix fixes repair repairs sell sells`);

/**
 * What a writer says they are after "I am": a standing ability or qualification ("I am
 * comfortable with digital radiographs", "I am CELTA-certified") is their own background.
 */
const STATE_ADJECTIVES = words(`comfortable experienced skilled certified qualified licensed registered trained
  fluent proficient familiar bilingual used`);

/** Present forms that report thinking or feeling, which close an account of work ("…, I believe"). */
const NOT_WORK_PRESENT = words(`
  think believe hope feel know enjoy love like appreciate wonder agree want wish look remain see understand
  imagine expect trust admire value realize realise suspect guess reckon bet mean hear`);

/**
 * -ing forms after "I am" / "I have been" that are about the note or the interview, not work,
 * or news of the writer's life ("I'm finishing my degree in December", "I am moving to Leeds").
 */
const NOT_WORK_ING = words(`
  thinking looking hoping wondering reflecting considering planning writing reaching following sending
  attaching getting going trying waiting mulling digesting processing keeping counting rooting
  finishing graduating moving relocating leaving starting`);

/** What "I had …" has that is no background: an occasion or a thought ("the chance", "no idea", "a great time"). */
const NOT_OWNED = words("the no chance opportunity pleasure privilege honor honour time great lovely wonderful good question questions idea feeling sense");

/** What follows "do" when it is the verb itself: "I do all the dishes", "I did the rota". */
const DO_OBJECTS = words("the all a an my our most every lots plenty some both");

/** What "I am a …" is when it is a feeling, not a background: "a huge believer in", "a big fan of". */
const ADMIRER_NOUNS = words("believer believers fan fans admirer admirers supporter supporters lover lovers follower followers");

/** Words between a subject and its verb: auxiliaries and adverbs ("I have since", "we had already"). */
const PERFECT = words("have has had haven't hasn't hadn't");
const COPULA = words("am was were wasn't weren't been be is");
const MODAL = words("would will could can should might may must wouldn't won't couldn't can't shouldn't");
const DO = words("do did didn't don't");
const ADVERBS = words(`not never since also just already recently previously once even then still now currently
  personally successfully actually first myself ourselves both all each often regularly`);

/** Subjects, with what their contraction contributes ("I've" = "I have"). */
type Aux = "none" | "perfect" | "copula" | "modal";
const SUBJECT = new Map<string, Aux>([
  ["i", "none"], ["we", "none"], ["i've", "perfect"], ["we've", "perfect"], ["i'm", "copula"], ["we're", "copula"],
  ["i'd", "modal"], ["we'd", "modal"], ["i'll", "modal"], ["we'll", "modal"],
]);

const SECOND_PERSON = words("you your yours you're you've you'd you'll yourself yourselves y'all");
const SELF_POSSESSIVE = words("my mine myself");
/** What "my" may own without being the writer's background ("my visit", "my questions about the rota"). */
const MY_PART_IN_THE_INTERVIEW = words(`visit interview tour conversation conversations day time application candidacy
  questions question thanks gratitude thoughts notes mind way appreciation enthusiasm interest`);
/** Clause openers that frame a first-person account ("At Mercy Valley I rebuilt", "Last year we cut"). */
const FRAMING_OPENERS = words(`at in on during for over across with as after before since last this previously when
  while back earlier until throughout`);
const COUNTS = words(`one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen
  twenty thirty several many few a`);
const DURATIONS = words("years year months decade decades");
/** Words that open a relative clause about what precedes them ("a practice where I see …"). */
const RELATIVES = words("where which who whom");
/** A conjunction opens a new clause when one of these follows it ("…, and I'd love", "…, so the rotation"). */
const CONJUNCTIONS = words("and but so while whereas");
const NEW_SUBJECTS = words("the this that these those it i we you your they their there he she i'd i'm i've i'll");

/** Past tense or participle by form: "analysed", "rebuilt". */
const isPast = (w: string) => /^[a-z]{3,}ed$/.test(w) || WORK_IRREGULAR.has(w);

/**
 * What the clause opened by the subject at `i` reports: the writer's own work ("I rebuilt",
 * "I have led", "I maintain", "I am building"), something else ("I enjoyed", "I think",
 * "I'd love", "I was impressed"), or null when its verb is not recognised ("I juggle").
 */
function clauseKind(tokens: readonly Token[], i: number): "work" | "other" | null {
  const subject = tokens[i]!.folded;
  let aux: Aux = SUBJECT.get(subject) ?? "none";
  for (let j = i + 1; j < tokens.length && j <= i + 6; j++) {
    const w = tokens[j]!.folded;
    if (ADVERBS.has(w) || /^[a-z]+ly$/.test(w)) continue;
    if (aux !== "modal" && PERFECT.has(w)) aux = "perfect";
    else if (aux !== "modal" && COPULA.has(w)) aux = "copula";
    else if (MODAL.has(w)) aux = "modal";
    // "I do all the dishes": "do" before what is done is the verb of doing work, not an auxiliary.
    else if (DO.has(w) && DO_OBJECTS.has(tokens[j + 1]?.folded ?? "")) return w === "do" || w === "did" ? "work" : "other";
    else if (DO.has(w)) aux = "perfect";
    else {
      const next = tokens[j + 1]?.folded ?? "";
      // "I'm a huge believer in …", "I am a big fan of …": a feeling about them, not who the writer is.
      if (aux === "copula" && (w === "a" || w === "an") && [next, tokens[j + 2]?.folded ?? ""].some((n) => ADMIRER_NOUNS.has(n))) return "other";
      const kind = verbKind(w, next, aux, subject.startsWith("we"));
      // "I have four years …", "I have CELTA": "have" owning a thing, not a perfect tense, is
      // background; "we had the chance to talk", "I had no idea" are not.
      const owns = kind === null && aux === "perfect" && !/(?:ed|en)$/.test(w) && !subject.startsWith("we");
      return owns && !NOT_OWNED.has(w) && !((w === "a" || w === "an") && NOT_OWNED.has(next)) ? "work" : kind;
    }
  }
  return null;
}

function verbKind(written: string, next: string, aux: Aux, we: boolean): "work" | "other" | null {
  // A prefixed verb is its verb: "co-taught", "re-ran", "pre-built".
  const w = written.replace(/^(?:co|re|pre|over|under)-/, "");
  if (aux === "modal") return "other";
  // "I am a rising senior", "I was a carer for three years": who the writer is, their background.
  if (aux === "copula") return (/ing$/.test(w) && !NOT_WORK_ING.has(w)) || STATE_ADJECTIVES.has(w) || w === "a" || w === "an" ? "work" : "other";
  if (/^looks?$/.test(w) && next === "after") return "work"; // "I look after thirty DAGs"
  if (NOT_WORK_PAST.has(w) || NOT_WORK_PRESENT.has(w) || (we && SHARED_PAST.has(w))) return "other";
  if (isPast(w) || WORK_PRESENT.has(w)) return "work";
  return null;
}

/**
 * Punctuation between two tokens: a comma or bracket ends a phrase, and what follows may still
 * be the writer's ("eight years on a cardiac floor, the last four as charge nurse"); a
 * semicolon, colon or dash starts a new statement.
 */
function boundary(text: string, before: Token | undefined, token: Token): "phrase" | "statement" | null {
  if (!before) return null;
  // A single space, the usual gap between words, is no boundary: skip the slice and regexes.
  if (token.start === before.end + 1 && text.charCodeAt(before.end) === 0x20) return null;
  const between = text.slice(before.end, token.start);
  if (/[;:\u2013\u2014]|\s-\s/.test(between)) return "statement";
  return /[,()]/.test(between) ? "phrase" : null;
}

/**
 * Who each token of `text` is about. A stretch becomes the writer's ("self") at "my", at a
 * first-person clause of doing work, at a span of experience ("eight years", "a decade") and at
 * "having done"; the last three reach back over a framing opener ("At Mercy Valley I rebuilt …",
 * "For four years I …"), but not over a topic ("Alarm fatigue is something I tackled"). It
 * lasts until the reader is named ("you", "your"), a first-person clause of thinking or feeling
 * begins ("…, I believe"), a conjunction opens a new clause ("…, so the rotation …"), or a
 * semicolon, colon or dash starts a new statement.
 */
export function owners(text: string, tokens: readonly Token[]): Owner[] {
  const owner: Owner[] = [];
  let state: Owner = "neutral";
  let clauseStart = 0;
  const becomeSelf = (i: number, framed: boolean) => {
    state = "self";
    if (!framed || !FRAMING_OPENERS.has(tokens[clauseStart]?.folded ?? "")) return;
    for (let j = clauseStart; j < i; j++) if (owner[j] === "neutral") owner[j] = "self";
  };
  tokens.forEach((token, i) => {
    const w = token.folded;
    const next = tokens[i + 1]?.folded ?? "";
    const ends = boundary(text, tokens[i - 1], token);
    if (ends) clauseStart = i;
    if (ends === "statement") state = "neutral";
    if (SECOND_PERSON.has(w)) state = "other";
    else if (CONJUNCTIONS.has(w) && (NEW_SUBJECTS.has(next) || FRAMING_OPENERS.has(next)) && !(w === "so" && next === "that")) {
      state = "neutral";
      clauseStart = i;
    } else if (SUBJECT.has(w)) {
      const kind = clauseKind(tokens, i);
      if (kind === "work") becomeSelf(i, true);
      // "…, where I see pediatric patients": a relative clause goes on describing the writer's work.
      else if (kind === "other" && state === "self" && !RELATIVES.has(tokens[i - 1]?.folded ?? "")) (state = "neutral"), (clauseStart = i);
    } else if (SELF_POSSESSIVE.has(w) && !MY_PART_IN_THE_INTERVIEW.has(next)) becomeSelf(i, false);
    // The duration word first: it is rarely there, and spares the number test on every word.
    else if (state !== "other" && DURATIONS.has(next) && (COUNTS.has(w) || /^\d+$/.test(w))) becomeSelf(i, true);
    else if (w === "having" && isPast(next) && !NOT_WORK_PAST.has(next)) becomeSelf(i, true);
    // "As a peer mentor …", "As an accounting major with a 3.7 GPA, …": the writer's own role.
    else if (w === "as" && (next === "a" || next === "an") && i === clauseStart) becomeSelf(i, false);
    owner.push(state);
  });
  return owner;
}

/**
 * `text` with the writer's own-background words blanked out (offsets kept), leaving what is
 * about the conversation. Remembered per sentence for the check: not-personal asks twice.
 */
export const theirPart: (text: string) => string = memoizeForCheck(computeTheirPart);

function computeTheirPart(text: string): string {
  const tokens = tokenize(text);
  const owner = owners(text, tokens);
  const pieces: string[] = [];
  let at = 0;
  tokens.forEach((t, i) => {
    if (owner[i] !== "self") return;
    pieces.push(text.slice(at, t.start), " ".repeat(t.end - t.start));
    at = t.end;
  });
  return pieces.join("") + text.slice(at);
}

/** The words of `text` that describe the writer's own work (for judging how concrete that account is). */
export function ownPart(text: string, tokens: readonly Token[]): string {
  const owner = owners(text, tokens);
  return tokens.filter((_, i) => owner[i] === "self").map((t) => t.text).join(" ");
}

/**
 * The words of `text` not about the reader ("you", "your team …"): the writer's own and
 * neutral ones. Remembered per sentence for the check, like theirPart: no-fit asks of each
 * sentence up to four times.
 */
export const notTheirs: (text: string) => string = memoizeForCheck((text: string) => {
  const tokens = tokenize(text);
  const owner = owners(text, tokens);
  return tokens.filter((_, i) => owner[i] !== "other").map((t) => t.text).join(" ");
});

/** Words of a subject owned by the writer, "my" aside, before its verb at most: "my MSc dissertation modelled". */
const OWNED_SUBJECT_WORDS = 3;

/** A past form of doing work, not of taking part or reacting, nor of trying ("managed to catch", "got to see"). */
const isWorkPast = (w: string, next: string) => isPast(w) && !NOT_WORK_PAST.has(w) && next !== "to";

/** True when "my" at `i` opens a subject whose verb is one of doing work ("my team cut", "my thesis modelled"). */
function ownedSubjectWorks(tokens: readonly Token[], i: number): boolean {
  if (MY_PART_IN_THE_INTERVIEW.has(tokens[i + 1]?.folded ?? "")) return false;
  for (let j = i + 2; j < tokens.length && j <= i + 1 + OWNED_SUBJECT_WORDS; j++) {
    const w = tokens[j]!.folded;
    if (COPULA.has(w) || PERFECT.has(w) || MODAL.has(w) || DO.has(w)) return false;
    if (isWorkPast(w, tokens[j + 1]?.folded ?? "") || WORK_PRESENT.has(w)) return true;
  }
  return false;
}

/**
 * True when a sentence holds a clause of the writer doing work: in the first person ("I
 * rebuilt", "we have cut", "I maintain", "having led"), through what is theirs ("my team cut
 * agency spend"), or as a résumé line with no subject ("Recruited 22 smallholders through …").
 */
export function reportsOwnWork(tokens: readonly Token[]): boolean {
  const first = tokens[0];
  if (first && isWorkPast(first.folded, tokens[1]?.folded ?? "")) return true;
  return tokens.some(
    (t, i) =>
      (SUBJECT.has(t.folded) && clauseKind(tokens, i) === "work") ||
      (t.folded === "my" && ownedSubjectWorks(tokens, i)) ||
      // "Having remediated a material weakness at two companies, …"
      (t.folded === "having" && isPast(tokens[i + 1]?.folded ?? "") && !NOT_WORK_PAST.has(tokens[i + 1]!.folded)),
  );
}
