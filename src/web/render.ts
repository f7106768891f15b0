/** Sends a page: a complete HTML document, never cached (it holds private data). */
import type { Context } from "hono";
import type { JSX } from "hono/jsx/jsx-runtime";
import type { ContentfulStatusCode } from "hono/utils/http-status";

export async function page(c: Context, element: JSX.Element, status: ContentfulStatusCode = 200): Promise<Response> {
  return c.html(`<!doctype html>${String(await element)}`, status, { "Cache-Control": "no-store" });
}
