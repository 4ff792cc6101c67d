import AxeBuilder from "@axe-core/playwright";
import { type Browser, type BrowserContext, expect, type Page, test } from "@playwright/test";
import iconv from "iconv-lite";
import { ADMIN_TOKEN } from "../playwright.config.js";
import { COLLECTOR, createSite } from "./support.js";

// The review console, story by story, in Debian's Chromium against the real collector with its
// seeded demo month. Every page is checked the same way as it is visited: no request to another
// host, no console error or warning, no serious accessibility violation (axe-core), and a
// screenshot saved to e2e/screenshots/.

const SHOTS = "screenshots";
const collectorHost = new URL(COLLECTOR).host;

interface Watched {
  page: Page;
  context: BrowserContext;
  problems: string[];
}

async function openWatched(
  browser: Browser,
  options: { locale?: string; viewport?: { width: number; height: number } } = {},
): Promise<Watched> {
  const context = await browser.newContext({
    locale: options.locale ?? "ja-JP",
    viewport: options.viewport ?? { width: 1280, height: 900 },
  });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error" || m.type() === "warning") problems.push(`console ${m.type()}: ${m.text()}`);
  });
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  page.on("request", (r) => {
    const url = new URL(r.url());
    if (url.protocol.startsWith("http") && url.host !== collectorHost)
      problems.push(`request to another host: ${r.url()}`);
  });
  return { page, context, problems };
}

/** The checks every console page gets, then its screenshot. */
async function checkPage(w: Watched, name: string) {
  await w.page.waitForLoadState("networkidle");
  const axe = await new AxeBuilder({ page: w.page }).withTags(["wcag2a", "wcag2aa"]).analyze();
  const serious = axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(
    serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
    name,
  ).toEqual([]);
  expect(w.problems, name).toEqual([]);
  await w.page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

async function signInAsOwner(w: Watched) {
  await w.page.goto(`${COLLECTOR}/console`);
  await expect(w.page).toHaveURL(/\/console\/sign-in/);
  await checkPage(w, "sign-in");
  await w.page.getByLabel("管理者トークン", { exact: true }).fill(ADMIN_TOKEN);
  await w.page.getByRole("button", { name: "ログイン" }).nth(1).click();
  await expect(w.page).toHaveURL(/\/console\/sites\/site_/);
}

async function demoSiteId(): Promise<string> {
  const res = await fetch(`${COLLECTOR}/v1/admin/sites`, { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } });
  const { sites } = (await res.json()) as { sites: { siteId: string; name: string }[] };
  const demo = sites.find((s) => s.name === "Shinsa demo shop");
  if (!demo) throw new Error("no demo site");
  return demo.siteId;
}

const api = (secretKey: string, path: string, init: RequestInit = {}) =>
  fetch(`${COLLECTOR}${path}`, { ...init, headers: { authorization: `Bearer ${secretKey}`, ...(init.headers ?? {}) } });

