/**
 * An iCalendar invitation (RFC 5545/5546) as an interview: when, with whom, for which
 * company and role. Pure: the text in, an Interview (valid per the facts schema) out.
 */
import ICAL from "ical.js";
import { formatIssues, interviewerSchema, interviewSchema, type Interview } from "../facts/schema.js";
import { fold } from "../text/fold.js";
import { isoAtOffset } from "../time-zone.js";
import { eventInstant, trimTimezones, type EventInstant } from "./event-time.js";
import { inviteInterviewId } from "./ids.js";
import { companyDomain, companyFromDomain, domainOf, isNeutralDomain, personOf, type Person } from "./people.js";
import { readSummary } from "./summary.js";

export interface InviteOptions {
  /** The owner's own addresses: never an interviewer. */
  ownerAddresses: string[];
  /** The checker's address (any +tag form is left out too). */
  checkerAddress: string;
  /** The moment of import, for warnings about events already over. */
  now: Date;
  /** IANA zone for floating times and unknown TZIDs; UTC when absent. */
  fallbackTimeZone?: string;
}

export interface Invite {
  ok: true;
  /** METHOD of the calendar ("PUBLISH" when the file has none, as for a plain .ics). */
  method: string;
  uid: string;
  sequence: number;
  /** METHOD:CANCEL, or the event's STATUS:CANCELLED. */
  cancelled: boolean;
  interview: Interview;
  warnings: string[];
}

export type InviteResult = Invite | { ok: false; error: string };

/** Methods that carry an event to put in the calendar (or take out of it). */
const EVENT_METHODS = new Set(["REQUEST", "PUBLISH", "ADD", "CANCEL"]);

/** An event without an end (nor a duration) is taken to last this long. */
const DEFAULT_DURATION_MS = 60 * 60_000;

/** Links that make an event a video call. */
const VIDEO_LINK = /zoom\.us|meet\.google\.com|teams\.microsoft\.com|teams\.live\.com|webex\.com|whereby\.com|chime\.aws/i;

/** The facts schema's limit on a panel's size. */
const MAX_INTERVIEWERS = 30;

/** A person as an interviewer; an address the schema would refuse is left out, not fatal. */
function asInterviewer(p: Person): { name: string; email?: string } {
  const name = p.name.slice(0, 120);
  return p.email && interviewerSchema.safeParse({ name, email: p.email }).success ? { name, email: p.email } : { name };
}

const fail = (error: string): InviteResult => ({ ok: false, error });

/** The event to import: the series' master (no RECURRENCE-ID) when there is one, else the first. */
function mainEvent(calendar: ICAL.Component): ICAL.Component | null {
  const events = calendar.getAllSubcomponents("vevent");
  return events.find((e) => !e.hasProperty("recurrence-id")) ?? events[0] ?? null;
}

function instantOf(event: ICAL.Component, name: "dtstart" | "dtend", options: InviteOptions): EventInstant | null {
  const prop = event.getFirstProperty(name);
  const value = prop?.getFirstValue();
  if (!prop || !(value instanceof ICAL.Time)) return null;
  const tzid = prop.getParameter("tzid");
  return eventInstant(value, typeof tzid === "string" ? tzid : null, options.fallbackTimeZone);
}

/** The same zone as `start`, `ms` later. */
const laterThan = (start: EventInstant, ms: number): EventInstant => {
  const instant = start.instant + ms;
  return { ...start, instant, iso: isoAtOffset(instant, start.offsetMinutes) };
};

/** Start and end; a missing end comes from DURATION, else DEFAULT_DURATION_MS. */
function times(event: ICAL.Component, options: InviteOptions, warnings: string[]): { start: EventInstant; end: EventInstant } | null {
  const start = instantOf(event, "dtstart", options);
  if (!start) return null;
  if ((event.getFirstPropertyValue("dtstart") as ICAL.Time).isDate) warnings.push("this is an all-day event: set the real start and end in the web app");
  let end = instantOf(event, "dtend", options);
  const duration = event.getFirstPropertyValue("duration");
  if (!end && duration instanceof ICAL.Duration) end = laterThan(start, duration.toSeconds() * 1000);
  if (!end || end.instant <= start.instant) {
    warnings.push("the invitation gives no end time: it was set to one hour after the start");
    end = laterThan(start, DEFAULT_DURATION_MS);
  }
  for (const w of [start.warning, end.warning]) if (w && !warnings.includes(w)) warnings.push(w);
  return { start, end };
}

/** True for an address of the owner or of the checker (any +tag of it). */
function isOwnSide(email: string, options: InviteOptions): boolean {
  const owners = options.ownerAddresses.map((a) => a.trim().toLowerCase());
  const [local = "", domain = ""] = options.checkerAddress.trim().toLowerCase().split("@");
  const checker = new RegExp(`^${local.replace(/[^a-z0-9]/g, "\\$&")}(?:\\+[^@]*)?@${domain.replace(/[^a-z0-9]/g, "\\$&")}$`);
  return owners.includes(email) || checker.test(email);
}

