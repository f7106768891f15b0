/**
 * Secure headers for every response, with a strict Content-Security-Policy: no scripts at
 * all, styles only from our stylesheet, forms only to this site, never framed. Style
 * attributes are allowed because the report view (shared with the HTML email) styles
 * inline; with scripts forbidden and every string escaped they cannot carry code.
 */
import { secureHeaders } from "hono/secure-headers";

export const appSecureHeaders = secureHeaders({
  contentSecurityPolicy: {
    defaultSrc: ["'none'"],
    scriptSrc: ["'none'"],
    styleSrc: ["'self'"],
    styleSrcAttr: ["'unsafe-inline'"],
    imgSrc: ["'self'", "data:"],
    formAction: ["'self'"],
    frameAncestors: ["'none'"],
    baseUri: ["'none'"],
  },
  referrerPolicy: "no-referrer",
  xFrameOptions: "DENY",
});
