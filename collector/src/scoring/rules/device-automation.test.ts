import { deviceAutomation } from "./device-automation.js";
import { checkRule, deviceRow, factsOf } from "./fixtures.js";

const plain = factsOf();

checkRule(deviceAutomation, [
  ["a webdriver browser", factsOf({}, { device: deviceRow({ automation: true }) }), "device_automation"],
  ["a crawler", factsOf({}, { device: deviceRow({ bot: true }) }), "device_automation"],
  ["an ordinary browser", factsOf({}, { device: deviceRow() }), null],
  ["an order without device", plain, null],
]);
