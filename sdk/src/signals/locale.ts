import type { SignalValue } from "@shinsa/shared";
import { getIntlOptions } from "./intl.js";
import type { Source } from "./source.js";

type Locale = SignalValue<"locale">;

const read = (nav: Navigator = navigator): Locale => ({
  languages: [...(nav.languages ?? [])],
  language: nav.language,
});

export const locale = {
  now: read,
  // Intl's first call starts ICU: a 30–160 ms task in a fresh renderer, over the 50 ms budget. Where
  // Temporal exists (Chrome 144+, Firefox 139+) the zone name comes without it, so Intl is skipped
  // and the locale is what navigator says; older browsers pay it once, late, for the zone name.
  later(nav: Navigator = navigator): Locale {
    if ((globalThis as { Temporal?: unknown }).Temporal) return read(nav);
    const { locale, calendar, numberingSystem } = getIntlOptions();
    return { ...read(nav), intlLocale: locale, calendar, numberingSystem };
  },
} satisfies Source<Locale>;
