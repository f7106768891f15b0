/**
 * Export and import in the spec's facts format: `interviews`, plus `settings` and `sends`
 * (the send log) in an export. An import is validated whole before anything is written.
 */
import "../zod-english.js";
import * as z from "zod/mini";
import { factsSchema, INTERVIEW_ID_PATTERN } from "../facts/schema.js";
import { withinSendLimits } from "../send-log.js";
import { settingsSchema } from "../settings.js";
import type { Interview, SendRecord, Settings } from "../types.js";
import { notJson, problemAt, problemsOf, type ImportProblem } from "./import-words.js";

/**
 * One logged send as exported; the same shape the Worker stores. Lengths are not refused but
 * cut to SEND_LIMITS, as the pipeline cuts them when it logs: an entry logged before it did
 * (a copy sent to 101 people, a 1,400-character subject) must not make a backup unrestorable.
 * The import's body limit bounds what reaches the cut.
 */
const sendRecordSchema = z.pipe(
  z.strictObject({
    interviewId: z.string().check(z.regex(INTERVIEW_ID_PATTERN, "must be a valid interview id")),
    messageId: z.string().check(z.minLength(1)),
    sentAt: z.iso.datetime({ offset: true }),
    recipients: z.array(z.string()),
    interviewers: z.array(z.string()),
    subject: z.string(),
    fingerprint: z.array(z.number().check(z.int(), z.minimum(0), z.maximum(0xffffffff))),
    missingRequests: z.optional(z.array(z.string())),
    enteredByHand: z.optional(z.literal(true)),
  }),
  z.transform(withinSendLimits),
);

/**
 * The keys an export adds to a facts file, and no others. `factsSchema` lets them through
 * untouched, so they are validated here, on their own: intersecting the two schemas would make zod merge the
 * facts schema's normalised output (trimmed strings, defaulted lists) with the raw input it
 * passed through, and it throws on any value the schema changed instead of reporting issues.
 */
const exportExtrasSchema = z.strictObject({
  // Read by factsSchema; listed so that any other top-level key is an unknown field
  // (a mistyped "send" must be refused, not silently dropped with the log it holds).
  interviews: z.unknown(),
  settings: z.optional(settingsSchema),
  sends: z.optional(z.array(sendRecordSchema).check(z.maxLength(10_000, "must have at most 10000 entries"))),
});

export interface Export {
  interviews: Interview[];
  settings: Settings;
  sends: SendRecord[];
}

export interface ImportPlan {
  interviews: Interview[];
  settings: Settings | null;
  sends: SendRecord[];
}

export type ImportResult = { ok: true; plan: ImportPlan } | { ok: false; problems: ImportProblem[] };

/**
 * Checks a parsed file. Sends must belong to an interview in the file or already stored
 * (`knownIds`), so the log never holds entries no interview can show.
 */
export function planImport(input: unknown, knownIds: ReadonlySet<string>): ImportResult {
  const facts = factsSchema.safeParse(input);
  const extras = exportExtrasSchema.safeParse(input);
  if (!facts.success || !extras.success) {
    const problems = [facts, extras].flatMap((result) => (result.success ? [] : problemsOf(result.error, input)));
    // Input that is not an object fails both schemas with the same line: say it once.
    return { ok: false, problems: problems.filter((p, i) => problems.findIndex((q) => q.line === p.line) === i) };
  }
  const { interviews } = facts.data;
  const { settings, sends = [] } = extras.data;
  const ids = new Set([...knownIds, ...interviews.map((i) => i.id)]);
  const problems = sends.flatMap((send, i) =>
    ids.has(send.interviewId)
      ? []
      : [problemAt(input, ["sends", i], `sends[${i}].interviewId: no interview "${send.interviewId}" in the file or saved`, `it is for the interview “${send.interviewId}”, which is neither in this file nor saved`)],
  );
  return problems.length ? { ok: false, problems } : { ok: true, plan: { interviews, settings: settings ?? null, sends } };
}

/** Reads an uploaded or posted body as JSON, with a message that says what is wrong. */
export function parseJson(text: string): { ok: true; value: unknown } | { ok: false; problems: ImportProblem[] } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return { ok: false, problems: [notJson(text, (error as Error).message)] };
  }
}
