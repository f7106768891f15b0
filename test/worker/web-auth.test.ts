import { env } from "cloudflare:test";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { Jwt } from "hono/utils/jwt";
import { createSessionToken, SESSION_TTL_MS, sessionKey } from "../../src/web/auth.js";
import { SESSION_STATE_KEY } from "../../src/web/session-store.js";
import { API_TOKEN, call, clearKv, getPage, login, ORIGIN, PASSWORD, postForm, sessionCookie } from "./web-client.js";

beforeEach(clearKv);

describe("nothing without authentication", () => {
  it.each(["/", "/interviews/new", "/check", "/settings", "/interviews/northwind-sre", "/no-such-page"])("GET %s redirects to the login page", async (path) => {
    const response = await call(path);
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(`/login?next=${encodeURIComponent(path)}`);
  });

  it("a form post without a session changes nothing and goes to the login page", async () => {
    const response = await call("/interviews", { method: "POST", headers: { Origin: ORIGIN }, body: new URLSearchParams({ company: "X" }) });
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toMatch(/^\/login/);
  });

  it.each(["/api/interviews", "/api/export", "/api/settings", "/api/sends"])("GET %s without a token is 401 with a Bearer challenge", async (path) => {
    const response = await call(path);
    expect(response.status).toBe(401);
    expect(response.headers.get("www-authenticate")).toMatch(/^Bearer/);
  });

  it("a wrong bearer token is 401, the right one is let in", async () => {
    expect((await call("/api/interviews", { headers: { Authorization: "Bearer nope" } })).status).toBe(401);
    expect((await call("/api/interviews", { headers: { Authorization: "Basic dXNlcjpwYXNz" } })).status).toBe(401);
    expect((await call("/api/interviews", { headers: { Authorization: `Bearer ${API_TOKEN}` } })).status).toBe(200);
  });

  it("/health stays open", async () => {
    expect(await (await call("/health")).text()).toBe("ok");
  });
});

describe("login", () => {
  it("refuses a wrong password with the form again and no cookie", async () => {
    const response = await call("/login", { method: "POST", headers: { Origin: ORIGIN }, body: new URLSearchParams({ password: "guess" }) });
    expect(response.status).toBe(401);
    expect(await response.text()).toContain("Wrong password.");
    expect(sessionCookie(response)).toBeNull();
  });

  it("sets an HttpOnly, SameSite session cookie and returns to the page asked for", async () => {
    const response = await call("/login", { method: "POST", headers: { Origin: ORIGIN }, body: new URLSearchParams({ password: "test-password", next: "/settings" }) });
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("/settings");
    const header = response.headers.getSetCookie().find((c) => c.startsWith("fc_session="))!;
    expect(header).toMatch(/HttpOnly/);
    expect(header).toMatch(/SameSite=Lax/);
  });

  it("never redirects to another site after login", async () => {
    const response = await call("/login", { method: "POST", headers: { Origin: ORIGIN }, body: new URLSearchParams({ password: "test-password", next: "//evil.example/x" }) });
    expect(response.headers.get("location")).toBe("/");
  });

  it("rejects a login form posted from another site", async () => {
    const response = await call("/login", { method: "POST", headers: { Origin: "https://evil.example" }, body: new URLSearchParams({ password: "test-password" }) });
    expect(response.status).toBe(403);
    expect(sessionCookie(response)).toBeNull();
  });

  it("lets a session in, and logout ends it", async () => {
    const session = await login();
    expect((await getPage(session, "/")).status).toBe(200);
    const out = await postForm(session, "/logout", {});
    expect(out.status).toBe(303);
    expect(out.headers.getSetCookie().join()).toMatch(/fc_session=;/);
  });

  it("rejects an expired cookie and a tampered one", async () => {
    // The test env's SESSION_SECRET and password, and generation 0 (nobody has logged out).
    const key = await sessionKey("test-session-secret", PASSWORD);
    const { token } = await createSessionToken(key, Date.now() - SESSION_TTL_MS - 1000, 0);
    expect((await call("/", { headers: { Cookie: `fc_session=${token}` } })).status).toBe(303);
    const fresh = (await createSessionToken(key, Date.now(), 0)).token;
    const tampered = fresh.replace(/^v2\.\d+/, `v2.${Date.now() + 10 * SESSION_TTL_MS}`);
    expect((await call("/", { headers: { Cookie: `fc_session=${tampered}` } })).status).toBe(303);
    const otherGeneration = fresh.replace(/^(v2\.\d+)\.0\./, "$1.1.");
    expect((await call("/", { headers: { Cookie: `fc_session=${otherGeneration}` } })).status).toBe(303);
    expect((await call("/", { headers: { Cookie: `fc_session=${fresh}` } })).status).toBe(200);
  });

  it("a cookie signed with another secret does not verify", async () => {
    const { token } = await createSessionToken(await sessionKey("some-other-secret", PASSWORD), Date.now(), 0);
    expect((await call("/", { headers: { Cookie: `fc_session=${token}` } })).status).toBe(303);
  });

  it("a browser session may read the API but not write to it", async () => {
    const session = await login();
    expect((await call("/api/export", { headers: { Cookie: session.cookie } })).status).toBe(200);
    const write = await call("/api/import", { method: "POST", headers: { Cookie: session.cookie, "Content-Type": "application/json" }, body: '{"interviews":[]}' });
    expect(write.status).toBe(401);
  });
});

