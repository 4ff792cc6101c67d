import type { SignalValue } from "@shinsa/shared";
import { getIntlOptions } from "./intl.js";
import type { Source } from "./source.js";

type Locale = SignalValue<"locale">;

const read = (): Locale => ({ languages: [...(navigator.languages ?? [])], language: navigator.language });

export const locale: Source<Locale> = {
  now: read,
  later() {
    const { locale, calendar, numberingSystem } = getIntlOptions();
    return { ...read(), intlLocale: locale, calendar, numberingSystem };
  },
};
