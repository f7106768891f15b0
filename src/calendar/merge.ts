/**
 * What an invitation does to the saved interview: create it, update it, cancel it, or
 * nothing when it is older than what was already imported (RFC 5546: a lower SEQUENCE is
 * stale). An update never loses what the user typed in the web app.
 */
import type { Interview, Interviewer } from "../facts/schema.js";
import { fold } from "../text/fold.js";
import type { Invite } from "./invite.js";

export type MergeAction = "create" | "update" | "ignore-stale" | "cancel";

export interface MergeResult {
  action: MergeAction;
  /**
   * create/update: the interview to store. cancel: the saved interview to remove (null when
   * none was saved). ignore-stale: the saved interview, unchanged.
   */
  interview: Interview | null;
}

const sameEmail = (a: Interviewer, b: Interviewer) => !!a.email && !!b.email && a.email.toLowerCase() === b.email.toLowerCase();
const sameName = (a: Interviewer, b: Interviewer) => fold(a.name).replace(/\s+/g, " ").trim() === fold(b.name).replace(/\s+/g, " ").trim();

/** Anything the user entered for an interviewer that the invitation cannot know. */
const hasUserFacts = (p: Interviewer) => p.topics.length > 0 || p.requests.length > 0 || !!p.title;

/**
 * The panel after an update: saved interviewers still on the invitation keep their entry
 * (name as the user wrote it, title, topics, requests; an address is filled in when the
 * saved entry had none); new guests are added; guests who left are dropped unless the user
 * entered facts for them (a topic, a request or a title), since those came from the real
 * conversation and the calendar may simply be out of date.
 */
function mergePanel(saved: Interviewer[], invited: Interviewer[]): Interviewer[] {
  const kept = saved.flatMap((person) => {
    const match = invited.find((guest) => sameEmail(person, guest)) ?? invited.find((guest) => !person.email && sameName(person, guest));
    if (match) return [person.email || !match.email ? person : { ...person, email: match.email }];
    return hasUserFacts(person) ? [person] : [];
  });
  const added = invited.filter((guest) => !kept.some((p) => sameEmail(p, guest) || sameName(p, guest)));
  return [...kept, ...added];
}

/**
 * Decides what `invite` does given the saved interview for its UID (`existing`) and the
 * SEQUENCE last imported for it (`storedSequence`, null when none). An equal SEQUENCE is
 * applied again (the same invitation forwarded twice is harmless); a lower one is stale.
 * An update takes the new start, end and format and the panel changes; company, role,
 * aliases, topics, requests, concerns, news, decisionBy and sendBy stay as saved (the user
 * may have corrected them; a calendar never carries them).
 */
export function mergeInvite(existing: Interview | null, invite: Invite, storedSequence: number | null): MergeResult {
  if (storedSequence !== null && invite.sequence < storedSequence) return { action: "ignore-stale", interview: existing };
  if (invite.cancelled) return { action: "cancel", interview: existing };
  if (!existing) return { action: "create", interview: invite.interview };
  const next = invite.interview;
  return {
    action: "update",
    interview: {
      ...existing,
      start: next.start,
      end: next.end,
      ...(next.format ? { format: next.format } : {}),
      interviewers: mergePanel(existing.interviewers, next.interviewers),
    },
  };
}
