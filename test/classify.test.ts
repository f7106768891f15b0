import { describe, expect, it } from "vitest";
import { parseCheckerAddress } from "../src/checker-address.js";
import { classify } from "../src/classify.js";
import { addr, makeParsed } from "./helpers/message.js";

const checker = parseCheckerAddress("check@example.com")!;
const owner = { from: "alex@candidate.example", to: "check@example.com" };

describe("classify", () => {
  it("is a draft when the checker is in To, with or without a +tag, in any case", () => {
    expect(classify(makeParsed({ to: [addr("check@example.com")] }), owner, checker)).toMatchObject({ kind: "draft", tag: null });
    expect(classify(makeParsed({ to: [addr("Check+Northwind-SRE@Example.com")] }), owner, checker)).toMatchObject({ kind: "draft", tag: "northwind-sre" });
  });

  it("is a draft when the checker is in Cc", () => {
    const message = makeParsed({ to: [addr("priya.raman@northwind.example")], cc: [addr("check@example.com")] });
    expect(classify(message, owner, checker).kind).toBe("draft");
  });

  it("is a sent copy when the checker is in neither To nor Cc (it came by Bcc)", () => {
    const message = makeParsed({ to: [addr("priya.raman@northwind.example")] });
    expect(classify(message, { ...owner, to: "check+northwind-sre@example.com" }, checker)).toMatchObject({ kind: "sent", tag: "northwind-sre" });
  });

  it("does not take another mailbox at the same domain, or the same name elsewhere, for the checker", () => {
    const message = makeParsed({ to: [addr("checker@example.com"), addr("check@other.example")] });
    expect(classify(message, owner, checker).kind).toBe("sent");
  });

  it.each([
    ["auto-replies", { autoSubmitted: "auto-replied" }],
    ["auto-generated mail", { autoSubmitted: "auto-generated" }],
    ["bulk mail", { precedence: "bulk" }],
    ["list mail", { precedence: "list" }],
    ["junk", { precedence: "junk" }],
    ["delivery reports", { isDeliveryReport: true }],
    ["our own reports", { reportMarker: "report" }],
    ["mail from MAILER-DAEMON", { from: addr("MAILER-DAEMON@mx.example") }],
    ["mail from postmaster", { from: addr("postmaster@mx.example") }],
    ["mail from the checker itself", { from: addr("check@example.com") }],
  ])("ignores %s", (_, fields) => {
    const result = classify(makeParsed({ to: [addr("check@example.com")], ...fields }), owner, checker);
    expect(result.kind).toBe("ignored");
    expect(result.reason).toBeTruthy();
  });

  it("ignores a bounce with an empty envelope sender", () => {
    expect(classify(makeParsed({ to: [addr("check@example.com")] }), { from: "", to: "check@example.com" }, checker)).toMatchObject({
      kind: "ignored",
      reason: "bounce (empty envelope sender)",
    });
    expect(classify(makeParsed({ to: [addr("check@example.com")] }), { from: "<>", to: "check@example.com" }, checker).kind).toBe("ignored");
  });

  it("does not ignore Auto-Submitted: no", () => {
    expect(classify(makeParsed({ to: [addr("check@example.com")], autoSubmitted: "no" }), owner, checker).kind).toBe("draft");
  });

  it("uses the header From as the sender when the envelope is unknown (the CLI)", () => {
    expect(classify(makeParsed({ to: [addr("check@example.com")] }), { from: null, to: "check@example.com" }, checker).kind).toBe("draft");
    const bounce = makeParsed({ from: addr("mailer-daemon@mx.example"), to: [addr("check@example.com")] });
    expect(classify(bounce, { from: null, to: "check@example.com" }, checker).kind).toBe("ignored");
  });
});