test("the owner signs in, works the seeded queue by keyboard alone, decides an order and signs out", async ({
  browser,
}) => {
  const w = await openWatched(browser);
  await signInAsOwner(w);
  await expect(w.page.getByRole("heading", { name: /審査キュー/ })).toBeVisible();
  const rows = w.page.locator("tr[data-href]");
  expect(await rows.count()).toBeGreaterThan(3);
  await checkPage(w, "queue");
  // j moves to the first order, Enter opens it, a accepts it: no mouse.
  await w.page.keyboard.press("j");
  await w.page.keyboard.press("Enter");
  await expect(w.page).toHaveURL(/\/orders\//);
  const orderId = decodeURIComponent(w.page.url().split("/orders/")[1] ?? "");
  await checkPage(w, "order");
  await w.page.keyboard.press("a");
  await expect(w.page.getByRole("status")).toContainText("保存しました");
  await expect(w.page.getByText(/owner が「正常」と判断しました/)).toBeVisible();
  // Decided: it left the open queue.
  await w.page.goto(`${COLLECTOR}/console/sites/${await demoSiteId()}?view=open`);
  await expect(w.page.locator(`tr[data-href$="/orders/${encodeURIComponent(orderId)}"]`)).toHaveCount(0);
  await w.page.getByRole("button", { name: /ログアウト/ }).click();
  await expect(w.page).toHaveURL(/sign-in\?signedOut=1/);
  await w.page.goto(`${COLLECTOR}/console/sites/${await demoSiteId()}`);
  await expect(w.page).toHaveURL(/\/console\/sign-in/);
  await w.context.close();
});

test("an analyst given one site cannot open another site's order, and learns nothing of it", async ({ browser }) => {
  const other = await createSite(["https://other.example"]);
  await api(other.secretKey, "/v1/orders", {
    method: "POST",
    body: JSON.stringify({ orderId: "OTHER-1", billing: { name: "別店 太郎" } }),
  });
  const owner = await openWatched(browser);
  await signInAsOwner(owner);
  await owner.page.goto(`${COLLECTOR}/console/users`);
  await owner.page.getByLabel("名前", { exact: true }).fill("審査 花子");
  await owner.page.getByLabel("メールアドレス").fill("hanako@shop.example");
  await owner.page.getByLabel("初期パスワード(12文字以上)").fill("a passphrase of words");
  await owner.page.getByRole("checkbox", { name: /Shinsa demo shop/ }).check();
  await owner.page.getByRole("button", { name: "ユーザーを作成" }).click();
  await expect(owner.page.getByRole("status")).toContainText("作成しました");
  await checkPage(owner, "users");
  await owner.context.close();

  const analyst = await openWatched(browser);
  await analyst.page.goto(`${COLLECTOR}/console/sign-in`);
  await analyst.page.getByLabel("メールアドレス").fill("hanako@shop.example");
  await analyst.page.getByLabel("パスワード").fill("a passphrase of words");
  await analyst.page.getByRole("button", { name: "ログイン" }).first().click();
  await expect(analyst.page).toHaveURL(new RegExp(`/console/sites/${await demoSiteId()}`));
  for (const path of [
    `/console/sites/${other.siteId}/orders/OTHER-1`,
    `/console/sites/${other.siteId}`,
    "/console/users",
  ]) {
    const res = await analyst.page.goto(`${COLLECTOR}${path}`);
    expect(res?.status(), path).toBe(404);
    const text = await analyst.page.content();
    expect(text).not.toContain("OTHER-1");
    expect(text).not.toContain("別店");
  }
  await analyst.context.close();
});

test("finds the README's chargeback order by its address written another way", async ({ browser }) => {
  const w = await openWatched(browser);
  await signInAsOwner(w);
  await w.page.goto(`${COLLECTOR}/console/sites/${await demoSiteId()}?view=all`);
  await w.page.keyboard.press("/");
  // Stored as "千葉県市川市塩浜2-13-1 ABC-12345": kanji numerals, 丁目/番/号 and full-width digits here.
  await w.page.keyboard.type("千葉県市川市塩浜二丁目１３番１号　ＡＢＣ－１２３４５");
  await w.page.keyboard.press("Enter");
  await expect(w.page.locator('tr[data-href$="/orders/A-0990"]')).toHaveCount(1);
  await w.context.close();
});

test("rejecting a ring order as resale raises its linked orders' scores, and the ring is drawn", async ({
  browser,
}) => {
  const site = await createSite(["https://ring.example"]);
  for (const [i, name] of ["佐藤 一郎", "鈴木 二郎", "高橋 三郎"].entries()) {
    await api(site.secretKey, "/v1/orders", {
      method: "POST",
      body: JSON.stringify({
        orderId: `RING-${i}`,
        customer: { id: `RC-${i}` },
        billing: { name, phone: "080-5555-0101", postalCode: "135-0043", address: "東京都江東区塩浜2丁目13番1号" },
        items: [{ category: "game_console", quantity: 2 }],
      }),
    });
  }
  await new Promise((r) => setTimeout(r, 1000)); // the first orders' re-scoring runs after the answers
  const before = (await (await api(site.secretKey, "/v1/orders/RING-1")).json()) as { score: number };
  const w = await openWatched(browser);
  await signInAsOwner(w);
  await w.page.goto(`${COLLECTOR}/console/sites/${site.siteId}/orders/RING-0`);
  await w.page.getByLabel("メモ(任意)").fill("同じ住所と電話で3アカウント");
  await w.page.getByRole("button", { name: /転売として拒否/ }).click();
  await expect(w.page.getByRole("status")).toContainText("保存しました");
  await expect
    .poll(async () => ((await (await api(site.secretKey, "/v1/orders/RING-1")).json()) as { score: number }).score, {
      timeout: 10_000,
    })
    .toBeGreaterThan(before.score);
  await w.page.reload();
  await expect(w.page.getByText("同じ住所と電話で3アカウント")).toBeVisible();
  await w.page.getByRole("link", { name: /^ring_/ }).click();
  await expect(w.page.getByTestId("ring-graph")).toBeVisible();
  await expect(w.page.locator('[data-node="order"]')).toHaveCount(3);
  await checkPage(w, "ring");
  await w.context.close();
});

test("a threshold change shows its preview before it is saved", async ({ browser }) => {
  const w = await openWatched(browser);
  await signInAsOwner(w);
  await w.page.goto(`${COLLECTOR}/console/sites/${await demoSiteId()}/settings`);
  await checkPage(w, "settings");
  await w.page.getByLabel("要審査にするスコア").fill("70");
  await w.page.getByRole("button", { name: "プレビュー" }).click();
  await expect(w.page.getByTestId("preview")).toContainText(/件の判定が変わります/);
  await expect(w.page.getByLabel("要審査にするスコア")).toHaveValue("70");
  await checkPage(w, "settings-preview");
  await w.context.close();
});

test("a key rotated in the console: the new one works, the revoked one is refused", async ({ browser }) => {
  const site = await createSite(["https://keys.example"]);
  const w = await openWatched(browser);
  await signInAsOwner(w);
  await w.page.goto(`${COLLECTOR}/console/sites/${site.siteId}/settings`);
  await w.page.getByRole("button", { name: "新しいキーを作成" }).click();
  const newKey = (await w.page.getByTestId("new-key").textContent()) ?? "";
  expect(newKey).toMatch(/^sk_/);
  expect((await api(newKey, "/v1/settings")).status).toBe(200);
  const oldRow = w.page.locator("tr", { hasText: site.secretKey.slice(-4) });
  await oldRow.getByRole("button", { name: "失効させる" }).click();
  await expect(w.page.getByRole("status")).toContainText("失効させました");
  expect((await api(site.secretKey, "/v1/settings")).status).toBe(401);
  expect((await api(newKey, "/v1/settings")).status).toBe(200);
  await w.context.close();
});

test("a Shift_JIS EC-CUBE export is uploaded, scored and downloaded", async ({ browser }) => {
  const header =
    "注文ID,注文番号,会員ID,お名前(姓),お名前(名),お名前(セイ),お名前(メイ),郵便番号,都道府県(名称),住所1,住所2,メールアドレス,TEL,支払方法(名称),受注日,商品名,商品コード,価格,個数,明細区分(ID)";
  const row = (id: string, surname: string) =>
    `${id},${id},,${surname},太郎,ヤマダ,タロウ,2720127,千葉県,市川市塩浜,2-13-1,${id}@example.jp,08012345678,代金引換,2026-11-24 10:00:00,PS5,PS5,66980,3,1`;
  const csv = `${header}\n${row("9001", "山田")}\n${row("9002", "山本")}\n`;
  const w = await openWatched(browser);
  await signInAsOwner(w);
  await w.page.goto(`${COLLECTOR}/console/sites/${await demoSiteId()}/csv`);
  await w.page
    .getByLabel("CSVファイル")
    .setInputFiles({ name: "受注.csv", mimeType: "text/csv", buffer: iconv.encode(csv, "cp932") });
  await w.page.getByRole("button", { name: "取り込む" }).click();
  // The job page reloads itself (Refresh: 1) until the file is scored.
  await expect(w.page.getByTestId("csv-result")).toContainText("9002", { timeout: 20_000 });
  await checkPage(w, "csv");
  const download = w.page.waitForEvent("download");
  await w.page.getByRole("link", { name: "結果をCSVでダウンロード" }).click();
  const file = await (await download).createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of file) chunks.push(chunk as Buffer);
  const text = iconv.decode(Buffer.concat(chunks), "cp932");
  expect(text.split("\n")[0]).toContain("スコア,判定,理由,リングID,エラー");
  expect(text).toContain("9002");
  await w.context.close();
});

