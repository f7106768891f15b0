/** The interview page's "How alike your notes are", from the send log in real KV. */
import { env } from "cloudflare:test";
import { beforeEach, describe, expect, it } from "vitest";
import { parseFacts, type Interview } from "../../src/facts/schema.js";
import { KvStore } from "../../src/store/kv-store.js";
import { fingerprint } from "../../src/text/fingerprint.js";
import { tokenize } from "../../src/text/tokens.js";
import type { SendRecord } from "../../src/types.js";
import facts from "../fixtures/facts.json";
import { clearKv, getPage, login, type Session } from "./web-client.js";

const NAMES = new Set(["priya", "raman", "tomasz", "kowalski", "nowak", "jose", "alvarez", "alex"]);

const TEMPLATE = (name: string) =>
  `Hi ${name},\n\nThank you for taking the time to meet with me today. I really enjoyed learning about the on-call rotation redesign and the way your team approaches reliability. I am confident my experience running incident response at scale would help the team.\n\nBest,\nAlex`;
const OWN =
  "Hola José,\n\nYour question on capacity planning for peak season made me revisit how we load-tested before every holiday spike at Fernhill. I sketched how dispatch could shed load gracefully and would be glad to walk through it.\n\nBest,\nAlex";

let session: Session;
let store: KvStore;
let northwind: Interview;

beforeEach(async () => {
  await clearKv();
  session = await login();
  store = new KvStore(env.FOLLOWUP_KV);
  const parsed = parseFacts(facts);
  if (!parsed.ok) throw new Error(parsed.errors.join("\n"));
  northwind = parsed.facts.interviews.find((i) => i.id === "northwind-sre")!;
  await store.putInterview(northwind);
});

function logged(name: string, sentAt: string, text: string): SendRecord {
  const person = northwind.interviewers.find((p) => p.name === name)!;
  return { interviewId: northwind.id, messageId: `<${sentAt}@candidate.example>`, sentAt, recipients: [person.email!], interviewers: [name], subject: "Thank you", fingerprint: fingerprint(tokenize(text), NAMES) };
}

/** The comparison's section of the interview page, or null when the page has none. */
async function comparison(): Promise<string | null> {
  const html = await (await getPage(session, "/interviews/northwind-sre")).text();
  return /<section aria-labelledby="likeness-h">[\s\S]*?<\/section>/.exec(html)?.[0] ?? null;
}

describe("how alike the logged notes are", () => {
  it("is not shown until two notes to the panel are logged", async () => {
    expect(await comparison()).toBeNull();
    await store.logSend(logged("Priya Raman", "2026-11-17T22:30:00.000Z", TEMPLATE("Priya")));
    expect(await comparison()).toBeNull();
  });

  it("says in words, in a table with headers, which notes read as the same and which were written separately", async () => {
    await store.logSend(logged("Priya Raman", "2026-11-17T22:30:00.000Z", TEMPLATE("Priya")));
    await store.logSend(logged("Tomasz Kowalski-Nowak", "2026-11-17T22:45:00.000Z", TEMPLATE("Tomasz")));
    await store.logSend(logged("José Álvarez", "2026-11-17T23:00:00.000Z", OWN));
    const section = (await comparison())!;
    expect(section).toContain('<h2 id="likeness-h">How alike your notes are</h2>');
    expect(section).toContain("text is never stored");
    expect(section).toContain("1 pair reads as the same note. Panelists compare notes;");
    expect(section).toContain('<th scope="col">Notes to</th><th scope="col">Alike</th><th scope="col">Reads as</th>');
    const rows = [...section.matchAll(/<tr><th scope="row">([^<]*)<\/th><td>(\d+%)<\/td><td><span class="pill (\w+)">([^<]*)<\/span><\/td><\/tr>/g)].map((m) => m.slice(1));
    expect(rows).toHaveLength(3);
    expect(rows[0]).toEqual(["Priya Raman and Tomasz Kowalski-Nowak", "100%", "bad", "Reads as the same note"]);
    for (const row of rows.slice(1)) {
      expect(row[0]).toMatch(/ and José Álvarez$/);
      expect(row[3]).toBe("Written separately");
    }
  });

  it("says when every note reads as written on its own, and which notes could not be compared", async () => {
    await store.logSend(logged("Priya Raman", "2026-11-17T22:30:00.000Z", TEMPLATE("Priya")));
    await store.logSend(logged("José Álvarez", "2026-11-17T23:00:00.000Z", OWN));
    await store.logSend({ ...logged("Tomasz Kowalski-Nowak", "2026-11-17T23:10:00.000Z", ""), fingerprint: [], enteredByHand: true });
    const section = (await comparison())!;
    expect(section).toContain("Every note reads as written on its own.");
    expect(section).toContain("Not compared: the note to Tomasz Kowalski-Nowak, entered by hand, so its text was never seen.");
  });
});
