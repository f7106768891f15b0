import { excerptAt } from "../text/excerpt.js";
import { NEEDY } from "../text/pleading.js";
import { phraseSet } from "../text/phrases.js";
import { finding, type Rule } from "./rule.js";

/** Words of enthusiasm. */
const KEEN = "(excited|enthusiastic|eager|keen|thrilled|passionate|energized|energised|motivated|interested|fired up|pumped|delighted)";

/** Doing the job, as the object of wanting it: "to join", "working with you", "be part of". */
const JOINING =
  "(join|joining|be part|being part|become part|part of|work with|working with|work on|working on|work alongside|working together|work together|contribute|contributing|come on board|coming on board|be on|take on|move forward|moving forward|next step|next steps|next round|next stage|continue the conversation|continuing the conversation|keep the conversation|keeping the conversation|the role|this role|the position|this position|collaborate|collaborating|help build|helping build)";

/** Verbs of a goal pursued: "the step I have been working toward", "what I am looking for". */
const GOAL_VERB = "(looking|searching|hoping|aiming|working|preparing|waiting|striving|training|building|planning|wanting|dreaming|pushing)";

/** Degree words a wish may carry anywhere in it: "I would really, truly love to…", "I'd be very happy to…". */
const DEGREE = "(very|really|so|truly|genuinely|absolutely|definitely|certainly|incredibly|extremely|seriously|honestly|very much|so much|most|still|also|well|far|much)";

/** How a writer says they would feel in the job: "I'd be (really) pleased to…". */
const AFFECT = "(happy|pleased|glad|delighted|thrilled|excited|proud|honored|honoured|lucky|fortunate|keen|eager|grateful|privileged|chuffed|stoked|rapt)";

/**
 * A wish about the writer's own future: "I would love", "I'd be very glad", "would really like"
 * (subjectless on a phone), "will" for "would" as many writers of English as a second
 * language put it ("I will be very glad to work in your team"), and the formal British
 * "should" ("I should very much like to be part of that").
 */
const WISH_VERB = "(love|like|enjoy|welcome|relish|value|jump at)";
const WISH = `(would|will|should) ${DEGREE}? ${DEGREE}? (${WISH_VERB.slice(1, -1)}|be ${DEGREE}? ${AFFECT})`;

/**
 * What a wished-for thing is when the wish is about the exchange, not the work: "I'd welcome
 * your feedback", "I'd love a copy of the deck", "I would like that". A wish for anything else
 * ("I'd relish the patch", "would love Sunday mornings with you") is a wish for the job.
 */
const EXCHANGE_OBJECTS =
  "(to|it|if|that $|that very|this $|your|you|any|some|more|hearing|feedback|a reply|a response|an update|updates|a copy|copies|a call|a chat|a word|details|information|the chance|the opportunity|a chance|an opportunity)";

/**
 * Choosing this employer over others is interest, however plainly put: "you are my first
 * choice", "I'd much rather be at Orrin", "I hope I can choose you". Preferring a way of
 * doing something ("I'd prefer a call") is not: the preference must be for being there.
 */
const PREFERENCE = [
  "(is|are|remain|remains|be) (my|our) (first|top|clear|number one|1st) (choice|preference|pick)",
  `(would|will) ${DEGREE}? ${DEGREE}? (rather|prefer) (to)? (be|join|work|come|start|choose)`,
  "(hope|hoping) ... (can|could|will|get to|am able to) (choose|pick|accept|say yes)",
  // the choice made: "Halcyon is the one I really want", "your team is the place I would choose"
  `(is|are) (the|my) one (i|that i) ${DEGREE}? (want|am hoping for|hope for|have my heart set on)`,
  `(is|are) (the|my) (place|team|company|firm|employer|job|role|offer) (i|that i) (would|will)? ${DEGREE}? (choose|pick|want|prefer)`,
];

/**
 * What the note itself does. A wish to do one of these ("I'd like to thank you", "happy to
 * send the references") is about the message, not the job; a wish to do anything else
 * ("I'd love to teach in the resource room", "I'd be proud to do this work") is interest.
 */
