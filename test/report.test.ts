import { describe, expect, it } from "vitest";
import type { Report } from "../src/report/model.js";
import { renderText } from "../src/report/render-text.js";
import { renderHtml } from "../src/report/report-view.js";

const hostile = `<img src=x onerror="alert('x')"> & "quotes"`;
const TURN_OFF = "Not useful? Turn it off in Settings.";
const report: Report = {
  kind: "draft",
  verdict: "fix",
  subject: `Re: ${hostile}`,
  headline: "Fix 1 thing and see 1 tip before you send your note to Priya Raman (Northwind Logistics).",
  findings: [
    { rule: "placeholder", title: "Template text left in", severity: "error", message: "Replace [Name] with Priya.", excerpt: `Hi [Name], ${hostile}`, why: "Template text tells them it was a form letter.", turnOff: TURN_OFF },
    { rule: "placeholder", title: "Template text left in", severity: "error", message: "Replace [Company] with Northwind.", excerpt: "[Company]", why: null, turnOff: null },
    { rule: "concern", title: "A concern not answered", severity: "info", message: "Address your limited Go experience in one confident sentence.", excerpt: "", why: "Answering a doubt helps.", turnOff: TURN_OFF },
  ],
  window: ["Best sent between Tue 17 Nov 17:00 (UTC−05:00) and Wed 18 Nov 16:00 (UTC−05:00)."],
  panel: [
    { name: "Priya Raman", status: "no note yet", sent: false },
    { name: "Tomasz <b>Kowalski</b>", status: "note sent Tue 17 Nov 18:00 (UTC−05:00)", sent: true },
  ],
  interviewUrl: "https://check.example.com/interviews/northwind-sre",
  pageUrl: "https://check.example.com/reports/AAAAAAAAAAAAAAAAAAAAAA",
  tagHint: null,
  notices: [],
};

/** WCAG relative luminance of "#rrggbb". */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
/** WCAG contrast ratio of two colours. */
function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