describe("refuses to serve without a configured secret", () => {
  const unconfigured = { APP_PASSWORD: undefined, SESSION_SECRET: undefined, API_TOKEN: undefined };

  it.each(["/", "/login", "/api/interviews", "/settings"])("%s answers 503 saying what to set", async (path) => {
    const response = await call(path, {}, unconfigured);
    expect(response.status).toBe(503);
    expect(await response.text()).toMatch(/set the APP_PASSWORD secret/);
  });

  it("with only an API token, the API takes the token and the pages stay closed", async () => {
    const tokenOnly = { ...unconfigured, API_TOKEN: "x" };
    expect((await call("/api/interviews", { headers: { Authorization: "Bearer x" } }, tokenOnly)).status).toBe(200);
    expect((await call("/api/interviews", {}, tokenOnly)).status).toBe(401);
    expect((await call("/", {}, tokenOnly)).status).toBe(303);
    const login = await call("/login", { method: "POST", headers: { Origin: ORIGIN }, body: new URLSearchParams({ password: "" }) }, tokenOnly);
    expect(login.status).toBe(401);
    expect(sessionCookie(login)).toBeNull();
  });

  it("refuses the documented dev password outside local development", async () => {
    const response = await call("/", {}, { APP_PASSWORD: "dev-password", DEV_TOOLS: "false" });
    expect(response.status).toBe(503);
    expect(await response.text()).toMatch(/development password/);
    expect((await call("/login", {}, { APP_PASSWORD: "dev-password", DEV_TOOLS: "true" })).status).toBe(200);
  });

  it("refuses the documented dev API token outside local development", async () => {
    const withDevToken = { APP_PASSWORD: "a-real-password", API_TOKEN: "dev-token" };
    const response = await call("/api/interviews", { headers: { Authorization: "Bearer dev-token" } }, { ...withDevToken, DEV_TOOLS: "false" });
    expect(response.status).toBe(503);
    expect(await response.text()).toMatch(/development API token/);
    expect((await call("/api/interviews", { headers: { Authorization: "Bearer dev-token" } }, { ...withDevToken, DEV_TOOLS: "true" })).status).toBe(200);
  });

  it("keeps /health answering", async () => {
    expect((await call("/health", {}, unconfigured)).status).toBe(200);
  });
});