test("the console speaks English by the switch, and the dashboard reads at a glance", async ({ browser }) => {
  const w = await openWatched(browser);
  await signInAsOwner(w);
  await w.page.getByRole("button", { name: "English" }).click();
  await expect(w.page.getByRole("heading", { name: /Review queue/ })).toBeVisible();
  await w.page.getByRole("link", { name: "Dashboard" }).click();
  await expect(w.page.getByRole("heading", { name: /Dashboard/ })).toBeVisible();
  await checkPage(w, "dashboard-en");
  await w.page.getByRole("button", { name: "日本語" }).click();
  await expect(w.page.getByRole("heading", { name: /ダッシュボード/ })).toBeVisible();
  await w.context.close();
});

test("every form refuses a missing or wrong CSRF token", async ({ browser }) => {
  const w = await openWatched(browser);
  await signInAsOwner(w);
  const siteId = await demoSiteId();
  const forms = [
    `/console/sites/${siteId}/orders/A-0990/decision`,
    `/console/sites/${siteId}/settings/scoring`,
    `/console/sites/${siteId}/settings/keys`,
    `/console/sites/${siteId}/settings/site`,
    "/console/users",
    "/console/language",
    "/console/sign-out",
  ];
  for (const path of forms) {
    for (const token of [undefined, "wrong-token"]) {
      const res = await w.page.request.post(`${COLLECTOR}${path}`, {
        form: { label: "fraud", ...(token && { _csrf: token }) },
        maxRedirects: 0,
      });
      expect(res.status(), `${path} with ${token ?? "no token"}`).toBe(403);
    }
  }
  const order = (await (await fetch(`${COLLECTOR}/console/sites/${siteId}/orders/A-0990`)).text()).length;
  expect(order).toBeGreaterThan(0);
  await w.context.close();
});

