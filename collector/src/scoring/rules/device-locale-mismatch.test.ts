import { deviceLocaleMismatch } from "./device-locale-mismatch.js";
import { checkRule, deviceRow, factsOf } from "./fixtures.js";

checkRule(deviceLocaleMismatch, [
  [
    "a New York English browser shipping to Tokyo",
    factsOf(
      {},
      {
        device: deviceRow(
          {},
          { timezone: { name: "America/New_York", offset: 300 }, locale: { languages: ["en-US"] } },
        ),
      },
    ),
    "device_locale_mismatch",
  ],
  [
    "an English browser on Japan time",
    factsOf({}, { device: deviceRow({}, { locale: { languages: ["en-US"] } }) }),
    null,
  ],
  ["a Japanese browser on Japan time", factsOf({}, { device: deviceRow() }), null],
]);
