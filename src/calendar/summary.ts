/**
 * Company and role from an event's SUMMARY, the way recruiters and scheduling tools write
 * them: "Interview: Senior SRE – Northwind Logistics", "Northwind Logistics <> Alex Chen –
 * Senior SRE interview", "Senior SRE interview with Northwind", "Onsite: Product Designer @
 * Fintechly". The summary is cut at separators into pieces; interview words, people's names
 * and labels are dropped; what follows "@", "at" or "with" is the company, else the piece
 * that names the employer's domain, else the piece without role words.
 */
import { fold } from "../text/fold.js";

export interface SummaryParts {
  company: string | null;
  role: string | null;
}

/** What a mail client or forward put in front of the event's own title. */
const TITLE_PREFIX = /^(?:(?:fwd?|fw|re|aw|tr|wg)\s*:\s*|(?:updated\s+)?invitation(?:\s+updated)?\s*:\s*|(?:event\s+)?cancel+ed(?:\s+event)?\s*:\s*|canceled\s*:\s*|accepted\s*:\s*)+/i;

/** Words that label the meeting rather than name the role or the company. */
const MEETING_WORDS = /\b(?:(?:final|first|second|third|\d+(?:st|nd|rd|th))\s+round|round\s+\d+|on-?site|onsite|virtual|video|phone|technical|tech|behaviou?ral|panel|hiring\s+manager|recruiter|system\s+design|coding|screen(?:ing)?|interviews?|chat|call|conversation|meeting|intro(?:duction)?|loop)\b/gi;

/** Words that mark a piece as a job title. */
const ROLE_WORDS = /\b(?:engineer(?:ing)?|developer|designer|manager|director|analyst|scientist|architect|consultant|specialist|lead|head|intern|sre|devops|product|program|vp|officer|coordinator|administrator|associate|assistant|researcher|writer|editor|accountant|advisor|representative|executive|technician|nurse|teacher|senior|junior|staff|principal|sr|jr)\b/i;

/** Separators between title pieces; the ones marked "company" introduce the employer. */
const SEPARATOR = /\s+(?:[–—|•·]|-{1,2}|<>|<->|\/|x)\s+|\s*:\s+|\s*\(\s*|\s*\)\s*|\s+(@|at|with|for)\s+|\s*(@)\s*/i;

interface Piece {
  text: string;
  /** The word before it: "@", "at", "with", "for", or "" after a plain separator. */
  after: string;
}

function split(summary: string): Piece[] {
  const pieces: Piece[] = [];
  let rest = summary;
  let after = "";
  for (let match = SEPARATOR.exec(rest); match; match = SEPARATOR.exec(rest)) {
    pieces.push({ text: rest.slice(0, match.index), after });
    after = (match[1] ?? match[2] ?? "").toLowerCase();
    rest = rest.slice(match.index + match[0].length);
  }
  pieces.push({ text: rest, after });
  return pieces.map((p) => ({ ...p, text: p.text.trim() })).filter((p) => p.text);
}

const tidy = (text: string) => text.replace(MEETING_WORDS, " ").replace(/\s+/g, " ").replace(/^[\s,.;&+-]+|(?<![\s,.;&+-])[\s,.;&+-]+$/g, "");

/** True when the piece is (part of) one of these people's names. */
function isPerson(text: string, people: readonly string[]): boolean {
  const folded = fold(text);
  return people.some((name) => {
    const person = fold(name);
    return person === folded || (folded.length > 2 && person.split(/\s+/).includes(folded)) || (person.length > 2 && folded.includes(person));
  });
}

/**
 * Reads company and role from a summary. `people` are names to drop (attendees, the
 * owner); `domainCompany` is the employer's name from its mail domain, if known.
 */
export function readSummary(summary: string, people: readonly string[], domainCompany: string | null): SummaryParts {
  const title = summary.replace(TITLE_PREFIX, "").trim();
  const pieces = split(title)
    .map((p) => ({ ...p, text: tidy(p.text), hadRole: ROLE_WORDS.test(p.text) }))
    .filter((p) => /\p{L}/u.test(p.text) && !isPerson(p.text, people));
  const domainWord = domainCompany ? fold(domainCompany).split(/\s+/)[0] ?? "" : "";
  const namesDomain = (p: Piece) => domainWord.length > 1 && fold(p.text).split(/[^a-z0-9]+/).includes(domainWord);
  const company =
    pieces.find((p) => ["@", "at", "with"].includes(p.after) && !ROLE_WORDS.test(p.text)) ??
    pieces.find(namesDomain) ??
    (pieces.length > 1 ? pieces.find((p) => !p.hadRole) : undefined);
  const role = pieces.find((p) => p !== company && p.hadRole) ?? pieces.find((p) => p !== company);
  return { company: company?.text ?? null, role: role?.text ?? null };
}
