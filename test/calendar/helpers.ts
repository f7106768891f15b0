/** Fixture loading and the owner setup shared by the calendar tests. */
import { readFileSync } from "node:fs";
import type { InviteOptions } from "../../src/calendar/invite.js";
import { parseMessage } from "../../src/mail/parse.js";

export const fixture = (name: string): string => readFileSync(new URL(`../fixtures/calendar/${name}`, import.meta.url), "utf8");

export const corpusEml = (name: string): Uint8Array => readFileSync(new URL(`../../../shared/corpus/eml/${name}`, import.meta.url));

/** The calendar text parseMessage reads from a raw invitation email. */
export const calendarOf = async (raw: string | Uint8Array): Promise<string | null> => (await parseMessage(raw)).calendar;

export const OPTIONS: InviteOptions = {
  ownerAddresses: ["alex.chen@candidate.example", "Alex.Chen@iCloud.com"],
  checkerAddress: "check@candidate.example",
  now: new Date("2026-11-01T12:00:00Z"),
};