describe("Cloudflare Access", () => {
  const team = "team.cloudflareaccess.com";
  const aud = "app-audience-tag";

  async function keyPair() {
    const pair = (await crypto.subtle.generateKey(
      { name: "RSASSA-PKCS1-v1_5", modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]), hash: "SHA-256" },
      true,
      ["sign", "verify"],
    )) as CryptoKeyPair;
    const publicJwk = { ...((await crypto.subtle.exportKey("jwk", pair.publicKey)) as JsonWebKey), kid: "k1", alg: "RS256" };
    const privateJwk = { ...((await crypto.subtle.exportKey("jwk", pair.privateKey)) as JsonWebKey), kid: "k1", alg: "RS256" };
    return { publicJwk, privateJwk };
  }

  it("accepts a valid assertion and refuses a wrong audience, issuer or expired one", async () => {
    const { publicJwk, privateJwk } = await keyPair();
    const fetchSpy = vi.spyOn(globalThis, "fetch").mockImplementation(async (input) => {
      expect(String(input)).toBe(`https://${team}/cdn-cgi/access/certs`);
      return Response.json({ keys: [publicJwk] });
    });
    const accessEnv = { APP_PASSWORD: undefined, SESSION_SECRET: undefined, ACCESS_TEAM_DOMAIN: team, ACCESS_AUD: aud };
    const now = Math.floor(Date.now() / 1000);
    const token = (claims: Record<string, unknown>) =>
      Jwt.sign({ iss: `https://${team}`, aud: [aud], email: "alex@candidate.example", iat: now, exp: now + 600, ...claims }, privateJwk as never);
    try {
      const ok = await call("/", { headers: { "Cf-Access-Jwt-Assertion": await token({}) } }, accessEnv);
      expect(ok.status).toBe(200);
      expect(sessionCookie(ok)).not.toBeNull();
      const api = await call("/api/interviews", { headers: { "Cf-Access-Jwt-Assertion": await token({}) } }, accessEnv);
      expect(api.status).toBe(200);
      for (const bad of [{ aud: ["other-app"] }, { iss: "https://evil.cloudflareaccess.com" }, { exp: now - 60 }]) {
        expect((await call("/", { headers: { "Cf-Access-Jwt-Assertion": await token(bad) } }, accessEnv)).status).toBe(401);
      }
      // No assertion and no password: nothing to log in with.
      expect((await call("/api/interviews", {}, accessEnv)).status).toBe(401);
    } finally {
      fetchSpy.mockRestore();
    }
  });
});

describe("sessions end on the server", () => {
  it("after logout the old cookie opens nothing, and logging in again works", async () => {
    const session = await login();
    expect((await postForm(session, "/logout", {})).status).toBe(303);
    const replayed = await getPage(session, "/");
    expect(replayed.status).toBe(303);
    expect(replayed.headers.get("location")).toMatch(/^\/login/);
    expect((await call("/api/export", { headers: { Cookie: session.cookie } })).status).toBe(401);
    expect((await getPage(await login(), "/")).status).toBe(200);
  });

  it("logout ends the sessions on other devices too", async () => {
    const laptop = await login();
    const phone = await login();
    await postForm(phone, "/logout", {});
    expect((await getPage(laptop, "/")).status).toBe(303);
  });

  it.each([
    ["with SESSION_SECRET", {}],
    ["without SESSION_SECRET", { SESSION_SECRET: undefined }],
  ])("a changed APP_PASSWORD ends every session (%s)", async (_, secret) => {
    const response = await call("/login", { method: "POST", headers: { Origin: ORIGIN }, body: new URLSearchParams({ password: PASSWORD }) }, secret);
    const cookie = sessionCookie(response)!;
    expect((await call("/", { headers: { Cookie: cookie } }, secret)).status).toBe(200);
    expect((await call("/", { headers: { Cookie: cookie } }, { ...secret, APP_PASSWORD: "a-new-password" })).status).toBe(303);
  });
});

describe("without SESSION_SECRET", () => {
  const noSecret = { SESSION_SECRET: undefined };
  const loginNoSecret = async () =>
    sessionCookie(await call("/login", { method: "POST", headers: { Origin: ORIGIN }, body: new URLSearchParams({ password: PASSWORD }) }, noSecret))!;

  it("cookies are signed with a random secret made once and kept in KV, not with anything derived from the password", async () => {
    const first = await loginNoSecret();
    const second = await loginNoSecret();
    const stored = JSON.parse((await env.FOLLOWUP_KV.get(SESSION_STATE_KEY)) ?? "{}") as { secret?: string };
    expect(stored.secret).toMatch(/^[0-9a-f]{64}$/);
    for (const cookie of [first, second]) expect((await call("/", { headers: { Cookie: cookie } }, noSecret)).status).toBe(200);
    // A new deployment with the same password makes a new secret: the old cookie is worthless,
    // so nobody holding one can test passwords against it offline.
    await clearKv();
    expect((await call("/", { headers: { Cookie: first } }, noSecret)).status).toBe(303);
    expect(JSON.parse((await env.FOLLOWUP_KV.get(SESSION_STATE_KEY))!).secret).not.toBe(stored.secret);
  });
});
