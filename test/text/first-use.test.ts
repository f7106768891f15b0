import { describe, expect, it } from "vitest";
import { onFirstUse } from "../../src/text/first-use.js";

describe("onFirstUse", () => {
  it("makes nothing until asked, then makes the value once and keeps it", () => {
    let made = 0;
    const pattern = onFirstUse(() => (made++, /\p{Lu}/u));
    expect(made).toBe(0);
    const first = pattern();
    expect(pattern()).toBe(first);
    expect(made).toBe(1);
  });

  it("keeps an undefined value too", () => {
    let made = 0;
    const nothing = onFirstUse(() => void made++);
    nothing();
    nothing();
    expect(made).toBe(1);
  });
});
