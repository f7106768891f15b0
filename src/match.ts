/**
 * Which interview a message is about (spec: "Which interview a message is about"), and
 * which interviewer the note is for.
 */
import type { MatchedBy } from "./rules/rule.js";
import { fold } from "./text/fold.js";
import { findPerson, greetingNames } from "./text/names.js";
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

/** Interviewers of `interview` whose email is among `addresses`. */
function panelRecipients(interview: Interview, addresses: string[]): Interviewer[] {
  return interview.interviewers.filter((p) => addresses.some((a) => sameAddress(p.email, a)));
}

/** When several interviews fit, the one whose end is closest before `at` (else closest after). */
function closestInTime(candidates: Interview[], at: Date): Interview {
  const distance = (i: Interview) => {
    const delta = at.getTime() - Date.parse(i.end);
    return delta >= 0 ? delta : Number.MAX_SAFE_INTEGER / 2 - delta;
  };
  return candidates.reduce((best, i) => (distance(i) < distance(best) ? i : best));
}

/** True when `haystack` (folded) contains `phrase` as whole words. */
function mentions(haystack: string, phrase: string): boolean {
  const needle = fold(phrase).trim();
  if (!needle) return false;
  const escaped = needle.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`(^|[^\\p{L}\\p{N}])${escaped}($|[^\\p{L}\\p{N}])`, "u").test(haystack);
}

/** Interviews whose greeted names or company names point to them. */
function byNamesAndCompany(interviews: Interview[], note: Note): Interview[] {
  const greeted = note.greeting ? greetingNames(note.greeting) : [];
  const byName = interviews.filter((i) => greeted.some((name) => findPerson(name, i.interviewers)?.match === "exact"));
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
 * Ties a note to an interview: the +tag first, then recipient addresses, then greeted names
 * and company names when they point to exactly one interview.
 * @param recipientAddresses lower-cased To/Cc of the note, the checker address excluded
 */
export function matchInterview(interviews: Interview[], note: Note, recipientAddresses: string[], tag: string | null, at: Date): InterviewMatch {
  const found = (interview: Interview, matchedBy: MatchedBy): InterviewMatch => {
    const recipients = panelRecipients(interview, recipientAddresses);
    return { interview, matchedBy, recipients, addressee: findAddressee(interview, recipients, note) };
  };
  const tagged = tag ? interviews.find((i) => i.id === tag) : undefined;
  if (tagged) return found(tagged, "tag");
  const byRecipient = interviews.filter((i) => panelRecipients(i, recipientAddresses).length > 0);
  if (byRecipient.length > 0) return found(closestInTime(byRecipient, at), "recipients");
  const byNames = byNamesAndCompany(interviews, note);
  if (byNames.length === 1) return found(byNames[0]!, "names");
  return { interview: null, matchedBy: "none", recipients: [], addressee: null };
}
