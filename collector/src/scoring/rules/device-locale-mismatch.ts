import { type Signals, signalValue } from "@shinsa/shared";
import { JST_OFFSET_MINUTES } from "../../lib/japan-time.js";
import { hit, type Rule } from "./rule.js";

/** A buyer shipping within Japan whose browser is neither on Japan time nor speaking Japanese. */
export const deviceLocaleMismatch: Rule = {
  code: "device_locale_mismatch",
  evaluate: ({ device, identity }) => {
    if (!device || !identity.shippingAddress?.prefecture) return null;
    const signals = device.signals as Signals;
    const offset = signalValue(signals, "timezone")?.offset;
    const languages = signalValue(signals, "locale")?.languages ?? [];
    const offJst = offset !== undefined && offset !== JST_OFFSET_MINUTES;
    const noJapanese = languages.length > 0 && !languages.some((l) => l.toLowerCase().startsWith("ja"));
    if (!(offJst && noJapanese) && !device.flags.timezoneMismatch) return null;
    return hit(
      "device_locale_mismatch",
      15,
      "国内配送ですが、端末のタイムゾーンと言語が日本のものではありません",
      "Ships within Japan, but the device is on a foreign timezone and language",
    );
  },
};
