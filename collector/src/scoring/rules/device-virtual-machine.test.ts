import { deviceVirtualMachine } from "./device-virtual-machine.js";
import { checkRule, deviceRow, factsOf } from "./fixtures.js";

checkRule(deviceVirtualMachine, [
  ["a VM", factsOf({}, { device: deviceRow({ virtualMachine: true }) }), "device_virtual_machine"],
  ["a PC", factsOf({}, { device: deviceRow() }), null],
]);
