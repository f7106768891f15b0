import { describe, expect, it } from "vitest";
import { parseMessage } from "../../src/mail/parse.js";
import { corpusBytes, corpusDir, manifest } from "../helpers/corpus.js";

describe("every corpus message", () => {
  it.each(corpusDir("eml"))("%s parses without throwing", async (file) => {
    const parsed = await parseMessage(corpusBytes(`eml/${file}`));
    expect(typeof parsed.note.text).toBe("string");
    expect(Array.isArray(parsed.problems)).toBe(true);
    expect(parsed.note.text).not.toMatch(/\r/);
  });
});

describe("forward-as-attachment corpus messages", () => {
  const cases: [string, string, string][] = [
    ["php-mime-mail-parser__issue158a.eml", "Test 5", "An original PLAIN TEXT message body"],
    ["php-mime-mail-parser__issue158d.eml", "Test 6", "This is the original email sent"],
    ["flanker__enclosed.eml", "Thanks!", "dudes... you're kicking ass."],
    ["flanker__enclosed-global.eml", "Thanks!", "dudes... you're kicking ass."],
    ["mimekit__simple-embedded-message.eml", "embedded message", "This is the embedded message body."],
    ["mikel-mail__attachment_message_rfc822.eml", "Another PDF", "Just attaching another PDF"],
  ];
  it("covers every message filed as forward-rfc822 but the empty one", () => {
    const filed = manifest().filter((r) => r.category === "forward-rfc822").map((r) => r.file.replace("eml/", ""));
    expect(filed.sort()).toEqual(
      [...cases.map((c) => c[0]), "mikel-mail__attachment_message_rfc822_inline_image.eml", "mailparser__decoderended.eml"].sort(),
    );
  });
  it.each(cases)("%s yields the attached original", async (file, subject, phrase) => {
    const { note } = await parseMessage(corpusBytes(`eml/${file}`));
    expect(note.forwarded).toBe(true);
    expect(note.subject).toBe(subject);
    expect(note.text).toContain(phrase);
  });
  it("takes the original's recipients and drops the forwarder's own line", async () => {
    const { note } = await parseMessage(corpusBytes("eml/flanker__enclosed.eml"));
    expect(note.to.map((a) => a.address)).toEqual(["bob@example.net", "jimmy@examplehq.com"]);
    expect(note.from).toEqual({ name: "Kirk Douglas", address: "dan@example.com" });
    expect(note.text).not.toContain("Hello");
    // The original's "-- " signature (name, title, phone line) is gone.
    expect(note.text).not.toContain("Mailgun");
  });
  it("reports an empty attached message and falls back to the outer one", async () => {
    const parsed = await parseMessage(corpusBytes("eml/mailparser__decoderended.eml"));
    expect(parsed.note.forwarded).toBe(false);
    expect(parsed.problems.join("\n")).toMatch(/attached message could not be read/);
  });
});

describe("reply corpus messages keep the new text and drop the quote", () => {
  it.each([
    "talon__gmail.eml",
    "talon__android.eml",
    "talon__apple_mail.eml",
    "talon__hotmail.eml",
    "talon__yahoo.eml",
    "talon__aol.eml",
    "talon__outlook.eml",
  ])("%s", async (file) => {
    const { note } = await parseMessage(corpusBytes(`eml/${file}`));
    expect(note.text).toBe("Hello");
    expect(note.greeting).toBe("Hello");
  });
  it("a Thunderbird 1.0 reply keeps its body and drops the attribution", async () => {
    const { note } = await parseMessage(corpusBytes("eml/mikel-mail__raw_email_reply.eml"));
    expect(note.text).toBe("Message body");
    expect(note.subject).toBe("Test reply email");
  });
  it("a bottom-posted list reply keeps the answer below the quote, without its signature", async () => {
    const { note } = await parseMessage(corpusBytes("eml/php-mime-mail-parser__issue84.eml"));
    expect(note.text).toBe("+1 from me.");
  });
  it("a format=flowed bottom-posted reply never keeps the quote", async () => {
    // postal-mime joins "> Hi " with the unquoted "Hello" below it (a flowed soft break
    // across quote depths), so the new text is lost with the quote: a known gap.
    const { note } = await parseMessage(corpusBytes("eml/talon__thunderbird.eml"));
    expect(note.text).not.toMatch(/wrote|Hi/);
  });
});

describe("HTML-only corpus messages", () => {
  it.each([
    ["enmime__html-only-inline.eml", "Test of HTML section"],
    ["enmime__non-mime-html.eml", "This is a test mailing"],
    ["php-mime-mail-parser__m0129.eml", "Inline"],
  ])("%s reads as text", async (file, text) => {
    const { note } = await parseMessage(corpusBytes(`eml/${file}`));
    expect(note.text).toBe(text);
  });
  it("drops link URLs from a link-only newsletter but keeps visible text", async () => {
    const { note } = await parseMessage(corpusBytes("eml/flanker__long-links.eml"));
    expect(note.text).not.toMatch(/[<>]/);
    expect(note.text).not.toMatch(/\[http/);
  });
});

describe("charsets", () => {
  it.each([
    ["mikel-mail__japanese_shift_jis.eml", "このメールはテスト用のメールです。"],
    ["mikel-mail__ks_c_5601-1987.eml", "스티해"],
    ["letters__test_chinese_plaintext_gbk_over_base64.eml", "石室诗士施氏"],
    ["mimekit__japanese.eml", "日本語が"],
    ["mimekit__ukr.eml", "шостий"],
  ])("%s decodes as labelled", async (file, phrase) => {
    const parsed = await parseMessage(corpusBytes(`eml/${file}`));
    expect(parsed.note.text).toContain(phrase);
    expect(parsed.problems).toEqual([]);
  });
  it("reports undecodable bytes", async () => {
    const parsed = await parseMessage(corpusBytes("eml/mikel-mail__content_transfer_encoding_empty.eml"));
    expect(parsed.problems.join("\n")).toMatch(/could not be decoded/);
  });
});

describe("delivery reports and calendars", () => {
  it("recognises a multipart/report", async () => {
    const parsed = await parseMessage(corpusBytes("eml/php-mime-mail-parser__failure.eml"));
    expect(parsed.isDeliveryReport).toBe(true);
  });
  it.each(["postal-mime__calendar-event.eml", "php-mime-mail-parser__m0020.eml"])("%s has a calendar", async (file) => {
    expect((await parseMessage(corpusBytes(`eml/${file}`))).hasCalendar).toBe(true);
  });
  it("a plain message has neither", async () => {
    const parsed = await parseMessage(corpusBytes("eml/talon__gmail.eml"));
    expect(parsed.isDeliveryReport).toBe(false);
    expect(parsed.hasCalendar).toBe(false);
  });
});
