import { bodySentences } from "../text/body.js";
import { callName, conversationRequests, conversationTopics, exampleTopic, familiarKeys, withoutInterviewNames } from "../text/conversation.js";
import { excerptAt } from "../text/excerpt.js";
import { isGiftOrPlea } from "../text/pleading.js";
import { distinctiveKeys, keySet, keySetOfLines, mentions, topicKeys, topicPairs, wordKey } from "../text/mentions.js";
import { clippedKeys, hasRelated } from "../text/related-terms.js";
import { theirPart } from "../text/own-work.js";
import { undelivered } from "../text/requests.js";
import type { Span } from "../text/sentences.js";
import { detailOf, isConcrete } from "../text/specificity.js";
import { isStockKey, isStockSentence } from "../text/stock-phrasing.js";
import { withoutTemplateText } from "../text/template-text.js";
import { tokenize } from "../text/tokens.js";
import { finding, type Rule } from "./rule.js";

/**
 * not-personal: nothing specific from the conversation appears. A saved topic mentioned even
 * loosely is enough, anywhere in the note, and so is delivering something the reader asked for; failing that (no
 * facts, or a detail nobody saved), a sentence with a concrete detail of its own is too,
 * because calling a note that does build on the conversation "impersonal" would be a false
 * alarm. Only what the note says about the conversation counts: the writer's own background
 * ("eight years on a busy cardiac floor", "my talk at Config") is specific, but it is not
 * from the conversation, and is judged by no-fit instead. Nor is stock specificity, words that
 * fit any employer of the kind ("the outstanding care your clinic is known for": see
 * stock-phrasing.ts). The finding quotes the sentence that came nearest to a detail and says
 * why it does not count.
 */
/**
 * Telling words of a topic the writer's own account must echo: one stray word of it in a
 * résumé line ("tutored for three years" for "volunteer tutor retention") is the writer's
 * background, not the conversation; two ("picking with a scanner" for "rf gun picking"
 * through the related term) are.
 */
const OWN_ACCOUNT_WORDS = 2;

/**
 * A saved topic the note names by `wordsNeeded` telling words of it (or all it has): a loose
 * mention counts ("the pager" for "on-call rotation"), but not one made only of stock words,
 * everyday nouns or numbers ("adults of all levels" for "mixed level evening classes", "truly
 * an honor" for "possible honors thesis"). Two of its words written together count even when
 * only one is telling ("our talk about learning stories"). `keys` are of the note with the
 * interview's own names blanked.
 */
function namesTopic(keys: ReadonlySet<string>, topic: string, familiar: ReadonlySet<string>, wordsNeeded: number): boolean {
  const telling = (k: string) => !isStockKey(k) && !/^\d/.test(k);
  if (topicPairs(topic).some((p) => keys.has(p.joined) && p.words.some(telling))) return true;
  if (!mentions(keys, topic, familiar)) return false;
  const wanted = topicKeys(topic, familiar).filter(telling);
  const clipped = clippedKeys(topic);
  const present = wanted.filter((k) => hasRelated(keys, k, clipped)).length;
  return present > 0 && present >= Math.min(wordsNeeded, wanted.length);
}

/**
 * True when the writer's own account echoes OWN_ACCOUNT_WORDS words of `topic` that tell it
 * apart, counting its qualifiers the telling words leave out (a day, a shift) but never stock
 * words, units or numbers: "training new staff" in a résumé line is not "training saturday
 * staff", whose telling part is the day; "coaching two new shift supervisors" is "coaching new
 * shift leads".
 */
function echoes(keys: ReadonlySet<string>, topic: string, familiar: ReadonlySet<string>): boolean {
  const qualifiers = distinctiveKeys(topic, familiar, true).filter((k) => !/^\d/.test(k) && !isStockKey(k) && !UNIT_KEYS.has(k));
  const clipped = clippedKeys(topic);
  return qualifiers.filter((k) => hasRelated(keys, k, clipped)).length >= Math.min(OWN_ACCOUNT_WORDS, qualifiers.length);
}

/** Units a topic counts in ("120 picks an hr"), which a note need not repeat to echo it. */
const UNIT_KEYS = keySet("hour hours hr hrs week weeks wk wks month months year years yr yrs day days minute minutes min mins");

