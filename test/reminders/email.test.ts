import { describe, expect, it } from "vitest";
import { reminderEmail } from "../../src/reminders/email.js";
import { listNames } from "../../src/reminders/model.js";
import { dueReminders, type Reminder } from "../../src/reminders/schedule.js";
import { DEFAULT_SETTINGS } from "../../src/settings.js";
import type { Interview } from "../../src/types.js";
import { northwind, sent } from "./helpers.js";

function reminderAt(interview: Interview, iso: string, sends = [sent(["José Álvarez"])]): Reminder {
  const [reminder] = dueReminders({ interviews: [interview], sends, settings: DEFAULT_SETTINGS, scheduledTime: new Date(iso), alreadySent: new Set() });
  if (!reminder) throw new Error("no reminder due");
  return reminder;
}

const APP = "https://check.example.com/";

describe("reminderEmail", () => {
  const opens = reminderEmail(reminderAt(northwind, "2026-11-17T22:00:00Z"), northwind, APP);
  const closing = reminderEmail(reminderAt(northwind, "2026-11-20T09:00:00Z", [sent(["Priya Raman", "José Álvarez"])]), northwind, APP);

  it("subjects name who is owed a note and, for the last call, when the window closes", () => {
    expect(opens.subject).toBe("Ready to write to Priya and Tomasz (Northwind Logistics)");
    expect(closing.subject).toBe("Last call: notes to Tomasz (Northwind Logistics) — window closes Fri 20 Nov 16:00 (UTC−05:00)");
  });

  it("says per interviewer what the note should mention, and what every note can draw on", () => {
    expect(opens.text).toContain("Priya Raman, Director of Infrastructure\n    Build on what you discussed: on-call rotation redesign.\n    Send or attach what they asked for: send the postmortem template.");
    expect(opens.text).toContain("Build on what you discussed: migrating the dispatch service to Kubernetes; capacity planning for peak season.");
    expect(opens.text).not.toContain("José");
    expect(opens.text).toContain("Topics of the interview: peak season traffic.");
    expect(opens.text).toContain("A concern to answer in one confident sentence: limited Go experience.");
  });

  it("gives the window in the interview's offset and links to the interview", () => {
    expect(opens.text).toContain("ended Tue 17 Nov 16:00 (UTC−05:00)");
    expect(opens.text).toContain("Best sent between Tue 17 Nov 17:00 (UTC−05:00) and Wed 18 Nov 16:00 (UTC−05:00).");
    expect(opens.text).toContain("At the latest by Fri 20 Nov 16:00 (UTC−05:00) (72 hours after the interview).");
    expect(opens.text).toContain("Interview: https://check.example.com/interviews/northwind-sre");
    expect(opens.html).toContain('href="https://check.example.com/interviews/northwind-sre"');
    expect(closing.text).toContain("closes Fri 20 Nov 16:00 (UTC−05:00) (72 hours after the interview), and no note to Tomasz has been logged yet.");
  });

  it("asks for something specific when nothing was saved for an interviewer, and omits the link without an app URL", () => {
    const bare = { ...northwind, topics: [], concerns: [], interviewers: [{ name: "Kim Park", topics: [], requests: [] }] };
    const email = reminderEmail(reminderAt(bare, "2026-11-17T22:00:00Z", []), bare, null);
    expect(email.text).toContain("Nothing saved from your conversation with them: mention one specific thing you discussed.");
    expect(email.text).not.toContain("For every note");
    expect(email.text).not.toContain("Interview: ");
    expect(email.html).not.toContain("<a ");
  });

  it("escapes everything the user typed in the HTML part", () => {
    const hostile = { ...northwind, company: `<script>alert(1)</script>`, interviewers: [{ name: "Eve <b>Evil</b>", topics: [`"quoted" & <i>`], requests: [] }] };
    const email = reminderEmail(reminderAt(hostile, "2026-11-17T22:00:00Z", []), hostile, APP);
    expect(email.html).not.toContain("<script>");
    expect(email.html).not.toContain("<b>Evil");
    expect(email.html).toContain("&lt;script&gt;");
    expect(email.html).toContain("&quot;quoted&quot; &amp; &lt;i&gt;");
  });
});

describe("listNames", () => {
  const p = (name: string) => ({ name, topics: [], requests: [] });
  it("uses first names, without honorifics, and full names when first names clash", () => {
    expect(listNames([p("Dr. Amara Okafor")])).toBe("Amara");
    expect(listNames([p("Priya Raman"), p("Tomasz Kowalski-Nowak"), p("José Álvarez")])).toBe("Priya, Tomasz and José");
    expect(listNames([p("Sam Lee"), p("Sam Park")])).toBe("Sam Lee and Sam Park");
  });
});
