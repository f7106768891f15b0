/**
 * A small client for the web app's route tests: requests through the Hono app with the
 * workerd test env, login, the session cookie and the form's CSRF token.
 */
import { env } from "cloudflare:test";
import { app } from "../../src/app.js";
import type { WebEnv } from "../../src/web/env.js";

export const ORIGIN = "http://localhost";
export const PASSWORD = "test-password";
export const API_TOKEN = "test-token";

export interface Session {
  cookie: string;
  csrf: string;
}

/** A request to the app with the test env (or an override of it). */
export async function call(path: string, init: RequestInit = {}, envOverride: Partial<WebEnv> = {}): Promise<Response> {
  return app.request(`${ORIGIN}${path}`, init, { ...env, ...envOverride } as WebEnv);
}

/** The `name=value` part of the response's session cookie, or null. */
export function sessionCookie(response: Response): string | null {
  const header = response.headers.getSetCookie().find((c) => c.startsWith("fc_session="));
  return header ? header.split(";")[0]! : null;
}

export function csrfFrom(html: string): string {
  const token = /name="_csrf" value="([^"]+)"/.exec(html)?.[1];
  if (!token) throw new Error("no CSRF field in the page");
  return token;
}

export async function login(password = PASSWORD): Promise<Session> {
  const response = await call("/login", { method: "POST", headers: { Origin: ORIGIN }, body: new URLSearchParams({ password, next: "/" }) });
  const cookie = sessionCookie(response);
  if (response.status !== 303 || !cookie) throw new Error(`login failed: ${response.status}`);
  const page = await call("/", { headers: { Cookie: cookie } });
  return { cookie, csrf: csrfFrom(await page.text()) };
}

export async function getPage(session: Session, path: string): Promise<Response> {
  return call(path, { headers: { Cookie: session.cookie } });
}

/** Posts a form as a browser on this site would: Origin, cookie and the CSRF field. */
export async function postForm(session: Session, path: string, fields: Record<string, string | string[]>, extraHeaders: Record<string, string> = {}): Promise<Response> {
  const body = new URLSearchParams({ _csrf: session.csrf });
  for (const [key, value] of Object.entries(fields)) for (const v of [value].flat()) body.append(key, v);
  return call(path, { method: "POST", headers: { Origin: ORIGIN, Cookie: session.cookie, ...extraHeaders }, body });
}

export async function apiCall(path: string, init: RequestInit = {}): Promise<Response> {
  return call(`/api${path}`, { ...init, headers: { Authorization: `Bearer ${API_TOKEN}`, "Content-Type": "application/json", ...init.headers } });
}

/** Empties KV so each test starts clean. */
export async function clearKv(): Promise<void> {
  for (const key of (await env.FOLLOWUP_KV.list()).keys) await env.FOLLOWUP_KV.delete(key.name);
}
