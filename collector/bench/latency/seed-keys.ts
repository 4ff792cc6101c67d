import { type Identifier, keyed } from "../../src/lib/identifier.js";
import {
  getCardKey,
  type NormalizedAddress,
  normalizeAddress,
  normalizeEmail,
  normalizePhone,
} from "../../src/normalize/index.js";
import { getDropKeys, getIdentifiers } from "../../src/scoring/identifiers.js";
import { getPersonKey, getReadingKeys, getSurnameKey, type OrderIdentity } from "../../src/scoring/identity.js";
import { riskyCategoriesOf } from "../../src/scoring/order-units.js";
import { DEFAULT_SETTINGS } from "../../src/scoring/settings.js";
import { canonicalAddress, type GeneratedOrder, type Home, postalOf } from "./population.js";

// The identifiers scoreOrder would store for a generated order, through the same normalisers,
// getIdentifiers and keyed HMAC. getOrderIdentity costs 1–2 ms an order here (city matching,
// furigana and holder checks that make no identifier), which would make a million orders take
// half an hour; so each home and each person is normalised once and cached.

export interface SeedKeys {
  identifiers: Identifier[];
  customerKey: string | null;
  personKey: string | null;
  surnameKey: string | null;
  riskyUnits: number;
  units: number;
}

const RISKY = new Set(DEFAULT_SETTINGS.riskyCategories.map((c) => c.toLowerCase()));
// Bounds the caches; past it they start again (returning people are mostly recent enough).
const CACHE_LIMIT = 300_000;

export function createSeedKeys(secret: string) {
  const homes = new Map<string, NormalizedAddress>();
  const people = new Map<number, Pick<OrderIdentity, "email" | "phones">>();
  const names = new Map<string, [string | null, string | null, string[]]>();

  const addressOf = (home: Home, suffix = "") => {
    const text = canonicalAddress(home) + suffix;
    let found = homes.get(text);
    if (!found) {
      if (homes.size >= CACHE_LIMIT) homes.clear();
      found = normalizeAddress({ address: text, postalCode: postalOf(home.place) });
      homes.set(text, found);
    }
    return found;
  };

  return (generated: GeneratedOrder): SeedKeys => {
    const { body, person, device } = generated;
    let contact = people.get(person.id);
    if (!contact) {
      if (people.size >= CACHE_LIMIT) people.clear();
      contact = { email: normalizeEmail(person.email), phones: [normalizePhone(person.phone)] };
      people.set(person.id, contact);
    }
    const name = body.billing?.name ?? "";
    const nameKana = body.billing?.nameKana;
    let nameKeys = names.get(`${name}\u0000${nameKana ?? ""}`);
    if (!nameKeys) {
      nameKeys = [getPersonKey(name, nameKana), getSurnameKey(name, nameKana), getReadingKeys(name, nameKana)];
      names.set(`${name}\u0000${nameKana ?? ""}`, nameKeys);
    }
    const billingAddress = addressOf(person.home);
    const shippingAddress = generated.shipTo
      ? addressOf(generated.shipTo.home, generated.shipTo.suffix)
      : billingAddress;
    const payment = body.payment;
    const card = getCardKey({
      bin: payment?.cardBin ?? null,
      last4: payment?.cardLast4 ?? null,
      holder: payment?.cardHolder ?? null,
    });
    // Only the fields getIdentifiers reads; the rest of an identity makes no identifier.
    const identity = {
      ...contact,
      nameReadings: nameKeys[2],
      card: { key: card.key, bin: card.bin, last4: card.last4 },
      billingAddress,
      shippingAddress,
    } as OrderIdentity;
    const customerId = body.customer?.id;
    let riskyUnits = 0;
    let units = 0;
    for (const item of body.items ?? []) {
      const quantity = item.quantity ?? 1;
      units += quantity;
      if (item.category && RISKY.has(item.category.toLowerCase())) riskyUnits += quantity;
    }
    return {
      identifiers: getIdentifiers(
        secret,
        {
          customerId,
          ip: body.ip ?? device?.ip,
          drops: getDropKeys(secret, riskyCategoriesOf(body.items ?? [], DEFAULT_SETTINGS.riskyCategories), identity),
        },
        identity,
        device,
      ),
      customerKey: customerId ? keyed(secret, "account", customerId) : null,
      personKey: nameKeys[0] ? keyed(secret, "person", nameKeys[0]) : null,
      surnameKey: nameKeys[1] ? keyed(secret, "surname", nameKeys[1]) : null,
      riskyUnits,
      units,
    };
  };
}
