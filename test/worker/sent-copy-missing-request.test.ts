/**
 * A sent copy that leaves out what was asked for: the receipt says which request, the send log
 * keeps that request (never the note's text), and the interviewer's card on the interview page
 * shows it until a later copy to them delivers it.
 */
import { env } from "cloudflare:test";
import { beforeEach, describe, expect, it, vi } from "vitest";
import worker from "../../src/index.js";
import { parseFacts, type Interview } from "../../src/facts/schema.js";
import { handEnteredSend } from "../../src/send-log.js";
import { KvStore } from "../../src/store/kv-store.js";
import { MAX_MESSAGE_BYTES } from "../../src/worker/raw.js";
import { rawMessage } from "../helpers/raw-message.js";
import facts from "../fixtures/facts.json";
import { incomingEmail } from "./incoming-email.js";
import { clearKv, getPage, login } from "./web-client.js";

const OWNER = "alex@candidate.example";
const PRIYA = "Priya Raman <priya.raman@northwind.example>";
const TOMASZ = "Tomasz Kowalski-Nowak <tomasz.kowalski@northwind.example>";

/** A note to Priya that never mentions the postmortem template she asked for. */
const WITHOUT_TEMPLATE =
  "Hi Priya,\n\nThank you for walking me through the on-call rotation redesign. At Fernhill I cut pages per shift by 40% with a similar handover checklist, and I'd love to bring that to your team.\n\nI'm excited about the Senior Site Reliability Engineer role.\n\nBest,\nAlex";
const FOLLOW_UP = "Hi Priya,\n\nAs promised, I've attached the postmortem template we used at Fernhill.\n\nBest,\nAlex";
const TO_TOMASZ =
  "Hi Tomasz,\n\nThank you for the conversation about migrating the dispatch service to Kubernetes. I moved our billing service to EKS last year, and I'd enjoy doing the same for dispatch.\n\nI'm excited about the role.\n\nBest,\nAlex";

const store = () => new KvStore(env.FOLLOWUP_KV);

async function deliver(raw: string): Promise<{ text: string; html: string }> {
  const email = await incomingEmail(raw, { from: OWNER, to: "check@example.com" });
  await worker.email(email.message, env);
  expect(email.replies).toHaveLength(1);
  return { text: String(email.replies[0]!.text), html: String(email.replies[0]!.html) };
}

const sent = (to: string, body: string, date = "Tue, 17 Nov 2026 19:10:00 -0500") => rawMessage({ to, date, body });

/** The HTML of one interviewer's card on the interview page. */
async function card(name: string): Promise<string> {
  const page = await (await getPage(await login(), "/interviews/northwind-sre")).text();
  const start = page.indexOf(`<h3>${name}</h3>`);
  expect(start).toBeGreaterThan(-1);
  return page.slice(start, page.indexOf("</article>", start));
}

let northwind: Interview;

beforeEach(async () => {
  await clearKv();
  const parsed = parseFacts(facts);
  if (!parsed.ok) throw new Error("fixture facts invalid");
  for (const interview of parsed.facts.interviews) await store().putInterview(interview);
  northwind = parsed.facts.interviews.find((i) => i.id === "northwind-sre")!;
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(new Date("2026-11-17T21:00:00-05:00"));
  return () => vi.useRealTimers();
});

describe("a sent copy without what was asked for", () => {
  it("says which request in the receipt, logs the request but not the note, and shows it on the card", async () => {
    const receipt = await deliver(sent(PRIYA, WITHOUT_TEMPLATE));
    expect(receipt.text).toMatch(/^Logged your note to Priya Raman/);
    expect(receipt.text).toContain("FIX: Something they asked for [missing-request]");
    expect(receipt.text).toContain("Priya's request from your notes, “send the postmortem template”, was neither mentioned nor attached in the note you sent: send it in a short follow-up.");
    expect(receipt.html).toContain("“send the postmortem template”");

    const [logged] = await store().listSends("northwind-sre");
    expect(logged).toMatchObject({ interviewers: ["Priya Raman"], missingRequests: ["send the postmortem template"] });
    expect(JSON.stringify(logged)).not.toContain("Fernhill");

    const priya = await card("Priya Raman");
    expect(priya).toContain("Note sent");
    expect(priya).toContain("Left out what was asked for: “send the postmortem template”");
  });

  it("is settled by a later copy to the same interviewer that delivers it", async () => {
    await deliver(sent(PRIYA, WITHOUT_TEMPLATE));
    const followUp = await deliver(sent(PRIYA, FOLLOW_UP, "Tue, 17 Nov 2026 20:30:00 -0500"));
    expect(followUp.text).not.toContain("[missing-request]");
    expect((await store().listSends("northwind-sre")).find((s) => s.sentAt === "2026-11-18T01:30:00.000Z")).not.toHaveProperty("missingRequests");
    expect(await card("Priya Raman")).not.toContain("Left out");
  });

  it("is not settled by a note marked as sent by hand: what that one held is unknown", async () => {
    await deliver(sent(PRIYA, WITHOUT_TEMPLATE));
    await store().logHandEnteredSend(handEnteredSend("northwind-sre", northwind.interviewers[0]!, new Date("2026-11-17T20:30:00-05:00")));
    expect(await card("Priya Raman")).toContain("Left out what was asked for: “send the postmortem template”");
  });

  it("is no longer shown once the request is taken out of the facts", async () => {
    await deliver(sent(PRIYA, WITHOUT_TEMPLATE));
    await store().putInterview({ ...northwind, interviewers: northwind.interviewers.map((p) => ({ ...p, requests: [] })) });
    expect(await card("Priya Raman")).not.toContain("Left out");
  });

  it("names the panel's own request, asked of everyone", async () => {
    await store().putInterview({ ...northwind, requests: ["send two references from former managers"] });
    const receipt = await deliver(sent(TOMASZ, TO_TOMASZ));
    expect(receipt.text).toContain("The panel's request from your notes, “send two references from former managers”, was neither mentioned nor attached in the note you sent");
    expect(await card("Tomasz Kowalski-Nowak")).toContain("Left out what was asked for: “send two references from former managers”");
  });

  it("a copy that delivers the request has no such finding and logs none", async () => {
    const receipt = await deliver(sent(PRIYA, `${WITHOUT_TEMPLATE.replace("\n\nI'm excited", "\n\nI've attached the postmortem template we used.\n\nI'm excited")}`));
    expect(receipt.text).not.toContain("[missing-request]");
    expect((await store().listSends("northwind-sre"))[0]).not.toHaveProperty("missingRequests");
  });

  it("is not reported for an oversize copy whose text was not read, nor when the rule is turned off", async () => {
    const big = rawMessage({ to: PRIYA, body: `${WITHOUT_TEMPLATE}\n${"y".repeat(MAX_MESSAGE_BYTES)}` });
    expect((await deliver(big)).text).not.toContain("[missing-request]");
    await store().putSettings({ ...(await store().getSettings()), disabledRules: ["missing-request"] });
    expect((await deliver(sent(PRIYA, WITHOUT_TEMPLATE))).text).not.toContain("[missing-request]");
    expect((await store().listSends("northwind-sre")).some((s) => "missingRequests" in s)).toBe(false);
  });
});
