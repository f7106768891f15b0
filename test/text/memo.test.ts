import { describe, expect, it } from "vitest";
import { beginCheck, memoize, memoizeByObject, memoizeForCheck } from "../../src/text/memo.js";

describe("memoize", () => {
  it("computes each argument once while it is remembered", () => {
    const calls: string[] = [];
    const upper = memoize((s) => (calls.push(s), s.toUpperCase()), 100);
    expect(upper("ab")).toBe("AB");
    expect(upper("ab")).toBe("AB");
    expect(upper("cd")).toBe("CD");
    expect(calls).toEqual(["ab", "cd"]);
  });

  it("remembers null and undefined results too", () => {
    let calls = 0;
    const nothing = memoize(() => (calls++, undefined), 100);
    const none = memoize(() => (calls++, null), 100);
    expect(nothing("x")).toBeUndefined();
    expect(nothing("x")).toBeUndefined();
    expect(none("x")).toBeNull();
    expect(none("x")).toBeNull();
    expect(calls).toBe(2);
  });

  it("forgets everything once its characters exceed the budget, and never keeps an argument over it", () => {
    const calls: string[] = [];
    const len = memoize((s) => (calls.push(s), s.length), 6);
    len("abc");
    len("def"); // 6 characters: both kept
    len("abc");
    expect(calls).toEqual(["abc", "def"]);
    len("gh"); // 8 > 6: the cache starts again with "gh"
    len("abc");
    expect(calls).toEqual(["abc", "def", "gh", "abc"]);
    len("toolongtokeep");
    len("toolongtokeep");
    expect(calls.filter((c) => c === "toolongtokeep")).toHaveLength(2);
  });
});

describe("memoizeForCheck", () => {
  it("remembers an argument for the check under way and computes it again once the next check begins", () => {
    const calls: string[] = [];
    const upper = memoizeForCheck((s) => (calls.push(s), s.toUpperCase()));
    beginCheck();
    expect(upper("ab")).toBe("AB");
    expect(upper("ab")).toBe("AB");
    expect(calls).toEqual(["ab"]);
    beginCheck();
    expect(upper("ab")).toBe("AB");
    expect(upper("ab")).toBe("AB");
    expect(calls).toEqual(["ab", "ab"]);
  });

  it("keeps memoize's bound within one check", () => {
    const calls: string[] = [];
    const len = memoizeForCheck((s) => (calls.push(s), s.length), 6);
    beginCheck();
    len("abc");
    len("def");
    len("gh"); // 8 > 6: the cache starts again with "gh"
    len("abc");
    expect(calls).toEqual(["abc", "def", "gh", "abc"]);
  });
});

describe("memoizeByObject", () => {
  it("computes once per object", () => {
    let calls = 0;
    const size = memoizeByObject((o: { n: number }) => (calls++, o.n));
    const a = { n: 1 };
    expect(size(a)).toBe(1);
    expect(size(a)).toBe(1);
    expect(size({ n: 1 })).toBe(1);
    expect(calls).toBe(2);
  });

  it("remembers an undefined result too, and gives it back as undefined", () => {
    let calls = 0;
    const nothing = memoizeByObject((_: object) => (calls++, undefined));
    const a = {};
    expect(nothing(a)).toBeUndefined();
    expect(nothing(a)).toBeUndefined();
    expect(calls).toBe(1);
  });
});