/** The body sentence with the most content words: the one that came closest to a detail, and is quoted. */
function mostSpecific(body: readonly Span[], theirs: readonly string[], familiar: ReadonlySet<string>): { span: Span; index: number } {
  let index = 0;
  let most = -1;
  theirs.forEach((text, i) => {
    const words = distinctiveKeys(text).length + distinctiveKeys(text, familiar).length;
    if (words > most) [most, index] = [words, i];
  });
  return { span: body[index]!, index };
}

/** Most stock words quoted in the explanation. */
const QUOTED_STOCK_WORDS = 3;

/**
 * Why the quoted sentence is not from the conversation, in the words of the model: it is
 * made of stock phrasing that fits any employer, or of the interview's own names.
 */
function whyGeneric(text: string, familiar: ReadonlySet<string>): string {
  // Capitalised words past the first are names and titles ("Site Reliability Engineer"), not praise.
  const words = tokenize(text).map((t) => t.text).filter((w, i) => i === 0 || !/^\p{Lu}/u.test(w));
  const isStock = (w: string) => {
    const key = wordKey(w, true);
    return !!key && !familiar.has(key) && isStockKey(key);
  };
  const stock = [...new Set(words.filter(isStock).map((w) => w.toLowerCase()))];
  if (stock.length > 0) {
    const quoted = stock.slice(0, QUOTED_STOCK_WORDS).map((w) => `“${w}”`).join(", ");
    return ` The quoted sentence is the nearest to a detail, but words like ${quoted} would fit any employer; say what only this conversation gave you.`;
  }
  const named = distinctiveKeys(text).filter((k) => familiar.has(k));
  if (named.length > 0) return " The quoted sentence names the company, the role or the people, which any note to them would; say what was said.";
  return "";
}

export const rule: Rule = {
  id: "not-personal",
  severity: "error",
  why: "A note that could have gone to anyone reads as a box-tick; building on the actual conversation is what makes it count.",
  check(ctx) {
    const body = bodySentences(ctx);
    const first = body[0];
    if (!first) return [];
    const familiar = familiarKeys(ctx);
    // Template text left unfilled ("[specific case/topic discussed]") is no detail of anything.
    // Nor are the interview's own names: "the Baby Room Leader position" is no echo of "baby room, 9 under 2s".
    const plain = withoutInterviewNames(ctx.interview, withoutTemplateText(ctx.note.text));
    const texts = body.map((s) => plain.slice(s.start, s.end));
    // Any one piece of evidence is enough, so the cheapest to find comes first: a sentence with
    // a concrete detail of its own. Not a gift, a plea, a creed of the field ("teamwork is key in
    // any kitchen") or praise of the employer's mission, however concrete its words. Most notes
    // have one early, so the part of each sentence about the reader is read only up to it.
    const concrete = (text: string) => isConcrete(detailOf(theirPart(text), familiar)) && !isGiftOrPlea(text) && !isStockSentence(text);
    if (texts.some(concrete)) return [];
    const theirs = texts.map((text) => theirPart(text));
    // A saved topic is from the conversation wherever the note names it, the writer's own
    // account included ("I have been picking with a scanner for 8 months" for "rf gun picking").
    const [keys, theirKeys] = [keySetOfLines(texts), keySetOfLines(theirs)];
    const named = (topic: string) => namesTopic(theirKeys, topic, familiar, 1) || (namesTopic(keys, topic, familiar, OWN_ACCOUNT_WORDS) && echoes(keys, topic, familiar));
    if (conversationTopics(ctx).some(named)) return [];
    const requests = conversationRequests(ctx);
    if (undelivered(ctx, requests).length < requests.length) return [];
    const who = ctx.addressee ? ` with ${callName(ctx.addressee.name)}` : "";
    const topic = exampleTopic(ctx);
    const example = topic ? `“${topic}”` : "a question they asked, a problem they described or a project they mentioned";
    const judged = mostSpecific(body, theirs, familiar);
    // The recruiter was not in the room: they need one thing from it to speak for the writer.
    const ask =
      ctx.noteKind === "recruiter" && ctx.addressee
        ? `Tell ${callName(ctx.addressee.name)} one specific thing from the interview, e.g. ${example}, so they can speak for you with the panel.`
        : `Mention something specific from your conversation${who}, e.g. ${example}, and add what you think about it.`;
    return [
      finding(
        this,
        `${ask}${whyGeneric(theirPart(ctx.note.text.slice(judged.span.start, judged.span.end)), familiar)}`,
        excerptAt(ctx.note.text, judged.span.start, judged.span.end),
      ),
    ];
  },
};
