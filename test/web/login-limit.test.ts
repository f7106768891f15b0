import { describe, expect, it } from "vitest";
import { loginLimitKey } from "../../src/web/login-limit.js";

describe("loginLimitKey", () => {
  it("keeps an IPv4 address whole", () => {
    expect(loginLimitKey("203.0.113.7")).toBe("203.0.113.7");
  });

  it.each([
    ["2001:db8:1:2:3:4:5:6", "2001:db8:1:2::/64"],
    ["2001:0DB8:0001:0002::1", "2001:db8:1:2::/64"],
    ["2001:db8::1", "2001:db8:0:0::/64"],
    ["2001:db8:1:2::", "2001:db8:1:2::/64"],
    ["::1", "0:0:0:0::/64"],
  ])("counts %s by its /64", (address, key) => {
    expect(loginLimitKey(address)).toBe(key);
  });

  it("reads an IPv4-mapped IPv6 address as the IPv4 address", () => {
    expect(loginLimitKey("::ffff:203.0.113.7")).toBe("203.0.113.7");
  });

  it("keeps anything else as it came, so it is still counted", () => {
    expect(loginLimitKey("not-an-address")).toBe("not-an-address");
    expect(loginLimitKey("1:2:3:4:5:6:7:8:9")).toBe("1:2:3:4:5:6:7:8:9");
  });
});
