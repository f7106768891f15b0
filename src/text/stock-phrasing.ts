/**
 * Stock specificity: the words of sentences that sound specific but would fit any employer
 * of the kind ("the outstanding care your clinic is known for", "the exciting products your
 * group builds", "the team's forward-thinking culture"). A detail from a conversation is
 * made of words that are distinctive against these: "the bedside handoff checklist you
 * piloted on nights", not "the compassionate patient care your hospital provides". The
 * interview's own names (company, role, titles, people) never count either: see
 * familiarKeys in conversation.ts.
 *
 * Each table is one kind of stock word; compared by key (folded and stemmed, as mentions.ts
 * keys words), so "build" also covers "builds" and "building".
 */
import { distinctiveKeys } from "./mentions.js";
import { phraseSet } from "./phrases.js";

/** Praise that fits any employer. */
const PRAISE = `outstanding exceptional excellent first-class world-class top-notch top-tier best-in-class cutting-edge
  leading-edge state-of-the-art forward-thinking innovative pioneering groundbreaking visionary exciting impressive
  amazing incredible inspiring compassionate caring collaborative supportive welcoming dynamic talented dedicated
  passionate reliable renowned respected reputable premier leading trusted thriving vibrant fast-paced friendly
  high-quality quality modern progressive ambitious bold creative mission-driven customer-focused people-first
  patient-centered patient-centred student-centered student-centred family-oriented hardworking hard-working
  skilled knowledgeable professional seamless efficient effective rigorous meticulous stellar superb top impressive
  remarkable admirable commendable incredible tremendous fantastic terrific phenomenal unparalleled unmatched
  award-winning well-known well-respected highly regarded esteemed prestigious successful established growing
  fast-growing booming iconic beloved warm energetic positive healthy strong solid great fun exciting engaging
  beautiful gorgeous lovely stunning charming cozy cosy bright spacious spotless clean calm welcoming kind
  generous helpful smells amazing nice authentic transparent purpose-led purpose-driven sustainable accessible
  inclusive impactful meaningful`;

/** What any employer has, offers or is known for. */
const EMPLOYER_NOUNS = `products product services service solutions solution projects project offerings work tools
  systems platform platforms technology technologies programs programmes initiatives resources facilities
  reputation name standards standard values value vision mission culture ethos spirit atmosphere environment
  workplace place commitment dedication excellence innovation care quality approach philosophy dedication focus
  emphasis priorities future direction growth success achievements accomplishments track record history legacy
  impact scale reach network presence footprint brand community communities people staff employees workforce
  colleagues crew members partners partnerships relationships stakeholders customers clients patients students
  families guests residents users consumers shoppers audience public market markets industry sector field
  organization organisation company firm business enterprise group team teams department division unit office
  clinic hospital practice school district classroom store shop restaurant kitchen hotel agency studio lab site
  plant warehouse branch location facility campus headquarters energy passion`;

/** The verbs that carry stock praise: "the care your clinic is known for", "the products you build". */
const PRAISE_VERBS = `known recognised recognized famous celebrated renowned admired respected praised noted
  build builds run runs offer offers provide provides deliver delivers do does make makes create creates serve
  serves produce produces support supports stand stands foster fosters cultivate cultivates value values
  prioritize prioritise champion champions embody embodies represent represents`;

/** Everyday nouns of common fields: naming the field's daily work is not naming a conversation. */
const INDUSTRY_NOUNS = `software code engineering engineers developers infrastructure cloud data apps app
  websites digital tech
  health healthcare medicine medical nursing nurses doctors physicians providers treatment treatments wellness
  education learning teaching teachers educators curriculum lessons kids children parents pupils learners
  retail sales merchandise guests hospitality dining menu food
  logistics shipping delivery deliveries fleet freight supply chain
  finance financial banking accounts investments portfolio money
  construction building buildings safety equipment trades jobs installations repairs maintenance
  design designs creative marketing content campaigns media brand brands branding channel
  channels audience audiences consumers engagement social
  law legal cases matters research science`;

