/**
 * The owner's calendar feed (RFC 5545, with RFC 7986's name and refresh interval): for each
 * interview, the time its follow-up notes are best sent, and the day to check in when the
 * decision date passes without word. Pure: the interviews, the settings and the moment the
 * feed is made in, the text of an .ics file out.
 *
 * Times are written in UTC: an interview keeps only its offset, not a zone with rules a
 * VTIMEZONE could carry, and a calendar shows UTC times in whatever zone its owner is in.
 */
import ICAL from "ical.js";
import { taggedAddress, type CheckerAddress } from "../checker-address.js";
import type { Outcome } from "../facts/schema.js";
import { interviewLink } from "../report/model.js";
import { decisionDeadline, formatDecision, formatForInterview, isoOffsetMinutes, OPTIONAL_NOTE_ADVICE, paceAdvice, sendWindow } from "../timing.js";
import type { Interview, Settings } from "../types.js";

export interface FeedInput {
  interviews: readonly Interview[];
  settings: Settings;
  /** When the feed is made: every event's DTSTAMP. */
  now: Date;
  /** The web app's address, for each event's link to its interview; null: no links. */
  appUrl: string | null;
  /** The checker address, to say where to forward drafts; null when it is not configured. */
  checker: CheckerAddress | null;
}

/** The calendar's name in the owner's calendar app (X-WR-CALNAME and NAME). */
export const FEED_NAME = "Interview follow-ups";

/**
 * How often a calendar app should fetch the feed again: an interview added or edited shows
 * within the hour, while the Worker answers a handful of requests a day per device.
 */
export const FEED_REFRESH_SECONDS = 3600;

/** Identifies this feed's events among the owner's other calendars (a UID must be unique worldwide). */
const UID_DOMAIN = "followup-check";

/** Endings after which nothing is left to send: "waiting" means still no word, so a check-in may still be due. */
const FINAL_OUTCOMES: ReadonlySet<Outcome> = new Set(["offer", "rejected", "withdrawn"]);

const DAY_MS = 24 * 3_600_000;
const SATURDAY = 6;
const SUNDAY = 0;

/** A time as ical.js writes it in UTC ("20261117T220000Z"). */
const utc = (when: Date) => ICAL.Time.fromJSDate(when, true);

/**
 * The day to check in, as "YYYY-MM-DD": the first working day (Monday to Friday) after the
 * decision date, in the interview's offset. Null without a decision date: the app treats a
 * note as a check-in only once one has passed (see note-kind.ts).
 */
export function checkInDay(interview: Interview): string | null {
  const decision = decisionDeadline(interview);
  if (!decision) return null;
  const local = new Date(decision.getTime() + isoOffsetMinutes(interview.end) * 60_000);
  let day = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate() + 1);
  while ([SATURDAY, SUNDAY].includes(new Date(day).getUTCDay())) day += DAY_MS;
  return new Date(day).toISOString().slice(0, 10);
}

/** "Northwind Logistics (Senior Site Reliability Engineer)": how each event names its interview. */
const interviewName = (interview: Interview) => `${interview.company} (${interview.role})`;

/** "Priya Raman (Director of Infrastructure), Tomasz Nowak": the panel, as the events list it. */
const panelNames = (interview: Interview) => interview.interviewers.map((p) => (p.title ? `${p.name} (${p.title})` : p.name)).join(", ");

/** A VEVENT with what every event of the feed carries: its UID, DTSTAMP, summary, description and link. */
function event(uid: string, summary: string, lines: readonly string[], link: string | null, now: Date): ICAL.Component {
  const component = new ICAL.Component("vevent");
  component.updatePropertyWithValue("uid", `${uid}@${UID_DOMAIN}`);
  component.updatePropertyWithValue("dtstamp", utc(now));
  component.updatePropertyWithValue("summary", summary);
  component.updatePropertyWithValue("description", [...lines, ...(link ? [`Interview page: ${link}`] : [])].join("\n"));
  if (link) component.updatePropertyWithValue("url", link);
  // A reminder to write, not a meeting: the owner's free/busy time stays free.
  component.updatePropertyWithValue("transp", "TRANSPARENT");
  return component;
}

