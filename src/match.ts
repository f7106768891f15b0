/**
 * Which interview a message is about (spec: "Which interview a message is about"), and
 * which interviewer the note is for.
 */
import type { MatchedBy } from "./rules/rule.js";
import type { InterviewIndex } from "./store/interview-index.js";
import { fold } from "./text/fold.js";
import { findPerson, greetingNames } from "./text/names.js";
import { hasWholeWords, wholeWordNames } from "./text/whole-words.js";
import type { Interview, Interviewer, Note } from "./types.js";

export interface InterviewMatch {
  interview: Interview | null;
  matchedBy: MatchedBy;
  /** This interview's interviewers among the note's recipients. */
  recipients: Interviewer[];
  /** The interviewer the note is for, when that is clear. */
  addressee: Interviewer | null;
}

const sameAddress = (a: string | undefined, b: string) => a !== undefined && a.toLowerCase() === b;

/**
 * What matching reads of an interview. The interview index keeps exactly this of every saved
 * interview (src/store/interview-index.ts), so a message is matched without reading them all.
 */
export interface MatchFacts {
  id: string;
  company: string;
  companyAliases: string[];
  end: string;
  interviewers: Array<{ name: string; email?: string | undefined }>;
  /** The recruiter who arranged it: a note to them is about this interview too. */
  recruiter?: { name: string; email?: string | undefined } | undefined;
}

/** The people of `panel` whose email is among `addresses`. */
function panelRecipients<P extends { email?: string | undefined }>(panel: P[], addresses: string[]): P[] {
  return panel.filter((p) => addresses.some((a) => sameAddress(p.email, a)));
}

/** When several interviews fit, the one whose end is closest before `at` (else closest after). */
function closestInTime<T extends MatchFacts>(candidates: T[], at: Date): T {
  const distance = (i: T) => {
    const delta = at.getTime() - Date.parse(i.end);
    return delta >= 0 ? delta : Number.MAX_SAFE_INTEGER / 2 - delta;
  };
  return candidates.reduce((best, i) => (distance(i) < distance(best) ? i : best));
}

/** True when `haystack` (folded) contains `phrase` as whole words. */
function mentions(haystack: string, phrase: string): boolean {
  return hasWholeWords(haystack, wholeWordNames([fold(phrase)]));
}

/** The panel and the recruiter: the people a note about the interview may be for. */
const peopleOf = (i: MatchFacts) => (i.recruiter ? [...i.interviewers, i.recruiter] : i.interviewers);

/** Interviews whose greeted names or company names point to them. */
function byNamesAndCompany<T extends MatchFacts>(interviews: readonly T[], note: Note): T[] {
  const greeted = note.greeting ? greetingNames(note.greeting) : [];
  const byName = interviews.filter((i) => greeted.some((name) => findPerson(name, peopleOf(i))?.match === "exact"));
  const text = fold(`${note.subject}\n${note.text}`);
  const byCompany = interviews.filter((i) => [i.company, ...i.companyAliases].some((c) => mentions(text, c)));
  if (byName.length && byCompany.length) return byName.filter((i) => byCompany.includes(i));
  return byName.length ? byName : byCompany;
}

/** The interviewer a note is for: its only panel recipient, else its only greeted panel member. */
export function findAddressee(interview: Interview, recipients: Interviewer[], note: Note): Interviewer | null {
  if (recipients.length === 1) return recipients[0]!;
  const pool = recipients.length > 1 ? recipients : interview.interviewers;
  const greeted = (note.greeting ? greetingNames(note.greeting) : [])
    .map((name) => findPerson(name, pool)?.person)
    .filter((p): p is Interviewer => p !== undefined);
  const unique = [...new Set(greeted)];
  return unique.length === 1 ? unique[0]! : null;
}

/**
 * Which of `interviews` a note is about, and how that was found: the +tag first, then
 * recipient addresses, then greeted names and company names when they point to exactly one
 * interview; null when none does.
 * @param recipientAddresses lower-cased To/Cc of the note, the checker address excluded
 */
