/**
 * The web app's recruiter, how it went and outcome: set on the interview form, shown on the
 * interview's page, offered as a recipient on "check a draft", and kept by the export.
 */
import { env } from "cloudflare:test";
import { beforeEach, describe, expect, it } from "vitest";
import { KvStore } from "../../src/store/kv-store.js";
import { apiCall, clearKv, getPage, login, postForm, type Session } from "./web-client.js";

let session: Session;
const ID = "fabrikam-robotics-platform-engineer";

const FORM = {
  company: "Fabrikam Robotics",
  role: "Platform Engineer",
  start: "2026-11-20T10:00",
  end: "2026-11-20T11:30",
  "interviewers.0.name": "Mei Tanaka",
  "interviewers.0.email": "mei@fabrikam.example",
  "interviewers.0.topics": "fleet telemetry",
  decisionBy: "2026-11-25",
  recruiterName: "Dana Shaw",
  recruiterEmail: "dana@talentbridge.example",
  recruiterAgency: "TalentBridge",
  howItWent: "badly",
  outcome: "",
  action: "save",
};

beforeEach(async () => {
  await clearKv();
  session = await login();
});

describe("recruiter and outcome in the web app", () => {
  it("the form saves them, the interview's page shows them and what they mean, and the edit form selects them again", async () => {
    expect((await postForm(session, "/interviews", FORM)).status).toBe(303);
    const saved = await new KvStore(env.FOLLOWUP_KV).getInterview(ID);
    expect(saved).toMatchObject({ recruiter: { name: "Dana Shaw", email: "dana@talentbridge.example", agency: "TalentBridge" }, howItWent: "badly" });
    expect(saved).not.toHaveProperty("outcome");

    const page = await (await getPage(session, `/interviews/${ID}`)).text();
    expect(page).toContain('<h2 id="after-h">After the interview</h2>');
    expect(page).toContain("How it went: <strong>badly</strong>");
    expect(page).toContain("Outcome: <strong>not marked yet</strong>");
    expect(page).toContain("Recruiter: Dana Shaw · TalentBridge · dana@talentbridge.example");
    expect(page).toContain("a note is optional");
    expect(page).toContain(`href="/interviews/${ID}/edit#f-outcome"`);

    const edit = await (await getPage(session, `/interviews/${ID}/edit`)).text();
    expect(edit).toContain('value="Dana Shaw"');
    expect(edit).toMatch(/<option value="badly" selected="">Badly: a note becomes optional<\/option>/);
    expect(edit).toMatch(/<select id="f-outcome" name="outcome"/);
    expect(edit).toMatch(/Once an offer, a rejection or a withdrawal is marked, notes to the panel or the recruiter are checked as replies to it, not as\s+thank-you notes\./);
  });

  it("marking the outcome saves it, and a value no select offers is refused beside the field", async () => {
    await postForm(session, "/interviews", FORM);
    const edit = await (await getPage(session, `/interviews/${ID}/edit`)).text();
    const version = /name="version" value="([^"]+)"/.exec(edit)?.[1] ?? "";
    expect((await postForm(session, `/interviews/${ID}`, { ...FORM, outcome: "offer", version })).status).toBe(303);
    expect((await new KvStore(env.FOLLOWUP_KV).getInterview(ID))?.outcome).toBe("offer");
    expect(await (await getPage(session, `/interviews/${ID}`)).text()).toContain("Outcome: <strong>an offer</strong>");
    const refused = await postForm(session, `/interviews/${ID}`, { ...FORM, outcome: "hired", version });
    expect(refused.status).toBe(400);
    expect(await refused.text()).toMatch(/id="f-outcome-error">must be one of waiting, offer, rejected or withdrawn/);
  });

  it("'check a draft' offers the recruiter and checks the note as one to them", async () => {
    // No decision date: the note is judged as a note to the recruiter, not as a check-in after it.
    await postForm(session, "/interviews", { ...FORM, decisionBy: "" });
    const page = await (await getPage(session, "/check")).text();
    expect(page).toContain(`<option value="${ID}:recruiter">Dana Shaw, your recruiter (Fabrikam Robotics)</option>`);
    const checked = await (await postForm(session, "/check", { to: `${ID}:recruiter`, subject: "Fabrikam", text: "Hi Dana,\n\nThanks for setting up Fabrikam today; Mei and I spent the hour on fleet telemetry.\n\nAlex" })).text();
    expect(checked).toContain("to Dana Shaw, your recruiter (Fabrikam Robotics)");
    expect(checked).toContain("a note to your recruiter.");
  });

  it("the export carries them, and an interview without them exports without them", async () => {
    await postForm(session, "/interviews", FORM);
    await postForm(session, "/interviews", { ...FORM, company: "Contoso", recruiterName: "", recruiterEmail: "", recruiterAgency: "", howItWent: "" });
    const exported = (await (await apiCall("/export")).json()) as { interviews: Array<Record<string, unknown>> };
    const byCompany = new Map(exported.interviews.map((i) => [i.company, i]));
    expect(byCompany.get("Fabrikam Robotics")).toMatchObject({ recruiter: { name: "Dana Shaw" }, howItWent: "badly" });
    expect(Object.keys(byCompany.get("Contoso")!)).not.toEqual(expect.arrayContaining(["recruiter"]));
    expect(Object.keys(byCompany.get("Contoso")!)).not.toEqual(expect.arrayContaining(["howItWent"]));
  });
});