/**
 * The send-window event: from when a note no longer looks pre-written until it becomes late
 * (the "best sent" span the report and the interview page give), its latest moment in the
 * description. Null when the window closes before it opens (a decision date before the end).
 */
function sendWindowEvent(interview: Interview, input: FeedInput, link: string | null): ICAL.Component | null {
  const window = sendWindow(interview, input.settings);
  if (window.late <= window.opens) return null;
  const lines = [
    `Panel: ${panelNames(interview)}.`,
    `Best sent by ${formatForInterview(window.late, interview)}; at the latest by ${formatForInterview(window.closes, interview)} (${window.closesBecause}).`,
  ];
  const pace = paceAdvice(window, interview);
  if (pace) lines.push(pace);
  if (window.optional) lines.push(OPTIONAL_NOTE_ADVICE);
  if (input.checker) lines.push(`Forward each draft to ${taggedAddress(input.checker, interview.id)} to have it checked, and Bcc it on the note you send.`);
  const component = event(`${interview.id}.send-window`, `Send your follow-up to ${interviewName(interview)}`, lines, link, input.now);
  component.updatePropertyWithValue("dtstart", utc(window.opens));
  component.updatePropertyWithValue("dtend", utc(window.late));
  return component;
}

/** The check-in event: all day on checkInDay, for when the decision date passed without word. */
function checkInEvent(interview: Interview, input: FeedInput, link: string | null): ICAL.Component | null {
  const day = checkInDay(interview);
  const decides = formatDecision(interview);
  if (!day || !decides) return null;
  const recruiter = interview.recruiter;
  const to = recruiter ? `${recruiter.name}, the recruiter,` : "your contact on the panel";
  const lines = [
    `They meant to decide by ${decides}. No word yet? Write ${to} a short, courteous check-in: name the role and the day of the interview, with no new pitch.`,
    "Once you hear, mark the outcome on the interview's page: its events then leave this calendar.",
  ];
  const component = event(`${interview.id}.check-in`, `Check in with ${interviewName(interview)} if you have not heard`, lines, link, input.now);
  const start = ICAL.Time.fromDateString(day);
  const end = start.clone();
  end.adjust(1, 0, 0, 0);
  // DTEND of an all-day event is the day after (exclusive), per RFC 5545.
  component.updatePropertyWithValue("dtstart", start);
  component.updatePropertyWithValue("dtend", end);
  return component;
}

/**
 * The feed as .ics text (CRLF line ends, long lines folded): a send-window event and, with a
 * decision date, a check-in event per interview; none for an interview whose ending is marked
 * (an offer, a rejection, withdrawn). Event UIDs depend on the interview id and the event's
 * kind alone, so a calendar app updates an edited interview's events in place.
 */
export function calendarFeed(input: FeedInput): string {
  const calendar = new ICAL.Component(["vcalendar", [], []]);
  calendar.updatePropertyWithValue("prodid", "-//followup-check//Interview follow-ups//EN");
  calendar.updatePropertyWithValue("version", "2.0");
  calendar.updatePropertyWithValue("calscale", "GREGORIAN");
  calendar.updatePropertyWithValue("name", FEED_NAME);
  calendar.updatePropertyWithValue("x-wr-calname", FEED_NAME);
  calendar.updatePropertyWithValue("x-wr-caldesc", "When to send each interview's follow-up notes, and when to check in.");
  const refresh = ICAL.Duration.fromSeconds(FEED_REFRESH_SECONDS);
  // RFC 7986's REFRESH-INTERVAL; Outlook reads X-PUBLISHED-TTL instead.
  calendar.updatePropertyWithValue("refresh-interval", refresh);
  calendar.updatePropertyWithValue("x-published-ttl", refresh.toString());
  for (const interview of input.interviews) {
    if (interview.outcome && FINAL_OUTCOMES.has(interview.outcome)) continue;
    const link = interviewLink(input.appUrl, interview);
    for (const component of [sendWindowEvent(interview, input, link), checkInEvent(interview, input, link)]) {
      if (component) calendar.addSubcomponent(component);
    }
  }
  // Every content line ends with CRLF, the last one too (RFC 5545 section 3.1).
  return `${calendar.toString()}\r\n`;
}
