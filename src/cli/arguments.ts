/**
 * The CLI's arguments (spec: "CLI contract"), parsed with node:util and validated with zod.
 */
import { parseArgs } from "node:util";
import "../zod-english.js";
import * as z from "zod/mini";
import { parseCheckerAddress } from "../checker-address.js";

export const USAGE =
  "usage: npm run --silent check -- --facts FACTS.json --address CHECKER [--now ISO] [--json] [--settings SETTINGS.json] MESSAGE.eml...";

const argumentsSchema = z.object({
  facts: z.string({ error: "--facts FACTS.json is required" }).check(z.minLength(1, "--facts needs a file")),
  address: z
    .string({ error: "--address CHECKER is required" })
    .check(z.refine((a) => parseCheckerAddress(a) !== null, "--address must be an email address like check@example.com")),
  now: z.optional(
    z.pipe(
      z.iso.datetime({ offset: true, error: "--now must be an ISO-8601 date-time, e.g. 2026-11-17T18:30:00-05:00" }),
      z.transform((s) => new Date(s)),
    ),
  ),
  json: z._default(z.boolean(), false),
  settings: z.optional(z.string().check(z.minLength(1, "--settings needs a file"))),
  messages: z.array(z.string()).check(z.minLength(1, "give at least one MESSAGE.eml")),
});

export type CliArguments = z.output<typeof argumentsSchema>;

/** Parses argv; throws an Error whose message is a one-line reason on bad usage. */
export function parseCliArguments(argv: string[]): CliArguments {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        facts: { type: "string" },
        address: { type: "string" },
        now: { type: "string" },
        json: { type: "boolean" },
        settings: { type: "string" },
      },
    });
  } catch (error) {
    throw new Error((error as Error).message.split("\n")[0]);
  }
  const result = argumentsSchema.safeParse({ ...parsed.values, messages: parsed.positionals });
  if (!result.success) throw new Error(result.error.issues.map((i) => i.message).join("; "));
  return result.data;
}