const MESSAGE_VERBS =
  "(thank|add|mention|clarify|follow|share|say|note|point|express|reiterate|apologize|apologise|send|attach|forward|hear|know|ask|answer|confirm|correct|expand|elaborate|touch|circle|recap|summarize|summarise|highlight|emphasize|emphasise|stress|provide|discuss|explain|update|remind|let|offer|take this opportunity|take this chance|take this moment|take a moment|take the time|take the opportunity)";

/** What the writer wants, after "I want" or a subjectless "Very much want". */
const WANTED = "(this|the role|this role|the job|this job|the position|this position|to join|to be part|to work|to help|it $|this $|in)";

/**
 * Statements of continued interest or enthusiasm for the role. "I look forward to hearing
 * from you" is deliberately NOT one: it closes nearly every note, keen or not, so it tells
 * the reader nothing; counting it would make this rule almost never fire. Looking forward to
 * next steps, to working together or to joining does count.
 */
const INTEREST = phraseSet(
  [
    // "I'm (really) excited about", "I remain very enthusiastic", "I am even more keen"
    `(i|i am|i remain|i feel|i was|i have been|i am now|i am still|am|remain) .. ${KEEN}`,
    `${KEEN} (about|by|to|at|for|that|on)`,
    `(interested|excited|enthusiastic|keen|eager) than ever`,
    // Australian and New Zealand "keen as" (very keen): "keen as to be part of the crew"
    "keen as (to|for|mustard|$)",
    `interested in (the|this|your)? ${JOINING}`,
    "my (strong|continued|keen|sincere|genuine|great|real|ongoing|deep)? (interest|enthusiasm|excitement|passion) (in|for|about)",
    // A wish to do something other than write: "I'd really love to teach here", "I would be very glad to join"
    `${WISH} to !${MESSAGE_VERBS}`,
    // ... or for the job itself: "I would welcome the chance to contribute", "I'd love a chance at this"
    // (not the chance to thank: "I'd like to take this opportunity to thank you")
    `${WISH} ... (${JOINING}|opportunity|chance|role|position|job|post|spot|place|seat) !(to ${MESSAGE_VERBS})`,
    // ... or for a part of the work: "I'd relish the patch", "would love Tuesday evenings with you"
    `(would|will) ${DEGREE}? ${DEGREE}? ${WISH_VERB} !${EXCHANGE_OBJECTS}`,
    // "I'd be well up for the night shifts": being up for something is wanting to do it
    `(be|am) ${DEGREE}? (up for|game for) !${EXCHANGE_OBJECTS}`,
    ...PREFERENCE,
    // "It would be a dream to fly with Aerovale", "a privilege to help build it": any work, not a message ("a pleasure to hear from you")
    `(would|will) be (a|an)? (real|great|genuine|absolute)? (privilege|honor|honour|dream|joy|pleasure|thrill|dream come true) to !(${MESSAGE_VERBS.slice(1, -1)}|speak|talk|meet|chat|connect|catch up)`,
    // "(It) would be great to work the night rota with you": the work itself, not a reply ("great to hear back")
    `(would|will) be ${DEGREE}? (great|good|awesome|amazing|fantastic|lovely|wonderful|brilliant|exciting|ideal|fun|cool) to !(${MESSAGE_VERBS.slice(1, -1)}|speak|talk|meet|chat|connect|catch up|hear|get back)`,
    // the role as the goal the writer has been working toward: "exactly the step I have been working toward"
    `(the|this|that|a) (step|move|role|job|opportunity|position|chance|kind of|sort of|type of|place|team|challenge|next chapter) ... i (have been|had been|have|am|was)? ... ${GOAL_VERB} (for|toward|towards|to)`,
    `(exactly|precisely|just) (what|where|the) ... i (have been|am|was)? .. ${GOAL_VERB}`,
    "(this|it|that|the role|the job) is (exactly|precisely|just)? (what|where|the kind of work|the work) i (want|wanted|would like|hope|dream)",
    // "look forward to the next steps / to working together"
    `look* forward to .. ${JOINING}`,
    "look* forward to (the possibility|possibly|hopefully|the prospect|getting started|starting|seeing what)",
    `(hope|hoping) ... ${JOINING}`,
    // a hope about the job, as typed on a phone too: "really hope i get to join", "hope i get the chance"
    `(hope|hoping) (i|we) (get|will get|can|will|might) ... (${JOINING}|opportunity|chance|role|position|job|post)`,
    // a hope to do the work, not to hear back: "hope to be riding with you soon", "hope i get to finish my apprenticeship here"
    `(hope|hoping) (i get|i will get|we get)? to !(${MESSAGE_VERBS.slice(1, -1)}|speak|talk|connect|catch|chat)`,
    `${DEGREE} want ${WANTED}`,
    "(made|makes|make) me want (this|the|that) (job|role|position|post|internship|place) (even)? (more)?",
    "(hope|hoping) .. (for )?(good news|a yes|a positive answer|positive news)",
    "(hope|hoping) (this|it|things|everything) (works|work|goes|go|turns|turn) (out|ahead|forward|well)",
    "(love|thrilled|excited|delighted|eager|keen) to bring",
    "(cannot|can not) wait to",
    `(i|^) (really|truly|definitely|genuinely|very much|so much|still)? want ${WANTED}`,
    "(role|position|opportunity|job|team|work|mission|problem|challenge|project) .. (excites|appeals to|inspires|energizes|energises|motivates) me",
    "(excites|appeals to|thrills) me",
    "(count|sign) me in",
    "(thrilled|excited|delighted) (at|by) the (prospect|possibility|idea|thought)",
  ],
  // Negated enthusiasm is the opposite of interest; interest in what was said is not interest in the role.
  [
    `(not|no longer|never|less) (very|really|that|particularly|so|too|as|all that)? ${KEEN}`,
    "withdraw*",
    `${KEEN} (in|by) (your|the|their|his|her) .. (comments|comment|point|points|view|views|thoughts|answer|answers|perspective|story|explanation|description|remarks|take)`,
  ],
  // A slip must not hide the wish: "im very intrested in the role".
  { readTypos: true },
);

