import { describe, expect, it } from "vitest";
import { factWords } from "../../src/spelling/fact-words.js";
import type { Interview } from "../../src/types.js";
import { interview, makeContext } from "../helpers/context.js";

const text = "Hi Priya,\n\nThanks for walking me through the on-call rotation.\n\nAlex";

describe("factWords", () => {
  it("holds the facts' words, the writer's name and the personal words", () => {
    const words = factWords(makeContext(text, { settings: { ...makeContext(text).settings, personalWords: ["Kubernetes"] } }));
    expect(["northwind", "priya", "alex", "kubernetes"].filter((w) => !words.has(w))).toEqual([]);
  });
  it("gives the next check of the same facts the same set, so what is remembered per set carries over", () => {
    expect(factWords(makeContext(text))).toBe(factWords(makeContext(`${text}\nP.S. See you soon.`)));
  });
  it("is the same set whichever saved interview the note matched", () => {
    expect(factWords(makeContext(text, { interviewId: "contoso-pm" }))).toBe(factWords(makeContext(text)));
  });
  it("keeps the set of each matched interview when the others come as the index has them", () => {
    // The pipeline gives the matched interview whole and every other one as its index entry reads: other objects.
    const asIndexed = (i: Interview) => ({ ...i, topics: [], requests: [] });
    const [northwind, contoso] = [interview("northwind-sre"), interview("contoso-pm")];
    const toNorthwind = () => makeContext(text, { interview: northwind, otherInterviews: [asIndexedContoso] });
    const toContoso = () => makeContext(text, { interview: contoso, otherInterviews: [asIndexedNorthwind] });
    const [asIndexedNorthwind, asIndexedContoso] = [asIndexed(northwind), asIndexed(contoso)];
    const first = factWords(toNorthwind());
    factWords(toContoso());
    expect(factWords(toNorthwind())).toBe(first);
  });
  it("is made again when a personal word, the writer or an interview changes", () => {
    const base = makeContext(text);
    const before = factWords(base);
    const withWord = factWords(makeContext(text, { settings: { ...base.settings, personalWords: ["Zyxqan"] } }));
    expect(withWord.has("zyxqan")).toBe(true);
    const renamed = factWords(makeContext(text, { note: { from: { name: "Jordan Lee", address: "jordan@example.com" } } }));
    expect([renamed.has("jordan"), renamed.has("alex")]).toEqual([true, false]);
    const edited = { ...interview("northwind-sre"), company: "Northwind Quarrywell" };
    const afterEdit = factWords(makeContext(text, { interview: edited }));
    expect(afterEdit.has("quarrywell")).toBe(true);
    expect(factWords(makeContext(text))).not.toBe(afterEdit);
    expect(factWords(makeContext(text))).toEqual(before);
  });
});