const text = (event: ICAL.Component, name: string): string => {
  const value = event.getFirstPropertyValue(name);
  return typeof value === "string" ? value : "";
};

/** Parses an invitation. Never throws: unreadable input gives `{ ok: false, error }`. */
export function parseInvite(icsText: string, options: InviteOptions): InviteResult {
  let calendar: ICAL.Component;
  let event: ICAL.Component | null;
  try {
    calendar = new ICAL.Component(ICAL.parse(icsText));
    event = calendar.name === "vcalendar" ? mainEvent(calendar) : calendar.name === "vevent" ? calendar : null;
  } catch (error) {
    return fail(`the calendar data could not be read (${error instanceof Error ? error.message : String(error)})`);
  }
  if (!event) return fail("the calendar data holds no event");
  try {
    return readEvent(calendar, event, options);
  } catch (error) {
    return fail(`the event could not be read (${error instanceof Error ? error.message : String(error)})`);
  }
}

function readEvent(calendar: ICAL.Component, event: ICAL.Component, options: InviteOptions): InviteResult {
  const method = String(calendar.getFirstPropertyValue("method") ?? "PUBLISH").toUpperCase();
  if (!EVENT_METHODS.has(method)) return fail(`this is a ${method} (an answer to an invitation), not an invitation: nothing to import`);
  const uid = text(event, "uid").trim();
  if (!uid) return fail("the event has no UID, so a later update could not be matched to it");
  const warnings: string[] = [];
  if (calendar.getAllSubcomponents("vevent").length > 1) warnings.push("the invitation holds several events: the main one was imported");
  if (event.hasProperty("rrule")) warnings.push("this is a repeating event: its first occurrence was imported");
  const start = event.getFirstPropertyValue("dtstart");
  if (start instanceof ICAL.Time) trimTimezones(calendar, start.year);
  const when = times(event, options, warnings);
  if (!when) return fail("the event has no start time");
  if (when.end.instant < options.now.getTime()) warnings.push("this interview is already over");

  const organizerProp = event.getFirstProperty("organizer");
  const organizer = organizerProp ? personOf(organizerProp) : null;
  const attendees = event.getAllProperties("attendee").flatMap((p) => personOf(p) ?? []);
  const others = (p: Person) => !p.email || !isOwnSide(p.email, options);
  const domain = companyDomain(organizer && others(organizer) ? organizer : null, attendees.filter(others));
  const domainCompany = domain ? companyFromDomain(domain) : null;
  const summary = readSummary(text(event, "summary"), attendees.concat(organizer ?? []).map((p) => p.name), domainCompany);
  const company = summary.company ?? domainCompany;
  if (!company) warnings.push("the company could not be told from the invitation: set it in the web app");

  const atCompany = organizer && others(organizer) && organizer.email && domain && domainOf(organizer.email) === domain && !isNeutralDomain(domain);
  const panel = new Map<string, Person>();
  for (const p of [...attendees.filter(others), ...(atCompany ? [organizer] : [])]) {
    const key = p.email || fold(p.name);
    if (!panel.has(key)) panel.set(key, p);
  }
  if (panel.size > MAX_INTERVIEWERS) warnings.push(`only the first ${MAX_INTERVIEWERS} guests were kept as interviewers`);
  if (panel.size === 0) return fail("the invitation lists no interviewer (only you and the checker): add the interviewers in the web app");

  const location = `${text(event, "location")} ${text(event, "description")} ${text(event, "x-google-conference")} ${text(event, "x-microsoft-skypeteamsmeetingurl")}`;
  const candidate = {
    id: inviteInterviewId(company ?? "", summary.role ?? "", uid),
    company: (company ?? "Unknown company").slice(0, 200),
    companyAliases: domainCompany && company && fold(domainCompany) !== fold(company) ? [domainCompany] : [],
    role: (summary.role ?? "Interview").slice(0, 200),
    start: when.start.iso,
    end: when.end.iso,
    ...(VIDEO_LINK.test(location) ? { format: "video" } : {}),
    interviewers: [...panel.values()].slice(0, MAX_INTERVIEWERS).map(asInterviewer),
  };
  const parsed = interviewSchema.safeParse(candidate);
  if (!parsed.success) return fail(`the event does not make a valid interview: ${formatIssues(parsed.error).join("; ")}`);
  const status = text(event, "status").toUpperCase();
  const sequence = Number(event.getFirstPropertyValue("sequence") ?? 0);
  return {
    ok: true,
    method,
    uid,
    sequence: Number.isFinite(sequence) ? sequence : 0,
    cancelled: method === "CANCEL" || status === "CANCELLED",
    interview: parsed.data,
    warnings,
  };
}