describe("report rendering", () => {
  it("plain text: headline first, each finding by title with its id, excerpt, and why once per rule, then window and panel", () => {
    const text = renderText(report);
    expect(text.split("\n")[0]).toBe(report.headline);
    expect(text).toContain("FIX: Template text left in [placeholder]\n  Replace [Name] with Priya.\n");
    expect(text).toContain(`  > "Hi [Name], ${hostile}"`);
    expect(text).toContain(`  Why: Template text tells them it was a form letter.\n  ${TURN_OFF}\n\nFIX: Template text left in [placeholder]\n  Replace [Company] with Northwind.\n  > "[Company]"\n\nTIP: A concern not answered [concern]`);
    expect(text.match(/Why:/g)).toHaveLength(2);
    expect(text).toContain("Send window\n  Best sent between");
    expect(text).toContain("✓ Tomasz <b>Kowalski</b>: note sent");
    expect(text).toContain("Interview: https://check.example.com/interviews/northwind-sre");
    expect(text).toContain("Edit the draft and check it again (this report is kept for 30 days): https://check.example.com/reports/AAAAAAAAAAAAAAAAAAAAAA");
  });

  it("HTML: titles in words with the id in small print, every text colour at WCAG AA on white, and a dark colour scheme", () => {
    const html = renderHtml(report);
    expect(html).toContain("Template text left in</strong>");
    expect(html).toMatch(/<span class="fc-quiet" style="font-size:12px;color:#475467">placeholder<\/span>/);
    expect(html).toContain(TURN_OFF);
    const colours = (css: string) => [...css.matchAll(/(?<![-\w])color:(#[0-9a-f]{6})/g)].map((m) => m[1]!);
    const inline = colours([...html.matchAll(/style="([^"]*)"/g)].map((m) => m[1]).join(";"));
    expect(inline.length).toBeGreaterThan(5);
    for (const colour of inline) expect(contrast(colour, "#ffffff"), colour).toBeGreaterThanOrEqual(4.5);
    const dark = colours(/<style>([^<]*)<\/style>/.exec(html)?.[1] ?? "");
    expect(dark.length).toBeGreaterThan(5);
    for (const colour of dark) expect(contrast(colour, "#101828"), `${colour} in the dark scheme`).toBeGreaterThanOrEqual(4.5);
    expect(html).toContain('<meta name="color-scheme" content="light dark"/>');
    expect(html).toMatch(/<style>:root\{color-scheme:light dark[^<]*@media \(prefers-color-scheme:dark\)\{[^<]*\.fc-report\{[^}]*background/);
    expect(html).toContain('<a href="https://check.example.com/reports/AAAAAAAAAAAAAAAAAAAAAA">');
  });

  it("HTML: the same content, with every piece of the note escaped", () => {
    const html = renderHtml(report);
    expect(html).toContain(report.headline);
    expect(html).toContain("Replace [Name] with Priya.");
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
        { rule: "placeholder", title: "A & B", severity: "error", message: 'M"', excerpt: "E'", why: "W", turnOff: "T" },
        { rule: "concern", title: "C", severity: "info", message: "M2", excerpt: "", why: null, turnOff: null },
      ],
      window: ["w1", "w2"],
      panel: [{ name: "P", status: "s", sent: true }, { name: "Q", status: "t", sent: false }],
      interviewUrl: "https://x/?a=1&b=2", pageUrl: "https://x/reports/r", tagHint: "tag<", notices: ["n1", "n2"],
    };
    expect(renderHtml(every)).toBe(
      "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"/><meta name=\"color-scheme\" content=\"light dark\"/><meta name=\"supported-color-schemes\" content=\"light dark\"/><title>Re: &lt;x&gt; &amp; &#39;y&#39;</title><style>:root{color-scheme:light dark;supported-color-schemes:light dark}@media (prefers-color-scheme:dark){body,.fc-report{background:#101828!important;color:#f2f4f7!important}.fc-quiet{color:#d0d5dd!important}.fc-quote{color:#e4e7ec!important;border-color:#667085!important}.fc-error{color:#fda29b!important}.fc-warning{color:#fec84b!important}.fc-info{color:#84caff!important}.fc-report a{color:#84caff!important}}</style></head><body><div class=\"fc-report\" style=\"font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;font-size:15px;line-height:1.45;color:#101828;max-width:640px\"><p style=\"font-size:17px;font-weight:600;margin:0 0 12px 0\">H &amp; &lt;b&gt;</p><ul style=\"padding-left:18px;margin:0 0 12px 0\"><li style=\"margin:0 0 14px 0\"><strong class=\"fc-error\" style=\"color:#b42318\">Fix</strong> <strong>A &amp; B</strong> <span class=\"fc-quiet\" style=\"font-size:12px;color:#475467\">placeholder</span><div>M&quot;</div><blockquote class=\"fc-quote\" style=\"margin:6px 0;padding:4px 10px;border-left:3px solid #d0d5dd;color:#344054\">“E&#39;”</blockquote><div class=\"fc-quiet\" style=\"color:#475467;font-size:13px\">Why: W</div><div class=\"fc-quiet\" style=\"color:#475467;font-size:13px\">T</div></li><li style=\"margin:0 0 14px 0\"><strong class=\"fc-info\" style=\"color:#175cd3\">Tip</strong> <strong>C</strong> <span class=\"fc-quiet\" style=\"font-size:12px;color:#475467\">concern</span><div>M2</div></li></ul><section><h3 style=\"font-size:15px;margin:12px 0 4px 0\">Send window</h3><div>w1</div><div>w2</div></section><section><h3 style=\"font-size:15px;margin:12px 0 4px 0\">Panel</h3><ul style=\"padding-left:18px;margin:0\"><li>✓ <strong>P</strong>: s</li><li><strong>Q</strong>: t</li></ul></section><p>tag&lt;</p><p class=\"fc-quiet\" style=\"color:#475467\">n1</p><p class=\"fc-quiet\" style=\"color:#475467\">n2</p><p><a href=\"https://x/?a=1&amp;b=2\">Open the interview</a></p><p><a href=\"https://x/reports/r\">Edit the draft and check it again</a> <span class=\"fc-quiet\" style=\"color:#475467\">(this report is kept for 30 days)</span></p></div></body></html>",
    );
    const empty = { ...every, findings: [], window: [], panel: [], interviewUrl: null, pageUrl: null, tagHint: null, notices: [] };
    expect(renderHtml(empty)).toContain("<p>Nothing to fix: the note is specific, timely and clean.</p></div></body></html>");
    expect(renderHtml({ ...empty, kind: "sent" })).toMatch(/margin:0 0 12px 0">H &amp; &lt;b&gt;<\/p><\/div><\/body><\/html>$/);
  });
});
