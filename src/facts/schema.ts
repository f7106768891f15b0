/**
 * The interview facts format shared by the web app's export/import and the CLI's --facts
 * file. One zod schema validates all of them.
 */
import "../zod-english.js";
import * as z from "zod/mini";
import type { $ZodError } from "zod/v4/core";

/** Interview ids go into KV keys and `check+<id>@` tags, so they are kept to a safe alphabet. */
export const INTERVIEW_ID_PATTERN = /^[a-z0-9-]{1,64}$/;

const text = (max: number) => z.string().check(z.trim(), z.minLength(1, "must not be empty"), z.maxLength(max, `must be at most ${max} characters`));
const textList = (max: number) => z._default(z.array(text(max)).check(z.maxLength(50, "must have at most 50 entries")), []);

const isoWithOffset = z.iso.datetime({
  offset: true,
  local: false,
  error: "must be an ISO-8601 date-time with an offset, e.g. 2026-11-17T13:00:00-05:00",
});

const isoDateOrDateTime = z.union([z.iso.date(), isoWithOffset], {
  error: "must be a date (2026-11-24) or an ISO-8601 date-time with an offset",
});

export const interviewerSchema = z.strictObject({
  name: text(120),
  email: z.optional(z.email({ error: "must be an email address" }).check(z.maxLength(254))),
  title: z.optional(text(200)),
  topics: textList(500),
  requests: textList(500),
});

/**
 * The recruiter who arranged the interview and is the candidate's contact between steps. Not a
 * panel member: notes to them are checked as notes to a recruiter and never count as a panel note.
 */
const recruiterSchema = z.strictObject({
  name: text(120),
  email: z.optional(z.email({ error: "must be an email address" }).check(z.maxLength(254))),
  /** The recruitment agency they work for; absent for the company's own (in-house) recruiter. */
  agency: z.optional(text(200)),
});

/** How the owner felt the interview went: "badly" makes a note optional and an apology an error. */
export const HOW_IT_WENT = ["well", "unsure", "badly"] as const;

/** How the process ended, as the owner marks it; any mark stops the reminders. "waiting": still no word, and the owner knows. */
export const OUTCOMES = ["waiting", "offer", "rejected", "withdrawn"] as const;

export const interviewSchema = z
  .strictObject({
    id: z.string().check(z.regex(INTERVIEW_ID_PATTERN, "must be 1-64 characters of a-z, 0-9 and -")),
    company: text(200),
    companyAliases: textList(200),
    role: text(200),
    start: isoWithOffset,
    end: isoWithOffset,
    /** How it was held, free text ("video", "phone", "onsite"): shown, never checked. */
    format: z.optional(text(40)),
    interviewers: z.array(interviewerSchema).check(z.minLength(1, "must list at least one interviewer"), z.maxLength(30, "must have at most 30 entries")),
    topics: textList(500),
    requests: textList(500),
    concerns: textList(500),
    news: textList(500),
    decisionBy: z._default(z.nullable(isoDateOrDateTime), null),
    sendBy: z._default(z.nullable(isoDateOrDateTime), null),
    recruiter: z.optional(recruiterSchema),
    howItWent: z.optional(z.enum(HOW_IT_WENT, { error: "must be one of well, unsure or badly" })),
    outcome: z.optional(z.enum(OUTCOMES, { error: "must be one of waiting, offer, rejected or withdrawn" })),
  })
  .check(z.refine((i) => Date.parse(i.end) > Date.parse(i.start), { message: "must be after start", path: ["end"] }));

/**
 * A facts file. Only `interviews` is required; an export may carry more top-level keys
 * (settings, the send log), which are accepted here and validated by their own schemas.
 */
export const factsSchema = z
  .looseObject({ interviews: z.array(interviewSchema).check(z.maxLength(500, "must have at most 500 entries")) })
  .check(
    z.superRefine((facts, ctx) => {
      const seen = new Set<string>();
      facts.interviews.forEach((interview, index) => {
        if (seen.has(interview.id)) {
          ctx.addIssue({ code: "custom", message: `duplicate id "${interview.id}"`, path: ["interviews", index, "id"] });
        }
        seen.add(interview.id);
      });
    }),
  );

export type Interviewer = z.output<typeof interviewerSchema>;
export type Recruiter = z.output<typeof recruiterSchema>;
export type HowItWent = (typeof HOW_IT_WENT)[number];
export type Outcome = (typeof OUTCOMES)[number];
export type Interview = z.output<typeof interviewSchema>;
export type Facts = z.output<typeof factsSchema>;

/** Renders a path the way a user would write it: interviews[0].interviewers[1].name */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, i) => (typeof part === "number" ? `[${part}]` : `${i === 0 ? "" : "."}${String(part)}`))
    .join("");
}

/** One line per problem, each naming the field and saying what is wrong. */
export function formatIssues(error: $ZodError): string[] {
  return error.issues.map((issue) => {
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((key) => `${formatPath([...issue.path, key])}: unknown field`).join("; ");
    }
    const where = formatPath(issue.path) || "(top level)";
    // The text is zod's English message (installed by zod-english.ts); a missing field reads "received undefined".
    const received = issue.code === "invalid_type" && /received undefined/.test(issue.message) ? "is required" : issue.message;
    return `${where}: ${received}`;
  });
}

export type FactsResult = { ok: true; facts: Facts } | { ok: false; errors: string[] };

/** Validates parsed JSON as a facts file. */
export function parseFacts(input: unknown): FactsResult {
  const result = factsSchema.safeParse(input);
  return result.success ? { ok: true, facts: result.data } : { ok: false, errors: formatIssues(result.error) };
}
