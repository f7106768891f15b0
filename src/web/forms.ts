/**
 * The interview form ↔ the facts schema. The form keeps exactly what the user typed (strings),
 * so a failed save re-renders it untouched, with one message per field.
 */
import type { $ZodError } from "zod/v4/core";
import { interviewSchema, type Interview } from "../facts/schema.js";
import { isoToLocalInput, localInputToIso } from "./time.js";
import { slugify } from "../text/slug.js";

export interface InterviewerForm {
  name: string;
  email: string;
  title: string;
  /** One entry per line. */
  topics: string;
  requests: string;
}

export interface InterviewForm {
  id: string;
  company: string;
  /** One entry per line, like every list field. */
  companyAliases: string;
  role: string;
  /** `datetime-local` values in the owner's time zone (or a full ISO value). */
  start: string;
  end: string;
  format: string;
  topics: string;
  requests: string;
  concerns: string;
  news: string;
  decisionBy: string;
  sendBy: string;
  /** The recruiter, all three empty for none. */
  recruiterName: string;
  recruiterEmail: string;
  recruiterAgency: string;
  /** "" (not said), or one of HOW_IT_WENT / OUTCOMES. */
  howItWent: string;
  outcome: string;
  interviewers: InterviewerForm[];
}

/** Field name → message; interviewer fields are "interviewers.<row>.<field>". */
export type FieldErrors = Record<string, string>;

/** What the submit button asked for: save, or add/remove an interviewer row (works without JavaScript). */
export type FormAction = { kind: "save" } | { kind: "add" } | { kind: "remove"; row: number };

/** The schema's own limit on interviewers; the form offers no more rows than can be saved. */
export const MAX_INTERVIEWER_ROWS = 30;

export const INTERVIEWER_FIELDS = ["name", "email", "title", "topics", "requests"] as const;
export const TOP_FIELDS = [
  "id", "company", "companyAliases", "role", "start", "end", "format", "topics", "requests", "concerns", "news", "decisionBy", "sendBy",
  "recruiterName", "recruiterEmail", "recruiterAgency", "howItWent", "outcome",
] as const;

/** The form's label of each field: shown beside it, and naming it where a saved version differs. */
export const INTERVIEW_LABELS: Record<(typeof TOP_FIELDS)[number], string> = {
  id: "Id",
  company: "Company",
  companyAliases: "Other names for the company",
  role: "Role",
  start: "Start",
  end: "End",
  format: "Format",
  topics: "Topics",
  requests: "Things to send",
  concerns: "Concerns to address",
  news: "News since the interview",
  decisionBy: "Decision by",
  sendBy: "Send notes by",
  recruiterName: "Recruiter's name",
  recruiterEmail: "Recruiter's email",
  recruiterAgency: "Recruiter's agency",
  howItWent: "How it went",
  outcome: "Outcome",
};

/** The recruiter's fields by the schema's names (a problem with `recruiter.email` belongs to the field "recruiterEmail"). */
const RECRUITER_FIELDS = { name: "recruiterName", email: "recruiterEmail", agency: "recruiterAgency" } as const;

/** The label of each field of an interviewer row. */
export const INTERVIEWER_LABELS: Record<(typeof INTERVIEWER_FIELDS)[number], string> = {
  name: "Name",
  email: "Email",
  title: "Title",
  topics: "What you talked about",
  requests: "What they asked you to send",
};

export const blankInterviewer = (): InterviewerForm => ({ name: "", email: "", title: "", topics: "", requests: "" });

export function emptyInterviewForm(): InterviewForm {
  const form = Object.fromEntries(TOP_FIELDS.map((f) => [f, ""])) as Omit<InterviewForm, "interviewers">;
  return { ...form, interviewers: [blankInterviewer()] };
}

type Body = Record<string, string | File | (string | File)[]>;
const str = (value: Body[string] | undefined) => (typeof value === "string" ? value : "");

/** Reads a submitted form body; rows come back in index order, whatever order the fields arrived in. */
export function readInterviewForm(body: Body): { form: InterviewForm; action: FormAction } {
  const form = emptyInterviewForm();
  for (const field of TOP_FIELDS) form[field] = str(body[field]);
  const rows = new Map<number, InterviewerForm>();
  for (const key of Object.keys(body)) {
    const m = /^interviewers\.(\d{1,2})\.(name|email|title|topics|requests)$/.exec(key);
    if (!m) continue;
    const row = rows.get(Number(m[1])) ?? blankInterviewer();
    row[m[2] as (typeof INTERVIEWER_FIELDS)[number]] = str(body[key]);
    rows.set(Number(m[1]), row);
  }
  form.interviewers = [...rows.entries()].sort((a, b) => a[0] - b[0]).map(([, row]) => row).slice(0, MAX_INTERVIEWER_ROWS);
  const action = str(body.action);
  const remove = /^remove-(\d{1,2})$/.exec(action);
  return { form, action: action === "add" ? { kind: "add" } : remove ? { kind: "remove", row: Number(remove[1]) } : { kind: "save" } };
}

