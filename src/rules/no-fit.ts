import { exampleTopic, familiarKeys } from "../text/conversation.js";
import { distinctiveKeys } from "../text/mentions.js";
import { notTheirs, ownPart, reportsOwnWork } from "../text/own-work.js";
import { linkedStrength } from "../text/linked-strength.js";
import { isGiftOrPlea } from "../text/pleading.js";
import { normalize, phraseSet } from "../text/phrases.js";
import { withoutTemplateText } from "../text/template-text.js";
import { detailOf } from "../text/specificity.js";
import { tokenize } from "../text/tokens.js";
import type { Span } from "../text/sentences.js";
import { finding, type Rule, type RuleContext } from "./rule.js";

/** Adverbs that may sit between "I (have)" and what was done ("I have since rewritten"). */
const ADVERB = "(since|also|recently|personally|previously|already|successfully|just|once|actually|even|then|regularly|often|first|myself)?";

/** Things a writer did or does: past work described in the first person. */
const DID = `(led|lead|built|build|shipped|ran|run|managed|designed|launched|scaled|migrated|implemented|developed|created|owned|mentored|grew|grown|reduced|cut|improved|automated|delivered|architected|rewrote|rewritten|wrote|written|trained|coached|founded|cofounded|established|introduced|rolled out|set up|spent|headed|drove|driven|taught|overhauled|streamlined|modernized|modernised|optimized|optimised|redesigned|standardized|standardised|oversaw|supervised|tackled|solved|debugged|maintained|operated|deployed|prototyped|sketched|piloted|ranked|measured|analyzed|analysed|researched|published|presented|organized|organised|negotiated|sold|worked|handled|contributed|doubled|tripled|halved|saved|hired|onboarded|instrumented|refactored|integrated|moved|ported|converted|transitioned|tracked|monitored)`;

