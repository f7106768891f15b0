import { excerptAt } from "../text/excerpt.js";
import { keySet, mentions } from "../text/mentions.js";
import { phraseSet } from "../text/phrases.js";
import { fitClaims } from "./no-fit.js";
import { finding, type Rule } from "./rule.js";

/**
 * Selling oneself again: restating qualifications, recapping why one fits, insisting one is
 * the right hire. A check-in asks where things stand; the case was made at the interview and
 * in the thank-you note.
 */
const REPITCH = phraseSet([
  "(reiterate|restate|recap|summarize|summarise|remind you of|underline|emphasize|emphasise|highlight) .. (my|why|how|the|what) .. (qualifications|qualification|experience|skills|strengths|fit|background|value|candidacy|achievements|accomplishments|case|credentials|track record|suitability|i bring|i can bring|i would bring)",
  "(as a (quick|brief|gentle)? reminder|to remind you|just to remind you|to recap|quick recap|to summarize|to summarise|in summary|in case it helps) .. (i|my|why)",
  "(i am|i remain|i am still|i feel) (very|so|more|even more|really|truly|quite|absolutely)? (confident|convinced|certain|sure|positive) (that)? (i|my) ... (would|am|will|could|can|have|bring) ... (fit|asset|right|ideal|perfect|strong|great|excellent|best|candidate|match|qualified|contribute|bring|add|deliver|value|succeed|excel|hit the ground running)",
  "(i am|i would be|i will be|i could be|i remain) (the|a|an)? (perfect|ideal|great|excellent|strong|natural|right|best|standout|outstanding|top) (fit|candidate|match|addition|person|choice|hire)",
  "(my|the) (qualifications|credentials|track record|skill set|skillset|accomplishments|achievements) (make|makes|made|would|will|are|is|speak|show|prove)",
  "(wanted|want|like|would like) to (add|mention|share|point out|highlight|list|outline|give) (a few|some|several|one more|another|three|two|more|additional)? .. (reasons|ways|things|examples|achievements|skills|points|strengths) (why|that i|i|how)",
  "(why|how) i (would be|am|will be) (the|a|an)? .. (fit|asset|candidate|choice|hire|addition)",
]);

/**
 * An update that belongs in a check-in ("Since we spoke I passed my CKA exam"): it tells the
 * reader what changed, so it is not a re-pitch however it is worded.
 */
const UPDATE = phraseSet([
  "since (we|our|the|then|last|my) .. (spoke|speak|talked|met|interview|interviewed|conversation|chat|call|week|time)",
  "^ (since then|since that day|in the meantime|meanwhile)",
  "(update|news) (you|to share|worth sharing)",
  // told by when it happened: after the interview, or lately
  "(after|following) (our|the|your|that) .. (talk|conversation|interview|chat|discussion|call|meeting|visit)",
  "(last|this) (week|weekend|month|monday|tuesday|wednesday|thursday|friday|saturday|sunday)",
  "(recently|just|now) (finished|completed|passed|started|earned|got|gained|received|enrolled|signed up|booked)",
  "(finally|have now|now) (got round to|got around to|had a chance to|had the chance to|managed to)",
]);

/**
 * What a check-in is there to say: the wait, hearing back, the timeline ("It's been ten days
 * and I still haven't heard"). Its numbers and "I still …" read like an account of work to
 * the fit test, but they are no pitch.
 */
const ABOUT_THE_WAIT = phraseSet(["(heard|hear|hearing|update|updates|timeline|timing|decision|next step|next steps|news|waiting|wait|word back|get back|got back|come back to me|came back to me|been in touch|reply|response)", "(any|no) word (yet|from|on|about|back)?"]);

/** Recalling the interview itself ("Mei and I spent the hour on fleet telemetry"): what was done together, not the writer's own record. */
const ABOUT_THE_INTERVIEW = phraseSet([
  "(and i|you and i|we) (spent|talked|discussed|covered|chatted|went through|walked through|looked at)",
  // the check-in's own opener, and thinking over what they described
  "(follow|following|check|checking) (up|in) .. (on|about|regarding) (my|our|the) .. (interview|conversation|application|meeting|call)",
  "(writing|write|emailing|email|reaching out|getting in touch|contacting you) (to you)? (about|regarding|re|concerning|in connection with) (my|our|the) .. (interview|conversation|application|meeting|call)",
  "(thinking|thought|reflecting|reflected) .. about (the|your|what|how|our)",
]);

/** check-in-pitch: the check-in sells the candidate again instead of asking where things stand. */
export const rule: Rule = {
  id: "check-in-pitch",
  severity: "warning",
  why: "Re-selling yourself in a check-in reads as doubt that your case was heard; a short, courteous question about timing lands better.",
  check(ctx) {
    const news = ctx.interview?.news ?? [];
    const isUpdate = (text: string) => UPDATE.test(text) || ABOUT_THE_WAIT.test(text) || ABOUT_THE_INTERVIEW.test(text) || news.some((item) => mentions(keySet(text), item));
    const pitches = ctx.sentences.filter((s) => REPITCH.test(s.text));
    const claims = [...fitClaims(ctx)].filter((s) => !pitches.includes(s) && !isUpdate(s.text));
    const all = [...pitches, ...claims].sort((a, b) => a.start - b.start);
    const first = all[0];
    if (!first) return [];
    const more = all.length > 1 ? ` The note has ${all.length - 1} more sentence${all.length === 2 ? "" : "s"} like this.` : "";
    const message = `Leave out the case for yourself: you made it at the interview and in your thank-you. Ask where things stand instead, e.g. “I remain very interested and wondered whether there is any update on the timeline.”${more}`;
    return [finding(this, message, excerptAt(ctx.note.text, first.start, first.end))];
  },
};
