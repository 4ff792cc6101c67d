import { describe, expect, it } from "vitest";
import { signInOwner } from "../../testing/console-client.js";
import { testDrivers } from "../../testing/databases.js";
import { ADMIN_TOKEN, callAs, createTestSite, jsonOf, useTestApp } from "../../testing/test-app.js";

describe.each(testDrivers)("the console's settings page on %s", (driver) => {
  const ctx = useTestApp(driver);
  const call = callAs(ctx);

  async function seed(secretKey: string) {
    // Two accounts on one phone and address buying consoles: reviewed or rejected; one plain order: accepted.
    for (const [i, name] of ["佐藤 一郎", "鈴木 二郎"].entries()) {
      await call("POST", secretKey, "/v1/orders", {
        orderId: `S-${i}`,
        customer: { id: `SC-${i}` },
        billing: { name, phone: "080-5555-0101", postalCode: "135-0043", address: "東京都江東区塩浜2丁目13番1号" },
        items: [{ category: "game_console", quantity: 2 }],
      });
    }
    await call("POST", secretKey, "/v1/orders", { orderId: "S-plain", billing: { name: "田中 花子" } });
    await ctx.deps.background.idle();
  }

  it("previews how the last 30 days' decisions would change before saving, and saves only on Save", async () => {
    const site = await createTestSite(ctx);
    await seed(site.secretKey);
    const browser = await signInOwner(ctx, ADMIN_TOKEN);
    const page = await browser.get(`/console/sites/${site.siteId}/settings`);
    expect(page.status).toBe(200);
    expect(page.html).toContain("resale_pattern");
    const before = await jsonOf(await call("GET", site.secretKey, "/v1/settings"));
    const preview = await browser.post(`/console/sites/${site.siteId}/settings/scoring`, {
      review: "95",
      reject: "99",
      forwarders: "",
      action: "preview",
    });
    expect(preview.status).toBe(200);
    expect(preview.html).toContain('data-testid="preview"');
    expect(preview.html).toMatch(/3件中[12]件の判定が変わります/);
    expect(preview.html).toContain('value="95"'); // the draft stays in the form
    expect(await jsonOf(await call("GET", site.secretKey, "/v1/settings"))).toEqual(before);
    const saved = await browser.post(`/console/sites/${site.siteId}/settings/scoring`, {
      review: "95",
      reject: "99",
      forwarders: "",
      action: "apply",
    });
    expect(saved.html).toContain("設定を保存しました");
    expect((await jsonOf(await call("GET", site.secretKey, "/v1/settings"))).thresholds).toEqual({
      review: 95,
      reject: 99,
    });
  });

  it("refuses settings that do not validate, with the reason, and keeps the draft", async () => {
    const site = await createTestSite(ctx);
    const browser = await signInOwner(ctx, ADMIN_TOKEN);
    await browser.get(`/console/sites/${site.siteId}/settings`);
    const res = await browser.post(`/console/sites/${site.siteId}/settings/scoring`, {
      review: "90",
      reject: "50",
      action: "apply",
    });
    expect(res.status).toBe(400);
    expect(res.html).toContain("review must not exceed reject");
  });

  it("rotates a key: the new one is shown once and works, the revoked one is refused at once", async () => {
    const site = await createTestSite(ctx);
    const browser = await signInOwner(ctx, ADMIN_TOKEN);
    await browser.get(`/console/sites/${site.siteId}/settings`);
    const created = await browser.post(`/console/sites/${site.siteId}/settings/keys`, {});
    const newKey = /data-testid="new-key">(sk_[^<]+)</.exec(created.html)?.[1] ?? "";
    expect(newKey).toMatch(/^sk_/);
    expect((await call("GET", newKey, "/v1/settings")).status).toBe(200);
    expect((await call("GET", site.secretKey, "/v1/settings")).status).toBe(200);
    const keys = await jsonOf(
      await ctx.app.request(`/v1/admin/sites/${site.siteId}/keys`, {
        headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
      }),
    );
    // A key is listed masked to its last four characters.
    const oldId = keys.keys.find((k: { prefix: string }) => k.prefix.endsWith(site.secretKey.slice(-4))).keyId;
    const page = await browser.get(`/console/sites/${site.siteId}/settings`);
    expect(page.html).not.toContain(newKey); // shown once
    const revoked = await browser.post(`/console/sites/${site.siteId}/settings/keys/${oldId}/revoke`, {});
    expect(revoked.html).toContain("キーを失効させました");
    expect((await call("GET", site.secretKey, "/v1/settings")).status).toBe(401);
    expect((await call("GET", newKey, "/v1/settings")).status).toBe(200);
    // The last key cannot go without a new one.
    const last = await browser.post(
      `/console/sites/${site.siteId}/settings/keys/${keys.keys.find((k: { keyId: string }) => k.keyId !== oldId).keyId}/revoke`,
      {},
    );
    expect(last.status).toBe(409);
    expect((await call("GET", newKey, "/v1/settings")).status).toBe(200);
  });

  it("changes a site's origins and refuses one that is not an origin", async () => {
    const site = await createTestSite(ctx);
    const browser = await signInOwner(ctx, ADMIN_TOKEN);
    await browser.get(`/console/sites/${site.siteId}/settings`);
    const bad = await browser.post(`/console/sites/${site.siteId}/settings/site`, {
      name: "Shop",
      origins: "shop.example/path",
    });
    expect(bad.status).toBe(400);
    const ok = await browser.post(`/console/sites/${site.siteId}/settings/site`, {
      name: "新しい店",
      origins: "https://shop.example\nhttps://www.shop.example",
    });
    expect(ok.status).toBe(200);
    const sites = await jsonOf(
      await ctx.app.request("/v1/admin/sites", { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } }),
    );
    expect(sites.sites.find((s: { siteId: string }) => s.siteId === site.siteId)).toMatchObject({
      name: "新しい店",
      origins: ["https://shop.example", "https://www.shop.example"],
    });
    expect(ok.html).toContain(`data-site-key=&quot;${site.publicKey}&quot;`);
  });

  it("puts an e-mail on the negative list by hand, which a later order written another way meets, and takes it off", async () => {
    const site = await createTestSite(ctx);
    const browser = await signInOwner(ctx, ADMIN_TOKEN);
    await browser.get(`/console/sites/${site.siteId}/settings`);
    const added = await browser.post(`/console/sites/${site.siteId}/settings/lists`, {
      list: "deny",
      field: "email",
      value: "Fraud.Ring@Gmail.com",
    });
    expect(added.html).toContain("リストに追加しました");
    expect(added.html).toContain("F***@Gmail.com");
    expect(added.html).not.toContain("Fraud.Ring");
    const order = await jsonOf(
      await call("POST", site.secretKey, "/v1/orders", {
        orderId: "L-1",
        customer: { email: "fraudring+shop@gmail.com" },
      }),
    );
    expect(order.reasons.map((r: { code: string }) => r.code)).toContain("negative_list");
    const value = /name="value" value="([^"]+)"/.exec(added.html)?.[1] ?? "";
    const removed = await browser.post(`/console/sites/${site.siteId}/settings/lists/remove`, {
      list: "deny",
      kind: "email",
      value,
    });
    expect(removed.html).toContain("リストから削除しました");
    const later = await jsonOf(
      await call("POST", site.secretKey, "/v1/orders", { orderId: "L-2", customer: { email: "fraud.ring@gmail.com" } }),
    );
    expect(later.reasons.map((r: { code: string }) => r.code)).not.toContain("negative_list");
  });

  it("puts an address on the allow list in any spelling, and refuses a value scoring cannot key", async () => {
    const site = await createTestSite(ctx);
    const browser = await signInOwner(ctx, ADMIN_TOKEN);
    await browser.get(`/console/sites/${site.siteId}/settings`);
    const bad = await browser.post(`/console/sites/${site.siteId}/settings/lists`, {
      list: "deny",
      field: "phone",
      value: "not a phone",
    });
    expect(bad.status).toBe(400);
    await browser.post(`/console/sites/${site.siteId}/settings/lists`, {
      list: "allow",
      field: "address",
      value: "東京都千代田区霞が関1-3-1 霞ビル101",
    });
    const order = await jsonOf(
      await call("POST", site.secretKey, "/v1/orders", {
        orderId: "L-3",
        shipping: { name: "鈴木 一郎", address: "東京都千代田区霞が関一丁目３番１号 霞ビル１０１号室" },
      }),
    );
    expect(order.reasons.map((r: { code: string }) => r.code)).toContain("allow_list");
  });
});
