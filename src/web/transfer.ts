/**
 * Export and import in the spec's facts format: `interviews`, plus `settings` and `sends`
 * (the send log) in an export. An import is validated whole before anything is written.
 */
import { z } from "zod";
import { factsSchema, formatIssues, INTERVIEW_ID_PATTERN } from "../facts/schema.js";
import { settingsSchema } from "../settings.js";
import type { Interview, SendRecord, Settings } from "../types.js";

/** One logged send as exported; the same shape the Worker stores. */
const sendRecordSchema = z.strictObject({
  interviewId: z.string().regex(INTERVIEW_ID_PATTERN, "must be a valid interview id"),
  messageId: z.string().min(1).max(998),
  sentAt: z.iso.datetime({ offset: true }),
  recipients: z.array(z.string().max(254)).max(100),
  interviewers: z.array(z.string().max(120)).max(30),
  subject: z.string().max(998),
  fingerprint: z.array(z.number().int().min(0).max(0xffffffff)).max(256),
});

const importSchema = factsSchema.and(
  z.looseObject({
    settings: settingsSchema.optional(),
    sends: z.array(sendRecordSchema).max(10_000, "must have at most 10000 entries").optional(),
  }),
);

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

export type ImportResult = { ok: true; plan: ImportPlan } | { ok: false; errors: string[] };

/**
 * Checks a parsed file. Sends must belong to an interview in the file or already stored
 * (`knownIds`), so the log never holds entries no interview can show.
 */
export function planImport(input: unknown, knownIds: ReadonlySet<string>): ImportResult {
  const parsed = importSchema.safeParse(input);
  if (!parsed.success) return { ok: false, errors: formatIssues(parsed.error) };
  const { interviews, settings, sends = [] } = parsed.data;
  const ids = new Set([...knownIds, ...interviews.map((i) => i.id)]);
  const errors = sends.flatMap((send, i) => (ids.has(send.interviewId) ? [] : [`sends[${i}].interviewId: no interview "${send.interviewId}" in the file or saved`]));
  return errors.length ? { ok: false, errors } : { ok: true, plan: { interviews, settings: settings ?? null, sends } };
}

/** Reads an uploaded or posted body as JSON, with a message that says what is wrong. */
export function parseJson(text: string): { ok: true; value: unknown } | { ok: false; errors: string[] } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return { ok: false, errors: [`not valid JSON: ${(error as Error).message}`] };
  }
}