const lines = (value: string) => value.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
const optional = (value: string) => value.trim() || undefined;
const isBlankRow = (row: InterviewerForm) => INTERVIEWER_FIELDS.every((f) => !row[f].trim());

/** "Northwind Logistics" + "Senior SRE" → "northwind-logistics-senior-sre" (an id the user did not type). */
export function slugId(company: string, role: string): string {
  return slugify(`${company} ${role}`);
}

/** The form's field a schema issue belongs to. */
function fieldOf(path: readonly PropertyKey[]): string {
  const [top, row, field] = path;
  if (top === "interviewers" && typeof row === "number") return `interviewers.${row}.${typeof field === "string" ? field : "name"}`;
  if (top === "recruiter") return RECRUITER_FIELDS[row as keyof typeof RECRUITER_FIELDS] ?? RECRUITER_FIELDS.name;
  return String(top ?? "id");
}

function fieldErrors(error: $ZodError, form: InterviewForm): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const field = fieldOf(issue.path);
    const blank = (field === "start" || field === "end") && !form[field].trim();
    errors[field] ??= blank ? "is required" : issue.message;
  }
  return errors;
}

/** Drops interviewer rows left completely empty, keeping one row to type into. */
export function withoutBlankRows(form: InterviewForm): InterviewForm {
  const interviewers = form.interviewers.filter((row) => !isBlankRow(row));
  return { ...form, interviewers: interviewers.length ? interviewers : [blankInterviewer()] };
}

export type InterviewResult = { ok: true; interview: Interview } | { ok: false; errors: FieldErrors };

/** Validates a form (blank rows already dropped) with the facts schema; times are read in `zone`. */
export function formToInterview(form: InterviewForm, zone: string): InterviewResult {
  const candidate = {
    id: form.id.trim() || slugId(form.company, form.role),
    company: form.company,
    companyAliases: lines(form.companyAliases),
    role: form.role,
    start: localInputToIso(form.start, zone),
    end: localInputToIso(form.end, zone),
    format: optional(form.format),
    interviewers: form.interviewers.filter((row) => !isBlankRow(row)).map((row) => ({
      name: row.name,
      email: optional(row.email),
      title: optional(row.title),
      topics: lines(row.topics),
      requests: lines(row.requests),
    })),
    topics: lines(form.topics),
    requests: lines(form.requests),
    concerns: lines(form.concerns),
    news: lines(form.news),
    decisionBy: optional(form.decisionBy) ?? null,
    sendBy: optional(form.sendBy) ?? null,
    // A recruiter row left empty is no recruiter; one with only an email asks for the name.
    recruiter: [form.recruiterName, form.recruiterEmail, form.recruiterAgency].some((v) => v.trim())
      ? { name: form.recruiterName, email: optional(form.recruiterEmail), agency: optional(form.recruiterAgency) }
      : undefined,
    howItWent: optional(form.howItWent),
    outcome: optional(form.outcome),
  };
  const parsed = interviewSchema.safeParse(candidate);
  return parsed.success ? { ok: true, interview: parsed.data } : { ok: false, errors: fieldErrors(parsed.error, form) };
}

/** A stored interview as the form shows it, times in `zone`. */
export function interviewToForm(interview: Interview, zone: string): InterviewForm {
  return {
    id: interview.id,
    company: interview.company,
    companyAliases: interview.companyAliases.join("\n"),
    role: interview.role,
    start: isoToLocalInput(interview.start, zone),
    end: isoToLocalInput(interview.end, zone),
    format: interview.format ?? "",
    topics: interview.topics.join("\n"),
    requests: interview.requests.join("\n"),
    concerns: interview.concerns.join("\n"),
    news: interview.news.join("\n"),
    decisionBy: interview.decisionBy ?? "",
    sendBy: interview.sendBy ?? "",
    recruiterName: interview.recruiter?.name ?? "",
    recruiterEmail: interview.recruiter?.email ?? "",
    recruiterAgency: interview.recruiter?.agency ?? "",
    howItWent: interview.howItWent ?? "",
    outcome: interview.outcome ?? "",
    interviewers: interview.interviewers.map((p) => ({ name: p.name, email: p.email ?? "", title: p.title ?? "", topics: p.topics.join("\n"), requests: p.requests.join("\n") })),
  };
}
