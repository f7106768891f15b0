/** The sample facts and a send-record builder shared by the reminder tests. */
import { readFileSync } from "node:fs";
import { interviewSchema, type Interview } from "../../src/facts/schema.js";
import type { SendRecord } from "../../src/types.js";

const facts = JSON.parse(readFileSync(new URL("../fixtures/facts.json", import.meta.url), "utf8")) as { interviews: unknown[] };

/** "northwind-sre": ended Tue 17 Nov 16:00 −05:00 (21:00Z); Priya, Tomasz, José. */
export const northwind: Interview = interviewSchema.parse(facts.interviews.find((i) => (i as { id: string }).id === "northwind-sre"));

export function sent(interviewers: string[], recipients: string[] = [], interviewId = "northwind-sre"): SendRecord {
  return {
    interviewId,
    messageId: `<${[...interviewers, ...recipients].join("-")}@x>`,
    sentAt: "2026-11-17T23:00:00Z",
    recipients,
    interviewers,
    subject: "Thank you",
    fingerprint: [],
  };
}