/** Ways of connecting one's own skills or experience to the role or the team's needs. */
const FIT = phraseSet([
  // first-person track record: "I've led", "I ran", "I have since rewritten", "we cut"
  `i (have|had)? ${ADVERB} ${DID}`,
  `i (have|had) been ${ADVERB} (working|building|leading|running|writing|doing|managing|using|designing|shipping|teaching|mentoring|developing|practicing|practising|studying)`,
  `we ${ADVERB} ${DID}`,
  `i am (currently|now|also)? (building|leading|running|managing|working on|writing|teaching|mentoring)`,
  // "my experience with X", "my background in", "my work at"
  // "my degree in nursing", not "my degree in December": a field, not a date
  // "experi*": a note typed in a rush spells it "experiance" and still means it
  "my (experi*|background|work|time|years|career|expertise|track record|skills|skill set|knowledge|familiarity|training|degree|studies|research) (with|in|at|as|on|leading|building|running|managing|doing|designing|scaling|across|using|from|of|for) !(january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|fall|autumn|winter|#)",
  "in my (last|previous|current|prior|former|old|first|recent|most recent|present|final year|final|own)? (role|job|position|team|company|work|post|workplace|employer|startup|internship|placement|residency|fellowship|apprenticeship|dissertation|thesis|research|studies|degree|masters|phd|project|capstone|practice|unit|ward|clinic|lab|department|career)",
  "my (#|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|several|many) (plus)? (years|year|months)",
  "at my (last|previous|current|prior|former|old|present) (role|job|company|team|employer|workplace|startup|site|store|branch|warehouse|depot|plant|hospital|clinic|practice|school|firm|office|agency|restaurant|ward|unit|lab)",
  "my (previous|last|current|former|old|prior) (team|company|role|job|employer|manager|startup|org|organization|organisation|position|clients)",
  "(when|while) i (was|worked|led|ran|managed|built|spent)",
  `(having|after) (been|worked|spent)? (done|${DID})`,
  "as (someone|a person|an engineer|a manager|a designer|a developer|a former|a) .. who (has|have|had|spent|led|built|ran|worked|loves)",
  // bringing it to the team: "I bring", "bring that experience", "I could help your team"
  "i (would|could|can|will)? (bring|apply|offer)",
  "(bring|apply|use|put|carry) (my|that|this|the same|similar|those|these) .. (experience|skills|background|expertise|approach|knowledge|lessons|playbook|skill)",
  "i (could|can) (really|definitely|also|quickly)? (help|contribute|add|support|make|take|own|lead|tackle|improve|strengthen|speed up|accelerate)",
  "i would (gladly|happily|love to|like to)? help (your|the|you|with|to|make|grow|build|shape|improve|scale)",
  // years and credentials: "10 years", "a decade of", "I have experience", "I am fluent in"
  "(#|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|several|many) (plus)? (years|year) (of|in|at|as|on|with|across|*ing)",
  "(a|over a|nearly a|almost a) decade (of|in|at|as|leading|building|working)",
  "i (have|had|bring) (a lot of|lots of|extensive|deep|solid|strong|hands on|direct|relevant|practical|real|some|significant|broad|years of)? (experience|background|expertise|a track record|a background)",
  "i am (experienced|skilled|proficient|fluent|certified|comfortable|well versed|familiar|at home|confident) (in|with|at|working|using|leading)",
  "i (did|have done|solved|faced|handled|tackled) (something|a|the)? (similar|same|exactly this|this|that)",
  "(similar|same) (to )?.. (what|something|one) i (did|built|led|ran|have done|used|shipped)",
  // linking that experience to their needs: "that experience would translate well", "prepared me well for it"
  "(that|this|the same|similar|those|these|both|such) (experience|experiences|background|work|skills|skill set|approach|knowledge|lessons|expertise|project|projects) .. (would|will|could|should|can|is|are|feels|feel|seems) .. (translate|transfer|carry over|apply|help|useful|relevant|valuable|applicable|transferable)",
  "(prepared|equipped|positioned|readied|primed) me .. (for|to)",
  "(be able to|i could|i can|i would|i will|i should) (quickly|readily|easily|immediately|really|also|definitely|certainly)? (contribute|hit the ground running|pick up|get up to speed|add value|ramp up|be productive|start contributing)",
  // a strength with its reason: "I think I would be good on the till because I help on my aunt's stall"
  "i (would|will|could)? (be|am) (really|very|quite|pretty|especially)? (good|great|strong|useful|handy|a good fit|well suited|suited) (at|on|with|for|in) .. (because|since|as|having)",
  "(hit the ground running|get up to speed|up to speed quickly)",
  // a result of one's own work with its figure: "I got picks per hour back up by 14%", "took our accuracy from 96% to 99.6%"
  "(i|we) .. (got|brought|took|pushed|raised|lifted|boosted|increased|decreased|dropped|lowered|trimmed|moved) ... (by|to|from) #",
  "(got|brought|took|pushed|raised|lifted|boosted|dropped|lowered|moved) (our|my|the) ... from .. # ... to .. #",
  "(i|we) .. (went|grew|jumped|climbed|rose|fell|dropped) from .. # ... to .. #",
  "(cut|halved|doubled|tripled|reduced|trimmed|raised|lifted|grew) .. (in half|by (about|roughly|nearly|almost|over|more than|around)? (#|a third|a quarter|half|a half|two thirds)|to #)",
  // what the writer's own activity taught them: "Selling ad space for our campus paper taught me to …"
  "(taught|showed|gave|trained) me (to|how|a|the|what)",
  // the same thing in the writer's own work: "the same thing happened with my first cohort"
  "(same|similar) (thing|problem|issue|situation) (happened|came up|comes up) .. (to me|with my|in my|at my|on my|for me)",
  // offering to repeat it: "I'd like to help do the same here"
  "(help|helping) (you|your team|the team)? (do|achieve|deliver|get) (the same|something similar|similar results)",
]);

/**
 * A loosely worded claim of relevant experience: the writer says they have done or lived
 * something ("I've done a fair amount of this", "most of my last four years went into …")
 * AND ties it to what the team needs ("this sort of thing", "the kind of … you described",
 * "so I'd walk in knowing where the sharp edges are"). Either half alone is no claim of fit:
 * "I have the experience you described" names nothing the writer did.
 */
const HAS_DONE = phraseSet([
  "i (have|had)? (done|handled|dealt with|faced|run into|lived through|been through|seen|fixed|untangled|cleaned up|worked through|wrestled with)",
  "(most|much|all|part|plenty|a lot|a good part|the bulk) of my (career|time|work|years|last|past|previous|recent)",
  "my (last|past|previous|first|early) (#|two|three|four|five|six|seven|eight|nine|ten|few|several|many|couple)? (of )?(years|year|months|jobs|roles|summers|seasons)",
  "(at|in|on) my (last|previous|current|old|prior|former) (job|role|team|company|employer|placement|post|site|school|ward|unit)",
  "(back|when i was|while i was) (at|in|on) ",
  "i (know|understand|learned|learnt) (firsthand|first hand|from experience|the hard way)",
  "(i|we) (used to|have been|had been) ",
  // the work itself as the writer's daily job: "the care-home packs are basically my whole job right now"
  "(is|are|was|were) (basically|essentially|pretty much|really|literally|already|practically)? my (whole|entire|main|daily|everyday|current|day|day to day)? (job|work|role)",
]);
const TIES_TO_THEIR_NEED = phraseSet([
  "(the|this|that|these|those) (same|kind|sort|type|kinds|sorts|types) of",
  "(similar|familiar|home turf|my wheelhouse|up my alley|second nature|feel at home|felt like home|right at home|close to)",
  "you (described|mentioned|talked about|outlined|raised|are facing|face|need|want|are after|are looking for)",
  "(so|which means|meaning|and) i (could|would|can|will|know|am|should)",
  "(exactly|just|precisely) (what|the|this|that)",
  "(sharp edges|pitfalls|where the|what breaks|what works|what goes wrong)",
  "(translate|transfer|apply|carry over|relevant|useful|helpful|handy) (to|for|here|well|on)",
]);

