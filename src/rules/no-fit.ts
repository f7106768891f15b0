import { exampleTopic } from "../text/conversation.js";
import { phraseSet } from "../text/phrases.js";
import { finding, type Rule } from "./rule.js";

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
  "my (experience|background|work|time|years|career|expertise|track record|skills|skill set|knowledge|familiarity|training|degree|studies|research) (with|in|at|as|on|leading|building|running|managing|doing|designing|scaling|across|using|from|of|for)",
  "in my (last|previous|current|prior|former|old|first|recent|most recent|present) (role|job|position|team|company|work|post|workplace|employer|startup)",
  "at my (last|previous|current|prior|former|old|present) (role|job|company|team|employer|workplace|startup)",
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
  "(#|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|several|many) (plus)? (years|year) (of|in|at|as|leading|building|working|running|managing|doing|designing)",
  "(a|over a|nearly a|almost a) decade (of|in|at|as|leading|building|working)",
  "i (have|had|bring) (a lot of|lots of|extensive|deep|solid|strong|hands on|direct|relevant|practical|real|some|significant|broad|years of)? (experience|background|expertise|a track record|a background)",
  "i am (experienced|skilled|proficient|fluent|certified|comfortable|well versed|familiar|at home|confident) (in|with|at|working|using|leading)",
  "i (did|have done|solved|faced|handled|tackled) (something|a|the)? (similar|same|exactly this|this|that)",
  "(similar|same) (to )?.. (what|something|one) i (did|built|led|ran|have done|used|shipped)",
]);

/** no-fit: the note never connects the writer's skills or experience to the role or the team's needs. */
export const rule: Rule = {
  id: "no-fit",
  severity: "warning",
  why: "A follow-up is a last chance to show why you fit; thanks without that link is easy to forget.",
  check(ctx) {
    if (ctx.sentences.some((s) => FIT.test(s.text))) return [];
    const topic = exampleTopic(ctx);
    const about = topic ? ` to “${topic}”` : " to what the team needs";
    return [
      finding(
        this,
        `Connect one concrete piece of your experience${about}, e.g. “At my last job I led …, which is the kind of work your team described.”`,
        "",
      ),
    ];
  },
};
