import { phraseSet } from "../text/phrases.js";
import { sentenceRule } from "./sentence-rule.js";

/**
 * Impatience and reproach in a check-in: holding the reader to a date, counting the days,
 * demanding an answer. A plain question about the timeline, a date they gave ("you mentioned
 * you hoped to decide by the 24th") and a real deadline of the writer's own ("I have another
 * offer and need to reply by Friday") are courteous and do not match.
 */
const PUSHY = phraseSet(
  [
  // holding them to it: "I expected to hear back by now", "you promised an answer"
  "i (expected|was expecting|had expected|would have expected) to (hear|have heard|get|receive|be told)",
  "(you|your team|your recruiter|they) (promised|assured me|guaranteed)",
  "(by now|at this point) i (should|would) have (heard|been told|received)",
  // asking why there is no answer: "why haven't I heard anything?"
  "(why|how come) ... not .. (heard|replied|responded|answered|gotten back|got back|written back|called|been told|told me|been in touch)",
  "(why|how come) (is|has) it (taking|taken) (so|this) long",
  // counting the days or the messages: "it's been two weeks and nothing", "this is my third email"
  "it (is|has) been .. (days|weeks|week|month|months|ages|forever|so long|too long) (and|without|with no|but) .. (nothing|no|not|still)",
  "(i have been|i am|been|i have) (waiting|sitting here|sat here|left waiting) .. (for|since) .. (days|weeks|ages|so long|too long|a long time|an answer|a response|a reply|your answer|your reply|your response|a decision)",
  "(this is|it is) (my|the) (second|third|fourth|2nd|3rd|4th|final|last) (email|message|attempt|time|follow up|followup|reminder|chase)",
  "(left|leave|leaving|kept|keep|keeping) me (hanging|in the dark|waiting|guessing)",
  "(ghosted|ghosting|ignored me|ignoring me|ignoring my)",
  // demanding: "I need an answer by Friday", "please respond ASAP", "I deserve a response"
  "i (need|must have|require|demand|want) (an|a|your|some) (answer|decision|response|reply|update)",
  "i (need|have|must|want) to know (now|today|immediately|right away|at once|asap)",
  "(please|kindly)? (respond|reply|answer|get back to me|let me know|update me) .. (asap|immediately|urgently|right away|at once|today|as soon as possible|by return)",
  "(look forward to|await|awaiting|expect) your (prompt|swift|quick|speedy|immediate|urgent|early) (reply|response|answer|decision|attention)",
  "(asap|this is urgent|it is urgent)",
  "(i deserve|i am owed|you owe me|the least you could do)",
  "(do|did|would|have|are) you even",
  // reproach: "I find the silence unprofessional", "I'm frustrated not to have heard"
  "(i am|i was|i feel|i find it|i find this|i find the|it is|this is|that is|which is|which i find|i am getting|i am starting to feel) .. (frustrat*|unprofessional|disrespectful|annoyed|annoying|upset|irritated|fed up|rude|unacceptable|disappointing|disappointed)",
  // having to chase, and surprise at the silence: "I shouldn't have to chase this", "surprised not to have heard"
  "(should not|ought not|should never) (have|need) to (chase|keep chasing|ask again|keep asking|follow up|remind|beg)",
  "(surprised|shocked|astonished|amazed) (not to have|to not have|that i have not|that i still have not|i have not) (heard|been told|received|had)",
  ],
  // Sympathy is not reproach: "I was sorry to hear about the flood at the depot".
  ["(sorry|sad|upset|disappointed|frustrated) (to|when i) (hear|heard|learn|learned|read|see|saw)"],
);

/** check-in-pushy: the check-in holds the reader to a date, counts the days or demands an answer. */
export const rule = sentenceRule({
  id: "check-in-pushy",
  severity: "warning",
  why: "Decisions slip for reasons a candidate never sees; a check-in that reproaches the reader makes them less keen to say yes.",
  phrases: PUSHY,
  message: "Rephrase this as a friendly question: say you are still interested and ask whether there is any update on their timeline, e.g. “Is there anything you can share about the next steps?”.",
});
