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
});
