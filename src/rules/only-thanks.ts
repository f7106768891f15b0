import { bodySentences } from "../text/body.js";
import { conversationRequests, conversationTopics, exampleTopic, familiarKeys } from "../text/conversation.js";
import { excerptAt } from "../text/excerpt.js";
import { keySet, mentions, topicKeys } from "../text/mentions.js";
import { isGiftOrPlea } from "../text/pleading.js";
import { phraseSet } from "../text/phrases.js";
import { detailOf, isConcrete, type Detail } from "../text/specificity.js";
import { finding, type Rule } from "./rule.js";

/** Gratitude and pleasantries: what every note says whatever was discussed. */
const PLEASANTRIES = phraseSet([
  // thanks and appreciation
  "(thank|thanks|thankful|thx|ty|cheers|grateful|gratitude|appreciat*)",
  // enjoying the meeting itself
  "(enjoy*|pleasure|privilege|honor|honour|nice|great|wonderful|lovely|good|fantastic|delight*|happy|glad|pleased) .. (meet*|speak*|talk*|chat*|connect*|conversation|discussion|interview|visit*|getting to know)",
  "(it was|what) (a|an)? .. (pleasure|privilege|honor|honour|treat)",
  // enjoying what the day held: "I really enjoyed the role play and even the swim test"
  "^(i|we)? (really|truly|so|very much|thoroughly|also)? (enjoyed|loved|liked) (the|our|your|that|this|all|every)",
  // learning "more about the role/team/company" in general
  "(learn*|hear*|find* out) (more)? about (the|your|this|our) .. (role|team|company|position|opportunity|work|culture|organization|organisation|department|business|mission|plans)",
  // finding what was said worth hearing, which says nothing of the writer's own about it:
  // "it was fascinating to hear how the rota works" (what they heard must add words of its own)
  "(was|is|been) (so|really|very|truly|especially|particularly|most)? (interesting|fascinating|helpful|useful|insightful|informative|enlightening|eye opening|great|good|nice|lovely|cool) to (hear|learn|see|find out|understand)",
  // small talk about the employer's season: "sounds like a busy summer", "what a hectic few months"
  "(sounds|sounded|seems|seemed|looks|what) (like)? (a|an|such a)? .. (busy|hectic|exciting|eventful|intense|crazy|mad|wild|full|big|challenging) (time|times|summer|winter|spring|autumn|fall|year|season|few months|few weeks|month|week|quarter|period|stretch)",
  // compliments that fit any employer: "seems like a great place to work", "I love the friendly atmosphere"
  "(seems|sounds|looks|is|feels) like (a|an|such a)? .. (great|wonderful|lovely|fantastic|amazing|fun|nice|good|welcoming|friendly) (place|team|company|store|office|group|environment|workplace|organization|organisation)",
  "(love|loved|like|liked|enjoyed|appreciated) the .. (atmosphere|environment|culture|vibe|vibes|energy|feel)",
  // looking forward to a reply, offers to answer more, wishes
  "(look*|hope|hoping) .. (forward to|to) (hearing|speaking|talking|connecting|meeting|seeing|catching up)",
  "(hope|hoping) to hear",
  "(let me know|lmk|reach out|do not hesitate|feel free|contact me|get in touch)",
  "if (you|there) .. (need|have|is) .. (anything|any|more|other|further)",
  "(have|enjoy) a (great|good|nice|lovely|wonderful|relaxing|restful|quiet|safe) .. (day|week|weekend|evening|night|holiday|holidays|break|trip|shift|rest)",
  "(stay|keep) (safe|well|warm|dry|cool)",
  "(hope|trust) (you|your|this|all) .. (well|week|weekend|day|good)",
]);

/**
 * Where a sentence's clauses part, by its punctuation: a semicolon, colon or dash, or a comma
 * before a new subject ("…, it was a pleasure to meet you", "…, and I appreciated …"), and
 * before what the writer heard ("I loved the play area and hearing that the toddlers go out in the rain").
 */
const CLAUSE_BREAK = /[;:\u2013\u2014]|\s-\s|,(?=\s*(?:and |but |so )?(?:i|we|it|you|your|this|that|they|he|she|the)\b)|\band (?=(?:hearing|learning|seeing|finding out) (?:that|how)\b)/gi;

/** The clauses of a sentence, split at CLAUSE_BREAK. */
function clauses(text: string): string[] {
  return text.split(CLAUSE_BREAK).filter((c) => c.trim().length > 0);
}

/** The word a thank-you turns on ("thank you for …", "grateful that …", "I appreciated how …"). */
const THANKS_WORD = /\b(?:thanks?|thx|thankful|grateful|appreciat[a-z]*)\b/i;

/**
 * Where, inside a thank-you, the writer goes on to something of their own: a relative or causal
 * clause, or a new clause of their own ("…, which is close to the rota I ran", "… because that
 * halved our pages", "… and I would like to help", and in a note typed without punctuation
 * "thanks for the chat today i liked the huddles idea").
 */
const OWN_TURN = /,?\s+(?:which|because|since|as (?:i|we)|so (?:i|we)|where (?:i|we)|(?:and |but )?(?:i|we|my|our|im|i'm|i've|i'd|ive|id)(?![a-z'\u2019]))/i;

/** A further thing thanked for within one thank-you: "…, for introducing me", "… and thanks for the tea". */
const MORE_THANKS = /(?:,|\band)\s+(?:(?:thanks?|thank you)\s+(?:\w+\s+)?)?for\b/i;