/**
 * Where a writer's experience happened, or how long it lasted: "on my placement at a dementia
 * unit", "during my externship", "as a peer mentor", "I was a senior carer on nights", "for
 * three years", "5 yrs", "last summer". Framing alone claims nothing ("in my last job I
 * learned a lot"): a sentence counts only when it also names what was done (EXPERIENCE_DETAIL).
 */
const EXPERIENCE_FRAME = phraseSet([
  "(at|in|on|during|from|through|for) my (current|last|previous|prior|former|old|first|own|final|recent|summer|campus|student|clinical)? .. (job|jobs|role|placement|placements|externship|internship|practicum|school|class|classes|unit|ward|centre|center|agency|store|shop|site|practice|clinic|program|programme|team|course|courses|apprenticeship|residency|rotation|rotations|capstone|degree|studies|post|position|work|career|company|firm|restaurant|kitchen|warehouse|hospital|home|district|department|volunteering)",
  "my .. (capstone|placement|externship|internship|practicum|dissertation|thesis|project|research|apprenticeship) (was|is|focused|covered|looked|involved)",
  "as (a|an) .. (lead|leader|manager|supervisor|nurse|carer|teacher|assistant|tutor|mentor|volunteer|intern|apprentice|driver|technician|tech|cook|server|agent|rep|coordinator|officer|analyst|engineer|developer|designer|counselor|counsellor|aide|student)",
  // "I was a carer for three years", not "I'm a huge believer in your mission" (a feeling, not a role)
  "(i|we) (was|were|am|have been|had been|worked|served|started|spent) .. (as )?(a|an) !(believer|fan|admirer|supporter|lover|follower|huge believer|huge fan|huge admirer|big believer|big fan|big admirer|firm believer|strong believer|great believer|great admirer|longtime fan|true believer)",
  "^as (a|an) ",
  "(for|over|nearly|almost|about) (#|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|several|many) (years|year|yrs|yr|months|month|seasons|summers|shifts)",
  "(#|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty) (years|year|yrs|yr|months) (of|in|at|on|as|with|experience|mostly|now)?",
  "(last|this|this past|previous|every) (summer|year|spring|fall|autumn|winter|term|semester|season)",
  "(after|with|from) (a|one|two|three|four|five|six|seven|eight|nine|ten|#|several|many) (year|years|yrs|months|summers|seasons|winters)",
  "(have|has|had) (done|run|led|built|worked|handled|used|taught|coached|managed|trained|covered)",
  "i am the (one|person|guy|girl|type|kind) who",
  // what the writer's background is: "Most of my experience is creature animation", "my background is in grants"
  "my (experience|background|career|work) (is|has been|was|lies) (in|with|mostly|mainly|largely)? ..",
  "i was (always)? the (one|person) (at|who|doing|running|behind)",
  "i (have|had)? (done|used|kept|run|handled|covered|cover|trained|worked|practised|practiced|taught|looked after|cared for|supported|called|visited|made|completed|finished|passed) ",
  // "I also cover nights", not "I also wanted to say …": the verb must not be one of saying, thinking or feeling.
  "i (currently|already|also|still|usually|regularly|routinely) !(want|wanted|wish|wished|think|thought|hope|hoped|feel|felt|believe|believed|love|loved|like|liked|enjoy|enjoyed|appreciate|appreciated|wonder|wondered|would|will|am|was|want to|say|said|mean|meant|noticed|agree|look|looked|remain)",
]);

/** Distinctive things a phrasing of fit must name besides its stock words. */
const CLAIM_DETAIL_UNITS = 2;

