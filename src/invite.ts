/**
 * A calendar invitation sent or forwarded to the checker: create, update or cancel the
 * interview it describes, and answer with what was done and a link to add topics.
 */
import { findInviteInterview } from "./calendar/ids.js";
import { parseInvite } from "./calendar/invite.js";
import { mergeInvite, type MergeAction } from "./calendar/merge.js";
import { interviewLink, panelStatus, replySubject, windowLines, type Report } from "./report/model.js";
import type { Store } from "./store/store.js";
import { formatForInterview } from "./timing.js";
import type { Interview, ParsedMessage, Settings } from "./types.js";

export interface InviteRequest {
  /** The parsed invitation: its calendar text was read in the same parse. */
  message: ParsedMessage;
  checkerAddress: string;
  ownerAddresses: string[];
  now: Date;
  appUrl: string | null;
  settings: Settings;
  /** The saved interviews, as the pipeline already read them. */
  interviews: Interview[];
}

export interface InviteOutcome {
  action: MergeAction | "unreadable";
  interview: Interview | null;
  report: Report;
}

/** Anything the user entered that a calendar cannot know; such an interview is kept on cancellation. */
function hasUserFacts(interview: Interview): boolean {
  return (
    [interview.topics, interview.requests, interview.concerns, interview.news].some((list) => list.length > 0) ||
    interview.interviewers.some((p) => p.topics.length > 0 || p.requests.length > 0)
  );
}

function describe(interview: Interview): string {
  const names = interview.interviewers.map((p) => p.name).join(", ");
  return `${interview.company}, ${interview.role}, ${formatForInterview(new Date(interview.start), interview)}${names ? ` with ${names}` : ""}`;
}

function report(request: InviteRequest, headline: string, interview: Interview | null, notices: string[]): Report {
  return {
    kind: "invite",
    verdict: "ready",
    subject: replySubject(request.message.subject, "your invitation"),
    headline,
    findings: [],
    window: interview ? windowLines(interview, request.settings, request.now) : [],
    panel: interview ? panelStatus(interview, []) : [],
    interviewUrl: interview ? interviewLink(request.appUrl, interview) : null,
    tagHint: null,
    notices,
  };
}

/** Imports the invitation `request.message` into `store`. Never throws on a bad calendar. */
export async function importInvite(request: InviteRequest, store: Store): Promise<InviteOutcome> {
  const ics = request.message.calendar;
  const invite = ics
    ? parseInvite(ics, { ownerAddresses: request.ownerAddresses, checkerAddress: request.checkerAddress, now: request.now, fallbackTimeZone: request.settings.timeZone })
    : ({ ok: false, error: "no calendar part could be read" } as const);
  if (!invite.ok) {
    return { action: "unreadable", interview: null, report: report(request, `Could not import this invitation: ${invite.error}.`, null, []) };
  }
  const existing = findInviteInterview(request.interviews, invite.uid);
  const merged = mergeInvite(existing, invite, await store.getInviteSequence(invite.uid));
  const saved = merged.interview;
  let headline: string;
  const notices = [...invite.warnings];
  switch (merged.action) {
    case "create":
    case "update":
      await store.putInterview(saved!);
      await store.putInviteSequence(invite.uid, invite.sequence);
      headline = `${merged.action === "create" ? "Added" : "Updated"} the interview: ${describe(saved!)}.`;
      notices.push("Add what you talked about with each interviewer, and what they asked you to send, so your notes can be checked against it.");
      break;
    case "cancel":
      await store.putInviteSequence(invite.uid, invite.sequence);
      if (saved && !hasUserFacts(saved)) {
        await store.deleteInterview(saved.id);
        headline = `Removed the cancelled interview: ${describe(saved)}.`;
      } else {
        headline = saved ? `The calendar cancelled ${describe(saved)}; your notes on it are kept. Delete it in the web app if it is really off.` : "The calendar cancelled an interview that was not saved here; nothing to do.";
      }
      return { action: merged.action, interview: saved, report: report(request, headline, null, notices) };
    default:
      headline = "This invitation is older than the one already imported; nothing changed.";
  }
  return { action: merged.action, interview: saved, report: report(request, headline, saved, notices) };
}