/**
 * A clause's words outside what it thanks for, when it thanks for a list of things ("for the
 * tour of the sheds and for explaining the colostrum protocol, and thank you for the tea"), or
 * null when it does not. Everything after the thanks word is then what it is for, up to where
 * the writer turns to something of their own: however many things a thank-you lists, listing
 * them says nothing of the writer. A thank-you for one thing is read as before (a topic with
 * words of its own beyond it is substance).
 */
function outsideListedThanks(clause: string): string | null {
  const thanks = THANKS_WORD.exec(clause);
  if (!thanks) return null;
  const after = clause.slice(thanks.index + thanks[0].length);
  const turn = OWN_TURN.exec(after);
  const thankedFor = turn ? after.slice(0, turn.index) : after;
  if (!MORE_THANKS.test(thankedFor)) return null;
  return `${clause.slice(0, thanks.index)} ${turn ? after.slice(turn.index) : ""}`.trim();
}

/**
 * Distinctive words a sentence of thanks needs beyond a topic's own to say something about it
 * ("thank you for the rotation redesign walk-through; the follow-the-sun handoffs are clever"):
 * as many as a detail needs to be concrete on its own (specificity.ts), so naming what one
 * enjoyed ("the grocery margin case and our chat about life on the road") is not enough.
 */
const OWN_WORDS_BEYOND_TOPIC = 3;

const addsToTopic = (d: Detail) => d.number || d.units >= OWN_WORDS_BEYOND_TOPIC;

/**
 * Fire when pleasantries are at least half of the body and outnumber sentences of substance
 * more than three to one. A good note has the shape "thanks — one or two sentences building
 * on the conversation — a closing line": substance is about a third of it or more. One
 * detail among four or more pleasantries, or none at all, is the perfunctory box-tick the
 * advice warns about; below that line the note is merely polite, which is fine.
 */
const PLEASANTRY_SHARE = 1 / 2;
const PLEASANTRIES_PER_SUBSTANCE = 3;

/** only-thanks: gratitude and pleasantries make up most of the note. */
export const rule: Rule = {
  id: "only-thanks",
  severity: "warning",
  why: "A follow-up should build on the conversation and show fit; thanks alone reads as a formality.",
  check(ctx) {
    const body = bodySentences(ctx);
    // The note's pleasantries are among the sentences PLEASANTRIES matches. It is decided as
    // soon as they can no longer be both half of the body and more than three times its
    // substance (the sentences of substance found so far): most notes before any is weighed.
    const pleasant = body.map((s) => PLEASANTRIES.test(s.text));
    let pleasantriesAtMost = pleasant.filter(Boolean).length;
    const cannotFire = (substance: number) => pleasantriesAtMost === 0 || pleasantriesAtMost < body.length * PLEASANTRY_SHARE || pleasantriesAtMost <= substance * PLEASANTRIES_PER_SUBSTANCE;
    if (cannotFire(0)) return [];
    const familiar = familiarKeys(ctx);
    // Answering a concern is substance too, though it does not make a note personal.
    const topics = [...conversationTopics(ctx), ...conversationRequests(ctx), ...(ctx.interview?.concerns ?? [])];
    // Thanks that merely names a topic ("so grateful we got to cover the rotation redesign") is
    // still a pleasantry: it is substance only with words of its own beyond the topic's.
    const topicWords = new Set([...familiar, ...topics.flatMap((t) => topicKeys(t, familiar))]);
    const names = (text: string) => topics.some((t) => mentions(keySet(text), t, familiar));
    // Within a sentence of thanks, a clause naming a topic needs words of its own beyond it, and
    // the pleasantries themselves say nothing, whatever they name ("I really enjoyed the margin
    // case and our chat about the road, it was a pleasure to meet you" has no substance; "…;
    // a follow-the-sun handoff would halve the pages" has).
    const addsWithinThanks = (clause: string, alone: boolean) => {
      // A list of what a thank-you is for is thanks; only the words around it may add something.
      const own = outsideListedThanks(clause);
      if (own !== null) return own !== "" && !PLEASANTRIES.test(own) && (names(own) ? addsToTopic(detailOf(own, topicWords)) : isConcrete(detailOf(own, familiar)));
      if (names(clause)) return addsToTopic(detailOf(clause, topicWords));
      return !alone && !PLEASANTRIES.test(clause) && isConcrete(detailOf(clause, familiar));
    };
    const substantive = (text: string) => {
      if (!PLEASANTRIES.test(text)) return names(text) || isConcrete(detailOf(text, familiar));
      const parts = clauses(text);
      return parts.some((part) => addsWithinThanks(part, parts.length === 1));
    };
    // Sentences are weighed until the note is decided, the others before the pleasantries: one
    // sentence of substance there is often enough (a sentence found to be substance is no
    // pleasantry, so the bound only falls).
    const ofSubstance: boolean[] = [];
    let substance = 0;
    for (const i of [...body.keys()].sort((a, b) => Number(pleasant[a]) - Number(pleasant[b]))) {
      ofSubstance[i] = !isGiftOrPlea(body[i]!.text) && substantive(body[i]!.text);
      if (ofSubstance[i]) {
        substance++;
        if (pleasant[i]) pleasantriesAtMost--;
      }
      if (cannotFire(substance)) return [];
    }
    const first = body.find((_, i) => pleasant[i] && !ofSubstance[i])!;
    const topic = exampleTopic(ctx);
    const example = topic ? `e.g. about “${topic}”, ` : "";
    return [
      finding(
        this,
        `This note is mostly thanks. Replace a pleasantry with a sentence that builds on what you discussed, ${example}and says what you would bring to it.`,
        excerptAt(ctx.note.text, first.start, first.end),
      ),
    ];
  },
};
