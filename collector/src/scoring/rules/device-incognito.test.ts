import { deviceIncognito } from "./device-incognito.js";
import { checkRule, deviceRow, factsOf } from "./fixtures.js";

checkRule(deviceIncognito, [
  ["a private window", factsOf({}, { device: deviceRow({ incognito: true }) }), "device_incognito"],
  ["a normal window", factsOf({}, { device: deviceRow() }), null],
]);