test("fits a 390 px phone without sideways scrolling", async ({ browser }) => {
  const w = await openWatched(browser, { viewport: { width: 390, height: 844 } });
  await signInAsOwner(w);
  const siteId = await demoSiteId();
  for (const [name, path] of [
    ["queue-phone", `/console/sites/${siteId}`],
    ["order-phone", `/console/sites/${siteId}/orders/A-0990`],
    ["dashboard-phone", `/console/sites/${siteId}/dashboard`],
  ] as const) {
    await w.page.goto(`${COLLECTOR}${path}`);
    const overflow = await w.page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, name).toBeLessThanOrEqual(0);
    await checkPage(w, name);
  }
  await w.context.close();
});

test("the seeded month's biggest ring, one of its orders and the queue, as the README shows them", async ({
  browser,
}) => {
  const siteId = await demoSiteId();
  const w = await openWatched(browser, { viewport: { width: 1200, height: 800 } });
  await signInAsOwner(w);
  // The demo's secret key is printed once; the console finds the ring the way an analyst would.
  await w.page.goto(`${COLLECTOR}/console/sites/${siteId}?view=all&decision=reject`);
  const ringLinks = new Map<string, number>();
  for (const href of await w.page
    .locator("tr[data-href]")
    .evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.href ?? ""))) {
    const order = await w.page.request.get(`${COLLECTOR}${href}`);
    const ring = /\/rings\/(ring_[A-Za-z0-9_-]+)/.exec(await order.text())?.[1];
    if (ring) ringLinks.set(ring, (ringLinks.get(ring) ?? 0) + 1);
  }
  const [biggest] = [...ringLinks.entries()].sort((a, b) => b[1] - a[1]);
  expect(biggest, "the demo month has a ring among its rejected orders").toBeDefined();
  await w.page.goto(`${COLLECTOR}/console/sites/${siteId}/rings/${biggest?.[0]}`);
  await expect(w.page.getByTestId("ring-graph")).toBeVisible();
  await checkPage(w, "readme-ring");
  await w.page.locator('[data-node="order"]').first().click();
  await expect(w.page).toHaveURL(/\/orders\//);
  await checkPage(w, "readme-order");
  await w.page.goto(`${COLLECTOR}/console/sites/${siteId}`);
  await checkPage(w, "readme-queue");
  await w.context.close();
});
