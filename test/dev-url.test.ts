/**
 * `npm start` works out the address wrangler dev will listen on before starting it, so the
 * links in reports (APP_URL) open the server really in use.
 */
import { createServer, type Server } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { devAppUrl, firstFreePort, parseDevArguments } from "../scripts/dev-url.js";

describe("wrangler dev's address from its arguments", () => {
  it("takes --port in either form and passes every other argument on", () => {
    expect(parseDevArguments(["--port", "9000", "--persist-to", "/tmp/x"])).toEqual({ protocol: "http", ip: null, port: 9000, rest: ["--persist-to", "/tmp/x"] });
    expect(parseDevArguments(["--port=9001"])).toMatchObject({ port: 9001, rest: [] });
    expect(parseDevArguments([])).toEqual({ protocol: "http", ip: null, port: null, rest: [] });
    // 0 asks for any port: npm start picks one itself, so it knows which.
    expect(parseDevArguments(["--port", "0"]).port).toBeNull();
  });

  it("reads --ip and --local-protocol, keeping them for wrangler", () => {
    expect(parseDevArguments(["--ip", "127.0.0.1", "--local-protocol=https", "--port", "8443"])).toEqual({
      protocol: "https",
      ip: "127.0.0.1",
      port: 8443,
      rest: ["--ip", "127.0.0.1", "--local-protocol=https"],
    });
  });

  it("says what is wrong with a port that is not one", () => {
    expect(() => parseDevArguments(["--port", "eighty"])).toThrow("--port must be a port number from 1 to 65535, not “eighty”.");
    expect(() => parseDevArguments(["--port", "70000"])).toThrow(/not “70000”/);
  });

  it("links to the address a browser on this machine opens", () => {
    expect(devAppUrl({ protocol: "http", ip: null, port: 9000 })).toBe("http://localhost:9000");
    expect(devAppUrl({ protocol: "http", ip: "0.0.0.0", port: 8787 })).toBe("http://localhost:8787");
    expect(devAppUrl({ protocol: "https", ip: "127.0.0.1", port: 8443 })).toBe("https://127.0.0.1:8443");
    expect(devAppUrl({ protocol: "http", ip: "::1", port: 8787 })).toBe("http://[::1]:8787");
  });
});

describe("the port npm start settles on", () => {
  let taken: Server | null = null;
  afterEach(() => new Promise<void>((resolve) => (taken ? taken.close(() => resolve()) : resolve())));

  it("is the next one up when the first is in use, as wrangler dev would choose", async () => {
    const first = await firstFreePort("127.0.0.1", 20_000 + Math.floor(Math.random() * 20_000));
    taken = createServer();
    await new Promise<void>((resolve) => taken!.listen(first, "127.0.0.1", resolve));
    const next = await firstFreePort("127.0.0.1", first);
    expect(next).toBeGreaterThan(first);
    expect(next).toBeLessThan(first + 10);
  });
});