/** The closing formulas that sound keen but say nothing about wanting the role. */
const FORMALITY = phraseSet(["(look*|hope|hoping) .. (forward to|to) (hear|hearing)", "(await|awaiting) your (reply|response|decision)"]);

/**
 * A role name short enough to sit in an example sentence: "Nurse Manager, Cardiac Step-Down
 * Unit" reads "Nurse Manager"; anything still longer than this many words reads "the role".
 */
const ROLE_MAX_WORDS = 5;

function roleName(role: string | undefined): string {
  const short = role?.split(/[,(–—]|\s-\s/)[0]?.trim() ?? "";
  const words = short.split(/\s+/).filter(Boolean).length;
  return words > 0 && words <= ROLE_MAX_WORDS ? `the ${short} role` : "the role";
}

/** no-interest: no clear statement of continued interest or enthusiasm for the role. */
export const rule: Rule = {
  id: "no-interest",
  severity: "warning",
  why: "Interviewers weigh enthusiasm; a note that never says you want the role leaves them guessing.",
  check(ctx) {
    // Pleading ("I really need this job") says the writer wants the role: needy-tone reports how it is said.
    if (ctx.sentences.some((s) => INTEREST.test(s.text) || NEEDY.test(s.text))) return [];
    // Only point at the closing formula when the note leans on one, and quote it as written.
    const closing = ctx.sentences.find((s) => FORMALITY.test(s.text));
    const formality = closing ? " The quoted closing is a formality on its own, not a statement of interest." : "";
    return [
      finding(
        this,
        `Say plainly that you want the job, e.g. “I'm excited about ${roleName(ctx.interview?.role)} and would love to join the team.”${formality}`,
        closing ? excerptAt(ctx.note.text, closing.start, closing.end) : "",
      ),
    ];
  },
};