/** The writer speaking of themselves. */
const FIRST_PERSON = /\b(?:i|i've|i'm|i'd|my|we|our)\b/i;

/** Distinctive things an experience sentence must name (or a number) to show fit, not just claim it. */
const EXPERIENCE_DETAIL_UNITS = 2;

function describesExperience(sentence: string, familiar: ReadonlySet<string>): boolean {
  if (!EXPERIENCE_FRAME.test(sentence) || !FIRST_PERSON.test(sentence)) return false;
  // The frame says the sentence is the writer's account, so any verb of it counts ("I kept an
  // on-call list", "I was responsible for"); only what is about the reader is left out
  // ("your team rebuilt it last year").
  const detail = detailOf(notTheirs(sentence), familiar);
  return detail.number || detail.units >= EXPERIENCE_DETAIL_UNITS;
}

/**
 * Sentences that announce news ("I'm happy to share that I passed the CPA exam"): the news rule
 * judges them. Only an explicit link (FIT) there shows fit, not the account of work itself.
 */
const ANNOUNCEMENT = phraseSet([
  "(pleased|happy|excited|delighted|thrilled|glad|proud) to (share|report|announce|tell you|let you know|say|update you)",
  "(quick|small|some|good|exciting) (update|news)",
]);

/**
 * "my SQL background would suit the role" (linked-strength.ts): a named strength of the
 * writer's linked to the job. The strength must name something ("SQL", "three years
 * chairing"), so "my skills and experience would help" stays a bare claim.
 */
function linksStrength(sentence: string, familiar: ReadonlySet<string>): boolean {
  const strength = linkedStrength(normalize(sentence));
  return !!strength && distinctiveKeys(strength, familiar).length > 0;
}

/**
 * A concrete first-person account of the writer's own work in any words ("At Mercy Valley I
 * rebuilt our grid for a 32-bed unit", "I've reviewed our monthly cost reports"): a clause of
 * doing work whose words name at least this many distinctive things, or a number. One thing
 * ("I redesigned it") is too thin to show fit.
 */
const OWN_WORK_UNITS = 2;

function accountsOwnWork(sentence: string, familiar: ReadonlySet<string>): boolean {
  const tokens = tokenize(sentence);
  if (!reportsOwnWork(tokens)) return false;
  // The writer's clause and what elaborates it ("… and the buyer's adjustments were under 2%"), not what is about the reader.
  const detail = detailOf(notTheirs(sentence), familiar);
  return detail.number || detail.units >= OWN_WORK_UNITS;
}

/**
 * The sentences of the note that connect the writer's own skills or experience to the role,
 * found lazily in order (no-fit needs only the first; check-in-pitch reports them where a note
 * should not sell again).
 */
export function* fitClaims(ctx: RuleContext): Generator<Span> {
  const familiar = familiarKeys(ctx);
  // A phrasing of fit must name something: "I would bring dedication and a positive attitude"
  // is made of stock words only (stock-phrasing.ts: what any candidate says of themselves).
  const namesSomething = (text: string) => {
    // The whole sentence: a claim ties the writer to the team's need, and the need's words count ("help your team get the checkout latency down").
    const detail = detailOf(text, familiar);
    return detail.number || detail.units >= CLAIM_DETAIL_UNITS;
  };
  // The phrasing must be the writer's own ("you cut pages by half" is the reader's work); what it ties to may be theirs.
  const fits = (text: string) =>
    ((FIT.test(notTheirs(text)) || (HAS_DONE.test(notTheirs(text)) && TIES_TO_THEIR_NEED.test(text))) && namesSomething(text)) ||
    (!ANNOUNCEMENT.test(text) && (linksStrength(text, familiar) || accountsOwnWork(text, familiar) || describesExperience(text, familiar)));
  // Template text is no claim ("My [relevant skill] would allow me to …"), and a gift or a
  // plea is no account of experience ("I baked cookies for the staff", "I'll take any shift").
  const plain = withoutTemplateText(ctx.note.text);
  for (const s of ctx.sentences) {
    const text = plain.slice(s.start, s.end);
    if (!isGiftOrPlea(text) && fits(text)) yield s;
  }
}

/** no-fit: the note never connects the writer's skills or experience to the role or the team's needs. */
export const rule: Rule = {
  id: "no-fit",
  severity: "warning",
  why: "A follow-up is a last chance to show why you fit; thanks without that link is easy to forget.",
  check(ctx) {
    if (!fitClaims(ctx).next().done) return [];
    const topic = exampleTopic(ctx);
    // The topic is offered as an idea from the user's notes, not as something the note discusses.
    const idea = topic ? ` A topic from your notes you could tie it to: “${topic}”.` : "";
    return [
      finding(
        this,
        `Add a sentence linking one concrete piece of your experience to what the team needs, e.g. “At my last job I led …, which is the kind of work your team described.”${idea}`,
        "",
      ),
    ];
  },
};
