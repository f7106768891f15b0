import { describe, expect, it } from "vitest";
import { safeNext } from "../../src/web/auth-middleware.js";

describe("safeNext", () => {
  it.each(["/", "/interviews/northwind-sre", "/check?to=northwind-sre%3A0", "/settings#reminders"])("keeps the local path %s", (path) => {
    expect(safeNext(path)).toBe(path);
  });

  it.each(["//evil.example", "/\\evil.example", "/\t/evil.example", "/\n/evil.example", "/\r\n\\evil.example", "https://evil.example", " //evil.example", "/\u0000/x", "evil", "", null, undefined])(
    "sends %j home",
    (value) => {
      expect(safeNext(value)).toBe("/");
    },
  );

  it("returns the path as the browser will read it, without tabs and line breaks", () => {
    expect(safeNext("/inter\tviews")).toBe("/interviews");
  });
});
