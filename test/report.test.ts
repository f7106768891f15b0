import { describe, expect, it } from "vitest";
import type { Report } from "../src/report/model.js";
import { renderText } from "../src/report/render-text.js";
import { renderHtml } from "../src/report/report-view.js";

const hostile = `<img src=x onerror="alert('x')"> & "quotes"`;
const report: Report = {
  kind: "draft",
  verdict: "fix",
  subject: `Re: ${hostile}`,
  headline: "Fix 1 thing before you send your note to Priya Raman (Northwind Logistics).",
  findings: [
    { rule: "placeholder", severity: "error", message: "Replace [Name] with Priya.", excerpt: `Hi [Name], ${hostile}`, why: "Template text tells them it was a form letter.", turnOff: 'Not useful? Turn "placeholder" off under Settings (disabledRules).' },
    { rule: "concern", severity: "info", message: "Address your limited Go experience in one confident sentence.", excerpt: "", why: "Answering a doubt helps.", turnOff: 'Not useful? Turn "concern" off under Settings (disabledRules).' },
  ],
  window: ["Best sent between Tue 17 Nov 17:00 (UTC−05:00) and Wed 18 Nov 16:00 (UTC−05:00)."],
  panel: [
    { name: "Priya Raman", status: "no note yet", sent: false },
    { name: "Tomasz <b>Kowalski</b>", status: "note sent Tue 17 Nov 18:00 (UTC−05:00)", sent: true },
  ],
  interviewUrl: "https://check.example.com/interviews/northwind-sre",
  tagHint: null,
  notices: [],
};

describe("report rendering", () => {
  it("plain text: headline first, each finding with its rule id, excerpt and why, then window and panel", () => {
    const text = renderText(report);
    expect(text.split("\n")[0]).toBe(report.headline);
    expect(text).toContain("FIX [placeholder] Replace [Name] with Priya.");
    expect(text).toContain(`  > "Hi [Name], ${hostile}"`);
    expect(text).toContain("  Why: Template text tells them it was a form letter.\n  Not useful? Turn \"placeholder\" off under Settings (disabledRules).");
    expect(text.indexOf("[placeholder]")).toBeLessThan(text.indexOf("[concern]"));
    expect(text).toContain("Send window\n  Best sent between");
    expect(text).toContain("✓ Tomasz <b>Kowalski</b>: note sent");
    expect(text).toContain("Interview: https://check.example.com/interviews/northwind-sre");
  });

  it("HTML: the same content, with every piece of the note escaped", () => {
    const html = renderHtml(report);
    expect(html).toContain(report.headline);
    expect(html).toContain("Replace [Name] with Priya.");
    expect(html).toContain("Turn &quot;concern&quot; off under Settings");
    expect(html).not.toContain("<img");
    expect(html).not.toContain("<b>Kowalski</b>");
    expect(html).toContain("&lt;img src=x onerror=&quot;alert(&#39;x&#39;)&quot;&gt; &amp; &quot;quotes&quot;");
    expect(html).toContain('<a href="https://check.example.com/interviews/northwind-sre">');
    expect(html).toMatch(/<title>Re: &lt;img/);
  });
  it("HTML: every part (findings, window, panel, hint, notices, link) rendered and escaped, byte for byte", () => {
    const every: Report = {
      kind: "draft", verdict: "fix", subject: "Re: <x> & 'y'", headline: "H & <b>",
      findings: [
        { rule: "placeholder", severity: "error", message: 'M"', excerpt: "E'", why: "W", turnOff: "T" },
        { rule: "concern", severity: "info", message: "M2", excerpt: "", why: "W2", turnOff: "T2" },
      ],
      window: ["w1", "w2"],
      panel: [{ name: "P", status: "s", sent: true }, { name: "Q", status: "t", sent: false }],
      interviewUrl: "https://x/?a=1&b=2", tagHint: "tag<", notices: ["n1", "n2"],
    };
    expect(renderHtml(every)).toBe(
      "<!doctype html><html><head><meta charset=\"utf-8\"/><title>Re: &lt;x&gt; &amp; &#39;y&#39;</title></head><body><div style=\"font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;font-size:15px;line-height:1.45;color:#101828;max-width:640px\"><p style=\"font-size:17px;font-weight:600;margin:0 0 12px 0\">H &amp; &lt;b&gt;</p><ul style=\"padding-left:18px;margin:0 0 12px 0\"><li style=\"margin:0 0 14px 0\"><strong style=\"color:#b42318\">Fix</strong> <code style=\"font-size:12px;color:#475467\">placeholder</code><div>M&quot;</div><blockquote style=\"margin:6px 0;padding:4px 10px;border-left:3px solid #d0d5dd;color:#344054\">\u201cE&#39;\u201d</blockquote><div style=\"color:#667085;font-size:13px\">Why: W</div><div style=\"color:#98a2b3;font-size:12px\">T</div></li><li style=\"margin:0 0 14px 0\"><strong style=\"color:#175cd3\">Tip</strong> <code style=\"font-size:12px;color:#475467\">concern</code><div>M2</div><div style=\"color:#667085;font-size:13px\">Why: W2</div><div style=\"color:#98a2b3;font-size:12px\">T2</div></li></ul><section><h3 style=\"font-size:15px;margin:12px 0 4px 0\">Send window</h3><div>w1</div><div>w2</div></section><section><h3 style=\"font-size:15px;margin:12px 0 4px 0\">Panel</h3><ul style=\"padding-left:18px;margin:0\"><li>\u2713 <strong>P</strong>: s</li><li><strong>Q</strong>: t</li></ul></section><p>tag&lt;</p><p style=\"color:#475467\">n1</p><p style=\"color:#475467\">n2</p><p><a href=\"https://x/?a=1&amp;b=2\">Open the interview</a></p></div></body></html>",
    );
    const empty = { ...every, findings: [], window: [], panel: [], interviewUrl: null, tagHint: null, notices: [] };
    expect(renderHtml(empty)).toContain("<p>Nothing to fix: the note is specific, timely and clean.</p></div></body></html>");
    expect(renderHtml({ ...empty, kind: "sent" })).toMatch(/margin:0 0 12px 0">H &amp; &lt;b&gt;<\/p><\/div><\/body><\/html>$/);
  });
});
