/**
 * The login limit, through the rate-limiting binding as wrangler.toml declares it (miniflare
 * simulates it locally): a few attempts a minute from one address, then 429 with Retry-After.
 */
import { beforeEach, describe, expect, it } from "vitest";
import { call, ORIGIN, PASSWORD, sessionCookie } from "./web-client.js";

/** `[[ratelimits]] LOGIN_LIMIT` in wrangler.toml: attempts allowed per address and window. */
const ATTEMPTS = 5;
const WINDOW_S = 60;

/**
 * The simulated limiter counts in windows aligned to the clock's minute; a run that crossed
 * into the next minute would see its count reset halfway, so it starts in a fresh one.
 */
async function awayFromWindowEdge(): Promise<void> {
  const left = WINDOW_S * 1000 - (Date.now() % (WINDOW_S * 1000));
  if (left < 10_000) await new Promise((resolve) => setTimeout(resolve, left + 100));
}

/** A /64 of its own for each test (and each run: the simulated counts outlive a run within its minute). */
function freshPrefix(): string {
  const [a, b] = crypto.getRandomValues(new Uint16Array(2));
  return `2001:db8:${a!.toString(16)}:${b!.toString(16)}`;
}

const attempt = (address: string, password: string) =>
  call("/login", { method: "POST", headers: { Origin: ORIGIN, "CF-Connecting-IP": address }, body: new URLSearchParams({ password, next: "/" }) });

beforeEach(awayFromWindowEdge, 15_000);

describe("login attempts are limited per address", () => {
  it(`refuses the attempt after ${ATTEMPTS} in a minute with 429 and Retry-After, even with the right password`, async () => {
    const address = `${freshPrefix()}::1`;
    for (let i = 0; i < ATTEMPTS; i++) expect((await attempt(address, `guess-${i}`)).status).toBe(401);
    const refused = await attempt(address, PASSWORD);
    expect(refused.status).toBe(429);
    expect(refused.headers.get("retry-after")).toBe(String(WINDOW_S));
    expect(await refused.text()).toContain("Too many login attempts from your address. Wait a minute and try again.");
    expect(sessionCookie(refused)).toBeNull();
  });

  it("counts every address of one IPv6 /64 together, and leaves other addresses alone", async () => {
    const prefix = freshPrefix();
    for (let i = 0; i < ATTEMPTS; i++) expect((await attempt(`${prefix}::${i + 1}`, "guess")).status).toBe(401);
    expect((await attempt(`${prefix}:ffff:ffff:ffff:ffff`, PASSWORD)).status).toBe(429);
    const elsewhere = await attempt(`${freshPrefix()}::1`, PASSWORD);
    expect(elsewhere.status).toBe(303);
    expect(sessionCookie(elsewhere)).not.toBeNull();
  });

  it("a cross-site post is refused before it is counted", async () => {
    const address = `${freshPrefix()}::1`;
    for (let i = 0; i < ATTEMPTS + 2; i++) {
      const forged = await call("/login", { method: "POST", headers: { Origin: "https://evil.example", "CF-Connecting-IP": address }, body: new URLSearchParams({ password: "guess" }) });
      expect(forged.status).toBe(403);
    }
    expect((await attempt(address, PASSWORD)).status).toBe(303);
  });
});
