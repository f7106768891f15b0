/**
 * Words that say nothing specific about a conversation. A thank-you note's "distinctive"
 * words are what is left once these are gone: "on-call", "rotation", "Kubernetes", not
 * "the", "team", "role" or "conversation".
 */
import { stemmer } from "stemmer";

/** Function words, contractions and vague qualifiers, matched as folded words (not stemmed). */
const FUNCTION_WORDS = new Set(
  `a about above after again against all almost already also although always am among an and another any anyone
  anything are around as at away back be because been before being below between both but by can cannot could
  did do does doing done down during each either else even ever every everyone everything few for from further
  get gets getting got gone goes going had has have having he her here hers him his how however i if in into is
  it its itself just least less let lot lots many may me might mine more most much must my myself near neither no
  never nor not nothing now of off often on once one only onto or other others our ours ourselves out over own per
  perhaps quite rather really same several she should since so some someone something soon still such sure than
  that the their theirs them themselves then there these they thing things this those though through thus to
  together too toward towards under until up upon us very via was way ways we well were what whatever when where
  whether which while who whom whose why will with within without would yet you your yours yourself yourselves
  i'm i've i'd i'll you're you've you'd you'll we're we've we'd we'll it's that's there's here's let's what's
  don't doesn't didn't won't wouldn't can't couldn't isn't wasn't aren't weren't haven't hasn't shouldn't
  limited lack lacking little whole entire able ably certainly definitely truly genuinely especially particularly
  additional additionally further furthermore also mr mrs ms dr prof`.split(/\s+/),
);

/**
 * Vocabulary every follow-up note uses whatever was discussed: courtesy, enthusiasm, the
 * hiring process, the workplace in general, job titles, vague praise, and the verbs that
 * introduce a detail ("you mentioned", "walking me through"). Compared by stem, so
 * "enjoy" also covers "enjoyed" and "enjoying".
 */
const GENERIC_WORDS = `
  thank thanks thankful appreciate appreciation gratitude grateful pleasure enjoy glad happy delight delighted
  excite excited exciting interest interested interesting enthusiasm enthusiastic eager keen thrill thrilled
  passion passionate love like hope look forward hear learn meet speak talk chat call discuss discussion
  conversation interview interviewer question answer time today yesterday tomorrow morning afternoon evening
  week weekend day month moment opportunity chance role position job work career team company organization
  organisation department group people person colleague staff member panel candidate candidacy application
  process step next future update decision consideration consider fit match skill experience background
  qualification qualified strength ability contribute contribution join help support add value bring
  great good wonderful excellent fantastic amazing awesome nice lovely incredible impressive impressed inspire
  inspiring insight insightful informative helpful valuable thoughtful kind warm friendly welcoming generous
  clear strong new big small best better real important various different true quick fast whole
  culture mission vision goal growth grow environment atmosphere collaborative collaboration innovation
  innovative dynamic talented smart dedicated dedication commitment energy success successful business
  industry field area space challenge challenging idea perspective approach plan information detail aspect part
  piece example send share provide forward email mail follow attach prepare submit note letter message reach
  contact touch available availability regard regards sincerely wish cheers hi hello hey dear sir madam hiring
  recruit recruiter title senior lead head director engineer engineering developer manager management designer
  analyst specialist coordinator consultant architect scientist officer associate intern administrator executive
  mention explain describe walk ask point share said told thought feel believe know seem make made take took
  come came see saw give gave keep kept want need say tell think find found put use
  sound place right kind sort bit stuff everyone everybody glimpse overview sense impression vibe feeling
  express reiterate confirm check base discover understand admire respect encourage connect become remain stay
  continue start begin wait expect decide choose select hire hesitate return receive respond reply inform
  develop build create serve handle partner collaborate thrive succeed excel impact difference asset addition
  aligned align alignment priority direction journey path story progress achievement objective strategy
  ambition responsibility duty expectation requirement daily office visit tour onsite site virtual video phone
  zoom campus firm agency startup enterprise brand world community employee leadership leader founder ceo hr
  pleasant enjoyable productive fruitful thorough comprehensive useful meaningful open honest candid gracious
  brilliant supportive inclusive diverse rewarding fulfilling unique special exceptional outstanding remarkable
  positive engaging engaged key current recent full long short high early late first last second ideal perfect
  absolutely incredibly sincerely deeply greatly warmly honestly personally professionally hard driven
  motivated earlier later recently hour minute monday tuesday wednesday thursday friday saturday sunday
  january february march april june july august september october november december quick
  reinforce confident confidence certain convince leave left glad eager surely able spend spent`
  .trim()
  .split(/\s+/);

const GENERIC_STEMS = new Set(GENERIC_WORDS.map((w) => stemmer(w)));

/** Job-title words: a capitalised run containing one ("Senior Product Manager") names a role, not a detail. */
export const TITLE_WORDS = new Set(
  `manager engineer developer designer director analyst lead head specialist coordinator consultant architect
  scientist officer associate intern administrator executive president vp position role team department`.split(/\s+/),
);

/** True for a folded word that is a function word, contraction or vague qualifier. */
export function isFunctionWord(folded: string): boolean {
  return FUNCTION_WORDS.has(folded);
}

/** True for the stem of a word of generic note vocabulary ("great", "opportunity"), which says nothing distinctive. */
export function isGenericStem(stem: string): boolean {
  return GENERIC_STEMS.has(stem);
}