describe("the dashboard flags a check-in that is due", () => {
  /** The dashboard card of the interview whose page `href` links to. */
  const card = async (id: string) => {
    const html = await (await getPage(session, "/")).text();
    return [...html.matchAll(/<article class="card">[\s\S]*?<\/article>/g)].map((m) => m[0]).find((c) => c.includes(`href="/interviews/${id}"`)) ?? "";
  };
  const DUE = `Decision date passed (Wed 25 Nov): a short check-in is due. <a href="/interviews/${ID}#after-h">What to send</a>`;

  it("says so on the row of an interview whose decision date has passed with no outcome marked, with a link to it", async () => {
    await postForm(session, "/interviews", FORM);
    // Another interview whose decision date is still ahead, and one with none.
    await postForm(session, "/interviews", { ...FORM, company: "Contoso", start: "2099-01-05T10:00", end: "2099-01-05T11:00", decisionBy: "2099-01-12" });
    await postForm(session, "/interviews", { ...FORM, company: "Tailspin", decisionBy: "" });
    expect(await card(ID)).toContain(DUE);
    for (const other of ["contoso-platform-engineer", "tailspin-platform-engineer"]) {
      const row = await card(other);
      expect(row, other).toContain(`href="/interviews/${other}"`);
      expect(row, other).not.toContain("Decision date passed");
    }
  });

  it("not once an ending is marked, and with a check-in logged, says when it went and to mark the outcome", async () => {
    await postForm(session, "/interviews", FORM);
    const kv = new KvStore(env.FOLLOWUP_KV);
    await kv.logSend({ interviewId: ID, messageId: "<check-in@x>", sentAt: "2026-11-28T14:00:00.000Z", recipients: ["mei@fabrikam.example"], interviewers: ["Mei Tanaka"], subject: "Checking in", fingerprint: [] });
    const logged = await card(ID);
    expect(logged).not.toContain("a short check-in is due");
    expect(logged).toContain(`Decision date passed: check-in sent Sat 28 Nov 14:00. <a href="/interviews/${ID}/edit#f-outcome">Mark the outcome once you hear</a>`);

    const interview = (await kv.getInterview(ID))!;
    await kv.putInterview({ ...interview, outcome: "rejected" });
    expect(await card(ID)).not.toContain("Decision date passed");
  });

  it("once the owner marked still waiting, says no check-in is due (its reminders stopped too) and links to mark the outcome", async () => {
    await postForm(session, "/interviews", FORM);
    const kv = new KvStore(env.FOLLOWUP_KV);
    await kv.putInterview({ ...(await kv.getInterview(ID))!, outcome: "waiting" });
    const row = await card(ID);
    expect(row).not.toContain("a short check-in is due");
    expect(row).toContain(`Still waiting for word; the decision date was Wed 25 Nov. <a href="/interviews/${ID}/edit#f-outcome">Mark the outcome once you hear</a>`);
  });
});
