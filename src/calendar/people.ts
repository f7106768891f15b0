/**
 * Who was on the invitation: the organizer and attendees as plain people, with the owner,
 * the checker, rooms, groups and mailboxes that are not a person left out.
 */
import type ICAL from "ical.js";

export interface Person {
  name: string;
  /** Lower-cased address, "" when the entry had none. */
  email: string;
}

/** Mail providers anyone can sign up with: their domain says nothing about the company. */
const PERSONAL_DOMAINS = /^(?:gmail|googlemail|outlook|hotmail|live|msn|yahoo|ymail|icloud|me|mac|aol|proton|protonmail|pm|gmx|mail|fastmail|zoho|yandex|web|t-online)\.(?:[a-z]{2,3}|co\.[a-z]{2}|com\.[a-z]{2})$/;

/**
 * Scheduling and applicant-tracking tools that send invitations for the company, and
 * shared Google calendars. (Not google.com or microsoft.com: people interview there.)
 */
const TOOL_DOMAINS = /(?:^|\.)(?:calendly\.com|greenhouse\.io|lever\.co|goodtime\.io|ashbyhq\.com|myworkday\.com|smartrecruiters\.com|icims\.com|gem\.com|modernloop\.io|prelude\.co|calendar\.google\.com)$/;

/** Mailboxes that are not a person (shared inboxes, robots). */
const NON_PERSON_LOCAL = /^(?:no-?reply|do-?not-?reply|donotreply|notifications?|notify|calendar(?:-notification)?|invites?|invitations?|scheduling|scheduler|mailer-daemon|postmaster|newsletter|news|info|hr|jobs|careers|recruiting|recruitment|talent|team|hello|support|admin|bounces?|events?)(?:[+._-].*)?$/;

/** CUTYPE values that are not a person. */
const NON_PERSON_CUTYPES = new Set(["ROOM", "RESOURCE", "GROUP", "UNKNOWN"]);

/** True for a domain that tells nothing about the employer. */
export const isNeutralDomain = (domain: string): boolean => PERSONAL_DOMAINS.test(domain) || TOOL_DOMAINS.test(domain);

export const domainOf = (email: string): string => email.slice(email.lastIndexOf("@") + 1);

const capitalize = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/** "priya.raman" → "Priya Raman"; digits and separators dropped. */
export function nameFromLocalPart(local: string): string {
  return local
    .replace(/\+.*$/, "")
    .split(/[._-]+/)
    .map((w) => w.replace(/\d+/g, ""))
    .filter(Boolean)
    .map((w) => capitalize(w.toLowerCase()))
    .join(" ");
}

/** "Raman, Priya" → "Priya Raman"; quotes and an address used as a name dropped. */
function cleanName(cn: string, email: string): string {
  // "Priya Raman (Northwind)": the bracket names the employer, not the person.
  const name = cn.replace(/^["']+|(?<!["'])["']+$/g, "").replace(/(?<!\s)\s*\([^()]*\)\s*$/, "").replace(/\s+/g, " ").trim();
  if (!name || name.includes("@")) return email ? nameFromLocalPart(email.split("@")[0] ?? "") : "";
  const comma = /^([^,]+),\s*([^,]+)$/.exec(name);
  return comma ? `${comma[2]} ${comma[1]}` : name;
}

/** The organizer or an attendee as a Person, or null when it is not a person. */
export function personOf(prop: ICAL.Property): Person | null {
  const cutype = String(prop.getParameter("cutype") ?? "").toUpperCase();
  if (NON_PERSON_CUTYPES.has(cutype)) return null;
  const value = String(prop.getFirstValue() ?? "").trim();
  const email = value.replace(/^mailto:/i, "").trim().toLowerCase();
  const address = email.includes("@") ? email : "";
  if (address && (NON_PERSON_LOCAL.test(address.split("@")[0] ?? "") || /(?:^|\.)resource\.calendar\.google\.com$/.test(domainOf(address)))) {
    return null;
  }
  const name = cleanName(String(prop.getParameter("cn") ?? ""), address);
  return name ? { name, email: address } : null;
}

/**
 * The employer's domain: the organizer's unless it is a personal or scheduling-tool domain,
 * else the domain most attendees share (ties: the first seen). Null when none qualifies.
 */
export function companyDomain(organizer: Person | null, attendees: Person[]): string | null {
  const own = organizer?.email ? domainOf(organizer.email) : "";
  if (own && !isNeutralDomain(own)) return own;
  const counts = new Map<string, number>();
  for (const p of attendees) {
    const d = p.email ? domainOf(p.email) : "";
    if (d && !isNeutralDomain(d)) counts.set(d, (counts.get(d) ?? 0) + 1);
  }
  let best: string | null = null;
  for (const [domain, count] of counts) if (best === null || count > (counts.get(best) ?? 0)) best = domain;
  return best;
}

/** Second-level labels under a country code: "contoso.co.uk" names "contoso", not "co". */
const SECOND_LEVEL = new Set(["co", "com", "ac", "org", "net", "gov", "ltd", "plc"]);

/** "northwind.example" → "Northwind"; "mail.blue-yonder.co.uk" → "Blue Yonder". */
export function companyFromDomain(domain: string): string {
  const labels = domain.toLowerCase().split(".").filter(Boolean);
  let index = labels.length - 2;
  if (index > 0 && SECOND_LEVEL.has(labels[index] ?? "") && (labels.at(-1) ?? "").length === 2) index -= 1;
  const label = labels[Math.max(index, 0)] ?? "";
  return label.split("-").filter(Boolean).map(capitalize).join(" ");
}
