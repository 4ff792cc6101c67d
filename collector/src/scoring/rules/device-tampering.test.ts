import { deviceTampering } from "./device-tampering.js";
import { checkRule, deviceRow, factsOf } from "./fixtures.js";

checkRule(deviceTampering, [
  ["a disguised browser", factsOf({}, { device: deviceRow({ tampering: true }) }), "device_tampering"],
  ["an ordinary browser", factsOf({}, { device: deviceRow() }), null],
]);
