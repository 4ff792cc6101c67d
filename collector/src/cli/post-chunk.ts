import { CliError } from "./cli-error.js";

export interface Target {
  url: string;
  key: string;
  lang: "ja" | "en";
}

/** The orders a ring holds now, or none when it no longer exists (merged into another). */
export async function fetchRingOrders(target: Target, ringId: string): Promise<string[]> {
  const res = await fetch(new URL(`/v1/rings/${encodeURIComponent(ringId)}`, target.url), {
    headers: { authorization: `Bearer ${target.key}` },
  }).catch(() => undefined);
  if (!res?.ok) return [];
  const ring = (await res.json()) as { orders: Array<{ orderId: string }> };
  return ring.orders.map((o) => o.orderId);
}

/** One piece of the file to `POST /v1/orders/import`; the answer's text, or a CliError that says why not. */
export async function postChunk(target: Target, text: string): Promise<{ text: string; errors: number }> {
  const endpoint = new URL("/v1/orders/import", target.url);
  let res: Response;
  try {
    res = await fetch(endpoint, {
      method: "POST",
      // Pieces go as UTF-8 whatever the file was: the CLI puts the answer back in the file's encoding.
      headers: {
        authorization: `Bearer ${target.key}`,
        "content-type": "text/csv; charset=utf-8",
        "accept-language": target.lang,
      },
      body: text,
    });
  } catch (err) {
    const cause = (err as { cause?: { code?: string } }).cause?.code ?? String(err);
    throw new CliError(
      `cannot reach the collector at ${target.url} (${cause}); start it with \`pnpm start\` or pass --url`,
    );
  }
  const body = await res.text();
  if (!res.ok) {
    let detail = body.slice(0, 300);
    try {
      const { error } = JSON.parse(body) as { error: { code: string; message: string } };
      detail = `${error.code}: ${error.message}`;
    } catch {}
    throw new CliError(`the collector answered ${res.status} (${detail})`);
  }
  return { text: body, errors: Number(res.headers.get("shinsa-errors") ?? 0) };
}
