/**
 * Related terms: words a note uses for what a saved topic calls by another name ("pager" for
 * "on-call", "rota" for "rotation", "no-shows" for "missed appointments"). Users type topics
 * in a hurry and in their own words, and the note paraphrases them again; stems alone miss
 * these. Each row is one family of terms that stand for each other in a follow-up note;
 * compared by key (folded and stemmed), so every form of each word is covered. A word the
 * facts clip past the tables ("somms") stands for the longer words it begins (clippedKeys).
 */
import { hasWord } from "../spelling/dictionary.js";
import { memoize, TEXT_CACHE_CHARS } from "./memo.js";
import { wordKey } from "./mentions.js";
import { tokenize } from "./tokens.js";

const FAMILIES = `
  on-call oncall pager paging rota rotation roster
  outage outages incident incidents postmortem post-mortem retro retrospective
  migration migrate migrating replatform replatforming
  hiring recruiting recruitment headcount
  onboarding orientation induction
  budget budgets funding
  no-show no-shows noshow attendance
  dashboard dashboards kpi kpis
  staffing ratios understaffed short-staffed
  charting ehr emr
  curriculum syllabus coursework
  inventory stocktake
  forklift forklifts pallet pallets
  kubernetes k8s
  latency slowness
  roadmap prioritisation prioritization backlog
  mentoring mentorship mentor mentors coaching
  compliance audit audits regulatory
  upskilling workshops
  churn retention renewals
  rollout go-live
  accessibility a11y
  volunteers volunteering
  fundraising donors donations
  permits permitting inspections
  payroll wages
  sustainability emissions carbon
  vulnerability vulnerabilities breach
`;

/**
 * What a hurried user types for a word: facts say "12 hrs/wk", "no biotech exp", "6 reps";
 * the note says "twelve hours a week", "biotech experience", "six representatives". One row
 * per word, as in FAMILIES.
 */
const SHORTHAND = `
  hour hours hr hrs
  week weeks wk wks weekly
  year years yr yrs
  month months mo mos
  experience exp
  management mgmt
  department dept
  developer developers dev devs
  engineer engineers eng
  reference references ref refs
  certificate certificates certification certified cert certs
  information info
  representative representatives rep reps
  manager managers mgr
  customer customers cust
  appointment appointments appt appts
  biotechnology biotech
  pharmaceutical pharmaceuticals pharma
  administration admin
  semester sem
  january jan
  february feb
  march mar
  april apr
  june jun
  july jul
  august aug
  september sept sep
  october oct
  november nov
  december dec
  christmas xmas
  monday mon
  tuesday tue tues
  wednesday weds
  thursday thu thur thurs
  friday fri
  saturday sat
`;

/** Each key's family, as the other keys of its row; built on first use (mentions.ts, which keys words, imports this module). */
let related: Map<string, string[]> | null = null;

function families(): Map<string, string[]> {
  if (related) return related;
  related = new Map();
  for (const row of `${FAMILIES}\n${SHORTHAND}`.trim().split("\n")) {
    // A hyphenated term is keyed joined ("on-call" as "oncall"), as keySet joins adjacent words.
    const keys = [...new Set(row.trim().split(/\s+/).map((w) => wordKey(w.replace(/-/g, ""), true)).filter((k): k is string => !!k))];
    for (const key of keys) related.set(key, [...(related.get(key) ?? []), ...keys.filter((k) => k !== key)]);
  }
  return related;
}

/**
 * Letters a clipped word keeps at least ("somm" of "sommelier", "qual" of "qualification"):
 * shorter clippings ("ex", "pro") begin too many words to stand for one.
 */
const MIN_CLIPPED_CHARS = 4;

const NO_CLIPPED: ReadonlySet<string> = new Set();

/**
 * Keys of the words a facts text clips past the shorthand table: typed in lower case, of at
 * least MIN_CLIPPED_CHARS letters, and no word the dictionary knows, singular or plural
 * ("never managed 4+ somms", "no formal teaching qual"). A note writes such a word out in
 * full ("three sommeliers"), which keys to a longer key starting with the clipped one; a word
 * the dictionary knows ("care", "plan") is never read as the start of another ("career", "planet").
 */
export const clippedKeys = memoize((text: string): ReadonlySet<string> => {
  const keys = new Set<string>();
  for (const { text: written, folded } of tokenize(text)) {
    const singular = folded.replace(/s$/, "");
    if (written !== folded || !/^[a-z]+$/.test(folded) || singular.length < MIN_CLIPPED_CHARS || hasWord(folded) || hasWord(singular)) continue;
    const key = wordKey(written, true);
    if (key) keys.add(key);
  }
  return keys.size > 0 ? keys : NO_CLIPPED;
}, TEXT_CACHE_CHARS);

/**
 * True when `keys` hold `key` or a term related to it, or, when `key` is one of `clipped`
 * (clippedKeys of the facts text it comes from), a longer key that starts with it.
 */
export function hasRelated(keys: ReadonlySet<string>, key: string, clipped: ReadonlySet<string> = NO_CLIPPED): boolean {
  if (keys.has(key)) return true;
  const family = families().get(key);
  if (family?.some((k) => keys.has(k))) return true;
  if (!clipped.has(key)) return false;
  for (const k of keys) if (k.length > key.length && k.startsWith(key)) return true;
  return false;
}
