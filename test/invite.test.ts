/** Calendar invitations through the whole pipeline: create, update, stale update, cancel. */
import { readFileSync } from "node:fs";
import PostalMime from "postal-mime";
import { describe, expect, it, vi } from "vitest";
import { parseMessage } from "../src/mail/parse.js";
import { checkMessage } from "../src/pipeline.js";
import { settingsSchema } from "../src/settings.js";
import { MemoryStore } from "../src/store/memory-store.js";
import { rawMessage } from "./helpers/raw-message.js";

const OWNER = "alex.chen@candidate.example";
const CHECKER = "check@candidate.example";
const fixture = (name: string) => readFileSync(new URL(`./fixtures/calendar/${name}`, import.meta.url), "utf8");

/** An .ics file forwarded to the checker as an attachment, the way a calendar's "forward" does it. */
const forwarded = (ics: string, subject: string, mimeType = "text/calendar") =>
  rawMessage({
    from: `Alex Chen <${OWNER}>`,
    to: CHECKER,
    subject: `Fwd: ${subject}`,
    body: "Please add this one.",
    attachments: [{ filename: "invite.ics", mimeType, base64: Buffer.from(ics).toString("base64") }],
  });

const newStore = () => new MemoryStore([], settingsSchema.parse({ ownerAddresses: [OWNER] }));
const run = (raw: string, store: MemoryStore, now = new Date("2026-11-01T12:00:00Z")) =>
  checkMessage({ raw, envelope: { from: OWNER, to: CHECKER }, checker: CHECKER, now, appUrl: "https://check.example.com" }, store);

describe("calendar invitations", () => {
  it("a Google Calendar invitation creates the interview and the reply links to it", async () => {
    const store = newStore();
    const outcome = await run(fixture("google-request.eml"), store);
    expect(outcome.kind).toBe("invite");
    const [saved] = await store.listInterviews();
    expect(saved).toMatchObject({ company: "Northwind Logistics", role: "Senior Site Reliability Engineer" });
    expect(saved!.interviewers.map((p) => p.email)).not.toContain(OWNER);
    expect(outcome.match?.interview?.id).toBe(saved!.id);
    expect(outcome.report?.headline).toMatch(/^Added the interview: Northwind Logistics, Senior Site Reliability Engineer, /);
    expect(outcome.report?.interviewUrl).toBe(`https://check.example.com/interviews/${saved!.id}`);
  });

  it("an Outlook invitation creates the interview with its Windows time zone resolved", async () => {
    const store = newStore();
    await run(fixture("outlook-request.eml"), store);
    const [saved] = await store.listInterviews();
    expect(saved!.start).toMatch(/-0[45]:00$/);
  });

  it("an update moves the time and keeps what the user added; a stale one changes nothing; a cancellation removes an untouched interview", async () => {
    const store = newStore();
    await run(fixture("google-request.eml"), store);
    const [created] = await store.listInterviews();
    await store.putInterview({ ...created!, topics: ["peak season traffic"] });

    const update = await run(forwarded(fixture("google-update.ics"), "Updated invitation"), store);
    expect(update.report?.headline).toMatch(/^Updated the interview/);
    const [updated] = await store.listInterviews();
    expect(updated!.id).toBe(created!.id);
    expect(updated!.start).not.toBe(created!.start);
    expect(updated!.topics).toEqual(["peak season traffic"]);

    const stale = await run(fixture("google-request.eml"), store);
    expect(stale.report?.headline).toBe("This invitation is older than the one already imported; nothing changed.");
    expect((await store.listInterviews())[0]!.start).toBe(updated!.start);

    const cancel = await run(forwarded(fixture("google-cancel.ics"), "Canceled event"), store);
    expect(cancel.report?.headline).toMatch(/your notes on it are kept/);
    expect(await store.listInterviews()).toHaveLength(1);
  });

  it("a cancellation of an interview the user never added to removes it", async () => {
    const store = newStore();
    await run(fixture("google-request.eml"), store);
    const cancel = await run(forwarded(fixture("google-cancel.ics"), "Canceled event"), store);
    expect(cancel.report?.headline).toMatch(/^Removed the cancelled interview/);
    expect(await store.listInterviews()).toEqual([]);
  });

  it("a draft checked after the import is tied to the new interview by its recipients", async () => {
    const store = newStore();
    await run(fixture("google-request.eml"), store);
    const [saved] = await store.listInterviews();
    const person = saved!.interviewers[0]!;
    const draft = rawMessage({ from: `Alex Chen <${OWNER}>`, to: CHECKER, cc: person.email!, body: `Hi ${person.name.split(" ")[0]},\n\nThank you for today.\n\nAlex` });
    const outcome = await run(draft, store, new Date(Date.parse(saved!.end) + 2 * 3_600_000));
    expect(outcome.match).toMatchObject({ matchedBy: "recipients", interview: { id: saved!.id } });
  });

  it("an unreadable calendar gets a clear answer and stores nothing", async () => {
    const store = newStore();
    const outcome = await run(forwarded("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", "Broken"), store);
    expect(outcome.kind).toBe("invite");
    expect(outcome.report?.headline).toMatch(/^Could not import this invitation: /);
    expect(await store.listInterviews()).toEqual([]);
  });

  it("an .ics file attached as application/octet-stream is imported", async () => {
    const store = newStore();
    const ics = (await parseMessage(fixture("google-request.eml"))).calendar!;
    const outcome = await run(forwarded(ics, "Interview", "application/octet-stream"), store);
    expect(outcome.report?.headline).toMatch(/^Added the interview: Northwind Logistics, /);
  });

  it("reads the invitation in the message's one parse (each parse of a 40 KB invitation costs about a millisecond)", async () => {
    const parse = vi.spyOn(PostalMime.prototype, "parse");
    try {
      const outcome = await run(fixture("google-request.eml"), newStore());
      expect(outcome.report?.headline).toMatch(/^Added the interview/);
      expect(parse).toHaveBeenCalledTimes(1);
    } finally {
      parse.mockRestore();
    }
  });
});
