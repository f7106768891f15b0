import { describe, expect, it } from "vitest";
import { authenticationFailure } from "../src/worker/authentication.js";

const headers = (...values: string[]) => {
  const h = new Headers();
  for (const v of values) h.append("Authentication-Results", v);
  return h;
};

describe("authenticationFailure", () => {
  it("is null without a verdict, and for passing ones", () => {
    expect(authenticationFailure(new Headers())).toBeNull();
    expect(authenticationFailure(headers("mx.cloudflare.net; spf=pass smtp.mailfrom=candidate.example; dkim=pass header.d=candidate.example; dmarc=pass"))).toBeNull();
    expect(authenticationFailure(headers("mx.cloudflare.net; spf=fail smtp.mailfrom=candidate.example; dkim=pass header.d=candidate.example"))).toBeNull();
  });

  it("names a failed DMARC, or SPF and DKIM failing together", () => {
    expect(authenticationFailure(headers("mx.cloudflare.net; dmarc=fail (p=none) header.from=candidate.example"))).toMatch(/DMARC failed/);
    expect(authenticationFailure(headers("mx.cloudflare.net; spf=fail smtp.mailfrom=candidate.example; dkim=fail header.d=candidate.example"))).toMatch(/SPF and DKIM failed/);
  });

  it("reads only the topmost verdict, the one added nearest to the Worker", () => {
    expect(authenticationFailure(headers("mx.cloudflare.net; dmarc=pass", "old.example; dmarc=fail"))).toBeNull();
  });
});