export function chooseInterview<T extends MatchFacts>(interviews: readonly T[], note: Note, recipientAddresses: string[], tag: string | null, at: Date): { interview: T; matchedBy: MatchedBy } | null {
  const tagged = tag ? interviews.find((i) => i.id === tag) : undefined;
  if (tagged) return { interview: tagged, matchedBy: "tag" };
  const byRecipient = interviews.filter((i) => panelRecipients(i.interviewers, recipientAddresses).length > 0);
  if (byRecipient.length > 0) return { interview: closestInTime(byRecipient, at), matchedBy: "recipients" };
  // One recruiter often arranges several of a candidate's interviews: the note's names and
  // companies choose among theirs, and failing that the latest.
  const byRecruiter = interviews.filter((i) => i.recruiter && panelRecipients([i.recruiter], recipientAddresses).length > 0);
  if (byRecruiter.length > 0) {
    const named = byRecruiter.length > 1 ? byNamesAndCompany(byRecruiter, note) : [];
    return { interview: closestInTime(named.length > 0 ? named : byRecruiter, at), matchedBy: "recipients" };
  }
  const byNames = byNamesAndCompany(interviews, note);
  return byNames.length === 1 ? { interview: byNames[0]!, matchedBy: "names" } : null;
}

const NO_MATCH: InterviewMatch = { interview: null, matchedBy: "none", recipients: [], addressee: null };

/** The match of a note to `interview`: its interviewers among the recipients, and the one the note is for. */
function matched(interview: Interview, matchedBy: MatchedBy, note: Note, recipientAddresses: string[]): InterviewMatch {
  const recipients = panelRecipients(interview.interviewers, recipientAddresses);
  return { interview, matchedBy, recipients, addressee: findAddressee(interview, recipients, note) };
}

/**
 * Ties a note to one of `interviews` (see chooseInterview).
 * @param recipientAddresses lower-cased To/Cc of the note, the checker address excluded
 */
export function matchInterview(interviews: Interview[], note: Note, recipientAddresses: string[], tag: string | null, at: Date): InterviewMatch {
  const chosen = chooseInterview(interviews, note, recipientAddresses, tag, at);
  return chosen ? matched(chosen.interview, chosen.matchedBy, note, recipientAddresses) : NO_MATCH;
}

/**
 * Index entries one match may find out of date (the interview edited or deleted by a write
 * the index lost) and choose again; each costs one more read of an interview.
 */
const MAX_STALE_ENTRIES = 3;

/**
 * Ties a note to a saved interview by the index, reading only the interview it chooses (and
 * the tagged one when the index does not list it yet). When the interview read differs from
 * its entry, the choice is made again on what it really says. Returns the match and the other
 * saved interviews as the rules read them.
 * @param read the saved interviews with these ids (Store.getInterviews)
 */
export async function matchSaved(
  index: InterviewIndex,
  read: (ids: string[]) => Promise<Array<Interview | null>>,
  note: Note,
  recipientAddresses: string[],
  tag: string | null,
  at: Date,
): Promise<{ match: InterviewMatch; otherInterviews: Interview[] }> {
  const loaded = new Map<string, Interview | null>();
  const load = async (id: string) => {
    if (!loaded.has(id)) loaded.set(id, (await read([id]))[0] ?? null);
    return loaded.get(id)!;
  };
  let current = index;
  if (tag && !current.get(tag)) {
    const tagged = await load(tag);
    if (tagged) current = current.with(tagged);
  }
  for (let stale = 0; stale <= MAX_STALE_ENTRIES; stale++) {
    const chosen = chooseInterview(current.entries, note, recipientAddresses, tag, at);
    if (!chosen) break;
    const interview = await load(chosen.interview.id);
    const fresh = interview ? current.with(interview) : current.without(chosen.interview.id);
    if (interview && fresh === current) return { match: matched(interview, chosen.matchedBy, note, recipientAddresses), otherInterviews: current.others(interview.id) };
    current = fresh;
  }
  return { match: NO_MATCH, otherInterviews: current.others(null) };
}
