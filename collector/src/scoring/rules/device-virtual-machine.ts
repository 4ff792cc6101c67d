import { hit, type Rule } from "./rule.js";

export const deviceVirtualMachine: Rule = {
  code: "device_virtual_machine",
  evaluate: ({ device }) =>
    device?.flags.virtualMachine
      ? hit(
          "device_virtual_machine",
          10,
          "仮想マシン上のブラウザからの注文です",
          "The browser runs in a virtual machine",
        )
      : null,
};
