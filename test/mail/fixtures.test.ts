import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseMessage, REPORT_MARKER_HEADER } from "../../src/mail/parse.js";

const fixture = (name: string) =>
  parseMessage(new Uint8Array(readFileSync(new URL(`../fixtures/mail/${name}`, import.meta.url))));

const PRIYA = { name: "Priya Raman", address: "priya.raman@northwind.example" };

describe("forwarded drafts", () => {
  it("Gmail: the original's To/Cc/subject, not the text typed above", async () => {
    const parsed = await fixture("gmail-forward.eml");
    const { note } = parsed;
    expect(parsed.to).toEqual([{ name: "", address: "check@jordanlee.example" }]);
    expect(note.forwarded).toBe(true);
    expect(note.to).toEqual([PRIYA]); // address lower-cased
    expect(note.cc).toEqual([{ name: "Tomasz Kowalski-Nowak", address: "tomasz.kowalski-nowak@northwind.example" }]);
    expect(note.subject).toBe("Thank you - Senior SRE interview");
    expect(note.from).toEqual({ name: "Jordan Lee", address: "jordan.lee@gmail.com" });
    expect(note.greeting).toBe("Hi Priya,");
    expect(note.text).toBe(
      [
        "Hi Priya,",
        "",
        "Thank you for taking the time to talk with me this afternoon. I especially",
        "enjoyed our discussion of the on-call rotation redesign and how your team",
        "plans to cut pager load before peak season.",
        "",
        "I'll send the postmortem template we discussed by Thursday.",
        "",
        "Best,",
        "Jordan Lee",
      ].join("\n"),
    );
  });

  it("Outlook desktop (HTML only, From:/Sent: block)", async () => {
    const { note } = await fixture("outlook-forward.eml");
    expect(note.to).toEqual([PRIYA]);
    expect(note.subject).toBe("Thank you for today");
    expect(note.greeting).toBe("Dear Priya,");
    expect(note.text).toContain("follow-the-sun handoffs between Chicago and Kraków");
    expect(note.text).not.toMatch(/Draft below|Sent:|From:/);
    expect(note.text.endsWith("Kind regards,\nJordan")).toBe(true);
  });

  it("Apple Mail (quoted with '> ')", async () => {
    const { note } = await fixture("apple-forward.eml");
    expect(note.to).toEqual([{ name: "José Álvarez", address: "jose.alvarez@northwind.example" }]);
    expect(note.subject).toBe("Following up on our conversation");
    expect(note.greeting).toBe("Hello José -");
    expect(note.text).toContain("Thanks again for the deep dive into your Kubernetes migration.");
    expect(note.text).not.toMatch(/^>|Quick check|Begin forwarded/m);
  });

  it("Thunderbird (tab-separated header table, format=flowed)", async () => {
    const { note } = await fixture("thunderbird-forward.eml");
    expect(note.to.map((a) => a.address)).toEqual(["tomasz.kowalski-nowak@northwind.example"]);
    expect(note.subject).toBe("Thank you");
    expect(note.greeting).toBe("Good morning Tomasz,");
    // format=flowed soft breaks are joined into one paragraph line.
    expect(note.text).toContain("Your question about queue back-pressure made me rethink my answer");
    expect(note.text).not.toContain("Please proofread");
  });

  it("Yahoo (header fields run together on one line)", async () => {
    const { note } = await fixture("yahoo-forward.eml");
    expect(note.to).toEqual([{ name: "Amara Okafor", address: "amara.okafor@contoso.example" }]);
    expect(note.subject).toBe("Thank you, Dr. Okafor");
    expect(note.greeting).toBe("Dear Dr. Okafor,");
    expect(note.text.endsWith("Sincerely,\nJordan Lee")).toBe(true);
  });

  it("message/rfc822 attachment: the original with its own attachments", async () => {
    const { note, problems } = await fixture("rfc822-forward.eml");
    expect(problems).toEqual([]);
    expect(note.forwarded).toBe(true);
    expect(note.to).toEqual([PRIYA]);
    expect(note.cc).toEqual([{ name: "Jose Alvarez", address: "jose.alvarez@northwind.example" }]);
    expect(note.subject).toBe("Thank you - Senior SRE interview");
    expect(note.attachments).toEqual([{ filename: "postmortem-template.pdf", mimeType: "application/pdf" }]);
    expect(note.text).not.toContain("Forwarding my draft");
    expect(note.text.endsWith("All the best,\nJordan")).toBe(true);
  });
});

describe("notes sent directly", () => {
  it("Cc to check@: own recipients, Re: removed, quote dropped, 'Thanks again'/'From' lines kept", async () => {
    const parsed = await fixture("direct-cc.eml");
    expect(parsed.cc).toEqual([{ name: "Followup Check", address: "check@jordanlee.example" }]);
    expect(parsed.inReplyTo).toBe("<sched-77@northwind.example>");
    expect(parsed.references).toEqual(["<sched-70@northwind.example>", "<sched-77@northwind.example>"]);
    expect(parsed.messageId).toBe("<direct-1@jordanlee.example>");
    expect(parsed.date?.toISOString()).toBe("2026-11-17T23:05:00.000Z");
    const { note } = parsed;
    expect(note.forwarded).toBe(false);
    expect(note.to).toEqual([PRIYA]);
    expect(note.subject).toBe("Thank you - Senior SRE interview");
    expect(note.text).toBe(
      [
        "Hi Priya,",
        "",
        "Thanks again for the conversation about the on-call rotation redesign.",
        "From what you described, the pager load problem is one I have solved before.",
        "",
        "Thanks again for your time,",
        "Jordan",
      ].join("\n"),
    );
  });

  it("signature: '-- ' block and the title/phone lines after the name go", async () => {
    const { note } = await fixture("signature.eml");
    expect(note.greeting).toBe("Hi Tomasz,");
    expect(note.text.endsWith("I am excited about the chance to join the team.\n\nBest regards,\nJordan Lee")).toBe(true);
  });

  it("HTML-only: readable text, no link URLs or image alt text", async () => {
    const { note } = await fixture("html-only.eml");
    expect(note.text).toBe(
      "Dear Dr. Okafor,\n\nThank you for the conversation about the pricing roadmap. I left excited about the role.\n\nBest,\nJordan",
    );
  });

  it("attachment: name and type only", async () => {
    const { note } = await fixture("attachment.eml");
    expect(note.attachments).toEqual([
      {
        filename: "Postmortem Template.docx",
        mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      },
    ]);
  });
});

describe("messages to ignore", () => {
  it("auto-reply", async () => {
    const parsed = await fixture("auto-reply.eml");
    expect(parsed.autoSubmitted).toBe("auto-replied");
    expect(parsed.precedence).toBe("bulk");
    expect(parsed.isDeliveryReport).toBe(false);
  });

  it("bounce: a delivery report whose returned message is not taken as a forward", async () => {
    const parsed = await fixture("bounce.eml");
    expect(parsed.isDeliveryReport).toBe(true);
    expect(parsed.from).toEqual({ name: "Mail Delivery System", address: "mailer-daemon@mx.northwind.example" });
    expect(parsed.note.forwarded).toBe(false);
  });

  it("our own report marker is read", async () => {
    const raw = `From: check@jordanlee.example\r\nTo: jordan@jordanlee.example\r\nSubject: Re: Thanks\r\n${REPORT_MARKER_HEADER}: report v1\r\n\r\nFix 2 things`;
    const parsed = await parseMessage(raw);
    expect(parsed.reportMarker).toBe("report v1");
    expect((await fixture("direct-cc.eml")).reportMarker).toBeNull();
  });
});