/** What any candidate says of themselves: "a hard worker, a fast learner and a team player". */
const SELF_PRAISE = `hard worker learner fast quick team player go-getter self-starter above beyond extra mile
  detail-oriented organized organised motivated self-motivated driven independently independent attitude
  dedication dedicated diligent punctual flexible adaptable proactive eager willing asset contribution contribute
  strengths strength fit abilities ability capable`;

/** The letter itself and the hiring process, which every follow-up names: "a formal follow-up", "the timeline for a decision". */
const PROCESS_WORDS = `letter formal follow-up follow up note email message timeline decision decisions advise update
  status consideration application candidacy process hiring selection shortlist outcome response reply regard
  regards accept`;

/** Everyday nouns that name no particular topic: "all levels", "an honor", "the practice", "the city". */
const EVERYDAY_NOUNS = `level levels honor honour practice city place part side area class classes group groups way
  thing things question questions point points idea ideas example examples kind sort type`;

const STOCK_KEYS: ReadonlySet<string> = new Set(
  // Keyed as content words (generic), so praise that is also generic note vocabulary ("innovative") is stock too.
  [PRAISE, EMPLOYER_NOUNS, PRAISE_VERBS, INDUSTRY_NOUNS, SELF_PRAISE, PROCESS_WORDS, EVERYDAY_NOUNS].flatMap((table) => distinctiveKeys(table.replace(/-/g, " "), undefined, true)),
);

/** True when a word's key (mentions.ts wordKey, distinctive or generic) is stock vocabulary that fits any employer. */
export function isStockKey(key: string): boolean {
  return STOCK_KEYS.has(key);
}

/**
 * A creed: what the writer believes of the whole field, true of any employer in it ("I believe
 * patient safety and good communication are at the heart of clinical pharmacy", "teamwork is
 * key in any kitchen"). However many nouns it holds, it is no detail of a conversation.
 */
const CREED = phraseSet([
  "(is|are) (really|truly|always|so)? (at the heart of|the heart of|at the core of|the core of|central to|key to|key in|the key to|essential to|essential in|essential for|crucial to|crucial in|crucial for|vital to|vital in|vital for|the foundation of|the cornerstone of|the backbone of|fundamental to|what matters most in|what makes) (any|every|a|good|great|clinical|the|this|our)?",
  "(is|are) (so|very|really|extremely|incredibly)? important (in|to|for) (any|every|a|all|good|great)",
  "^(i believe|i truly believe|i strongly believe|i firmly believe|i have always believed|i feel|in my view|for me) (that)? .. (every|all|good|great|each) .. (deserves|deserve|needs|need|should|must)",
  // what everyone in the market wants nowadays: "today's consumers expect brands to be authentic"
  "(today*|modern|most|all|nowadays|these days) .. (consumers|customers|patients|students|users|clients|people|families|shoppers|guests|buyers) (expect|want|demand|need|deserve|care about|look for)",
]);

/**
 * Admiring what the employer stands for, which anyone can read on its website: "a huge
 * believer in your mission to make sustainable living simple", "I admire the values you put
 * first". What follows "mission to" is the mission statement, not the conversation.
 */
const PRAISE_OF_PURPOSE = phraseSet([
  "(believer|believe|admire|admired|admirer|love|loved|drawn to|inspired by|aligned with|align with|resonate with|resonates with|share|fan of|support) .. (mission|missions|values|vision|ethos|purpose|commitment)",
  "(mission|vision|purpose|values) (to|of) .. (make|bring|help|provide|create|deliver|give|build|empower|improve|serve)",
  // "the vital role it plays in keeping the county's infrastructure safe", "the important work your department does"
  "(the|its|your|their) (vital|important|essential|crucial|key|critical|valuable|meaningful|incredible|amazing|great) (role|part|work|service|services|difference) (that)? .. (plays|play|does|do|provides|provide|makes|make)",
]);

/** True when a sentence is stock of a whole kind rather than a detail: a creed of the field, or praise of the employer's purpose. */
export function isStockSentence(sentence: string): boolean {
  return CREED.test(sentence) || PRAISE_OF_PURPOSE.test(sentence);
}
