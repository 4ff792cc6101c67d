import { checkRule, factsOf, neighbour } from "./fixtures.js";
import { linkedToFraud } from "./linked-to-fraud.js";

checkRule(linkedToFraud, [
  [
    "a device of a confirmed fraud",
    factsOf({}, { neighbours: [neighbour({ label: "fraud", orderId: "A-0990" })] }),
    "device_linked_to_fraud",
  ],
  [
    "a card of a chargeback",
    factsOf({}, { neighbours: [neighbour({ kind: "card", label: "chargeback" })] }),
    "card_linked_to_fraud",
  ],
  ["a device of a legit order", factsOf({}, { neighbours: [neighbour({ label: "legit" })] }), null],
  [
    "a device fingerprint at the door of a fraud",
    factsOf(
      {},
      {
        neighbours: [neighbour({ kind: "device", label: "fraud" }), neighbour({ kind: "household", label: "fraud" })],
      },
    ),
    "device_linked_to_fraud",
  ],
  [
    "only the device fingerprint of a fraud (an identical phone)",
    factsOf({}, { neighbours: [neighbour({ kind: "device", label: "fraud" })] }),
    null,
  ],
  ["an IP of a fraud (weak)", factsOf({}, { neighbours: [neighbour({ kind: "ip", label: "fraud" })] }), null],
  [
    "the owner's next order, tied by the account and card to a stranger's takeover labelled fraud",
    factsOf(
      {},
      {
        neighbours: [
          neighbour({ kind: "account", label: "fraud", takeover: true }),
          neighbour({ kind: "card", label: "fraud", takeover: true }),
        ],
      },
    ),
    null,
  ],
  [
    "the owner buying a release, tied by the name as read in the home's city to a takeover of resale goods",
    factsOf(
      {},
      {
        riskyUnits: 1,
        neighbours: [neighbour({ kind: "nameArea", label: "fraud", takeover: true, riskyUnits: 2 })],
      },
    ),
    null,
  ],
  [
    "a release bought under a fraud's name as read in its city, that week",
    factsOf({}, { riskyUnits: 1, neighbours: [neighbour({ kind: "nameArea", label: "fraud", riskyUnits: 2 })] }),
    "name_area_linked_to_fraud",
  ],
  [
    "an order shipping to the drop of a takeover labelled fraud",
    factsOf({}, { neighbours: [neighbour({ kind: "shippingAddress", label: "fraud", takeover: true })] }),
    "shipping_address_linked_to_fraud",
  ],
]);
