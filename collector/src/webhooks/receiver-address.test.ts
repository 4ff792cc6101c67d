import { describe, expect, it } from "vitest";
import { refusedAddress, refusedHost } from "./receiver-address.js";

describe("which webhook receivers may be called", () => {
  it.each([
    "127.0.0.1",
    "10.0.0.5",
    "172.16.3.4",
    "192.168.1.1",
    "169.254.169.254",
    "100.64.0.1",
    "0.0.0.0",
    "::1",
    "fe80::1",
    "fd00::1",
    "::ffff:127.0.0.1",
    "::ffff:10.0.0.1",
  ])("refuses %s, which only this server's network reaches", (address) => {
    expect(refusedAddress(address)).toMatch(/address$/);
  });

  it.each(["8.8.8.8", "2606:4700:4700::1111"])("calls public address %s", (address) => {
    expect(refusedAddress(address)).toBeNull();
  });

  it("says when what it was given is no address", () => {
    expect(refusedAddress("203.0.113.300")).toMatch(/not an IP address/);
  });

  it("refuses literal private hosts and localhost names in a URL, and leaves DNS names to delivery", () => {
    expect(refusedHost("localhost")).toMatch(/this machine/);
    expect(refusedHost("api.localhost")).toMatch(/this machine/);
    expect(refusedHost("[::1]")).toMatch(/loopback/);
    expect(refusedHost("192.168.0.10")).toMatch(/private/);
    expect(refusedHost("hooks.shop.example")).toBeNull();
  });
});
