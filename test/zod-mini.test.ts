/**
 * The schemas use zod/mini (a small Worker bundle) and still speak zod's English: this file
 * imports only src/settings.ts, so it fails if a schema module stops installing the locale.
 */
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { settingsSchema } from "../src/settings.js";

const SRC = new URL("../src/", import.meta.url);

/** Every .ts/.tsx file under src/, as a path relative to it. */
const sources = (readdirSync(SRC, { recursive: true }) as string[]).filter((f) => /\.tsx?$/.test(f));

describe("zod/mini", () => {
  it("keeps zod's English text for messages a schema does not spell out", () => {
    const result = settingsSchema.safeParse({ tooEarlyMinutes: 5000, reminders: "yes" });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => `${i.path.join(".")}: ${i.message}`)).toEqual([
      "tooEarlyMinutes: Too big: expected number to be <=1440",
      "reminders: Invalid input: expected boolean, received string",
    ]);
  });

  it("no module under src/ imports zod classic, which adds ~440 KB to the Worker", () => {
    expect(sources.length).toBeGreaterThan(20);
    const classic = sources.filter((file) => /from\s+["']zod(\/v4)?["']|import\(\s*["']zod(\/v4)?["']\s*\)/.test(readFileSync(new URL(file, SRC), "utf8")));
    expect(classic).toEqual([]);
  });
});
