import { phraseSet } from "../text/phrases.js";
import type { Rule } from "./rule.js";
import { sentenceRule } from "./sentence-rule.js";

/** How an interview went badly, as the object of an apology ("sorry I was so nervous", "apologies for rambling"). */
const STUMBLE =
  "(nervous*|nerves|rambl*|blank*|fumbl*|stumbl*|flub*|botch*|mess* up|messed up|froze|freez*|awkward (pause|pauses|silence|silences|moment|moments|answer|answers|start)|unprepared|underprepared|under prepared|tongue tied|incoherent|long winded|not my best|not at my best|my best self|(poor|bad|weak|rushed|shaky|muddled|incomplete) (answer|answers|response|responses|explanation)|muddl*|mumbl*|not (answer|explain|articulate|describe) .. (question|questions|well|clearly|better|properly|fully)|off my game|jumbled|my performance|how i came across|my answers|(a|such a|an absolute|a complete|a bit of a) mess|came across (badly|poorly|terribly|awkwardly|nervous|flustered)|struggled (with|to|on|through) (the|your|that|some|a) .. (question|questions|problem|exercise|case|whiteboard|coding|design))";

/** Room for an intensifier between "I" and the stumble ("I completely froze", "I kind of rambled"). */
const SELF_ADVERB = "(completely|totally|really|just|kind of|sort of|basically|honestly|simply|a bit|somewhat|definitely|probably|must have|may have|might have|rather|so|fully|utterly|entirely|clearly|obviously)?";

/**
 * Dwelling on a poor interview. An apology for something else ("sorry for the delay in
 * sending the template") and a brief better answer ("On reflection, a better answer to
 * your caching question is …") are fine and do not match.
 */
const APOLOGY = phraseSet(
  [
  // an apology whose object is the interview performance
  `(sorry|apologi*|apology|forgive|excuse|regret*|pardon) ... ${STUMBLE}`,
  // self-criticism: "I know I rambled", "I blanked on", "I wasn't my best self"
  `(i (know|realize|realise|feel|think|worry|fear|am afraid) (that)?)? i ${SELF_ADVERB} (rambled|blanked|fumbled|stumbled|froze|choked|bombed|flubbed|botched|struggled|messed up|went blank|mumbled|panicked|overthought|tanked|lost my train of thought|lost my way|went to pieces|fell apart|dropped the ball|drew a blank)`,
  // how one came across: "I know I came across badly", "I came off as nervous"
  `i ${SELF_ADVERB} (came|come|came off|come off|came over|must have come) (across|off)? (as)? (badly|poorly|terribly|awkwardly|nervous|flustered|unprepared|underprepared|disorganized|disorganised|scattered|unsure|unconfident|hesitant|weak)`,
  // wishing an answer had gone better: "I wish I had answered the budget question better"
  "(i wish|wish i) (i)? (had|would have|could have|would) .. (answered|explained|done|handled|prepared|given|articulated|expressed|said|performed|presented|come across|shown) ... (better|more clearly|more confidently|differently|justice|a better|a clearer|a stronger)",
  "i (could|should) have (answered|explained|handled|done|prepared|articulated|presented) ... (better|more clearly|more confidently|far better|much better)",
  "(was|were|am) (just)? (below|under) (par|my usual standard|my best)",
  "i (was|got|felt|seemed|looked|came across) .. (nervous|flustered|rattled|scattered|all over the place|unprepared|underprepared|tongue tied|off my game|awkward|not myself)",
  "(was|were|am) not .. (my best self|at my best|my best|my sharpest|on top form|on my game|myself)",
  "my (mind|brain|head) (went|was) .. (blank|empty|elsewhere)",
  "(embarrassed|ashamed|mortified|kicking myself|disappointed in myself|disappointed with myself|not proud)",
  "(i did not|i do not think i|i could not|i feel i did not|i failed to) (do|did|perform|performed|interview|interviewed|present|presented|come across|came across|answer|answered|explain|explained|express|articulate|communicate|show|showcase) .. (well|my best|justice|great|properly|as well|strongly|clearly)",
  "my (answers|answer|responses|response|performance|presentation|explanation|interview|attempt|whiteboard|solution) ... (was|were|went) .. (poor|weak|bad|badly|rough|shaky|all over the place|not great|subpar|disappointing|muddled|a mess|terrible|terribly|awful|awfully|below par|not my best|messy|incoherent|confused|confusing)",
  "(hope|hoping) my (nerves|nervousness|rambling|answers|mistake|stumble|performance) (did not|does not|will not|have not|has not)",
  "not my (finest|best) (hour|moment|day|performance)",
  // dwelling on arriving late or a first impression: "sorry again for showing up twenty minutes late"
  "(sorry|apologi*|apology|forgive|excuse) ... ((showing|turning) up|arriving|arrived|being|getting there|getting in|joining) .. late",
  "(sorry|apologi*|apology|forgive|excuse) ... (my lateness|running behind|keeping you waiting|not a great first impression|a bad first impression|a poor first impression)",
  "(hope|hoping) ... (did not|does not|will not|has not) .. (count|weigh|hurt|affect|ruin|reflect) .. (against me|against my|my chances|my application|my candidacy)",
  ],
  // Sympathy is not an apology: "sorry to hear the team is struggling".
  ["sorry to (hear|see|learn|read)"],
);

const dwelling = sentenceRule({
  id: "apology",
  severity: "warning",
  why: "Apologising draws attention to a weak moment the interviewer may not even remember; a note should leave a confident impression.",
  phrases: APOLOGY,
  message: "Drop the apology. If an answer fell short, add the better answer in one confident sentence instead, e.g. “On reflection, a better answer to your question on … is …”.",
});

/** Said instead when the owner marked the interview as gone badly: then the apology is what the reader would remember. */
const AFTER_A_BAD_INTERVIEW =
  "Take this out: after an interview that went badly, explaining it reads as desperate. A brief, gracious note (thanks, one thing you valued, that you are still interested) serves you better.";

/** apology: apologises for or dwells on a poor interview; an error once the owner marked it as gone badly. */
export const rule: Rule = {
  ...dwelling,
  check(ctx) {
    const findings = dwelling.check(ctx);
    if (ctx.interview?.howItWent !== "badly") return findings;
    return findings.map((f) => ({ ...f, severity: "error" as const, message: AFTER_A_BAD_INTERVIEW }));
  },
};
