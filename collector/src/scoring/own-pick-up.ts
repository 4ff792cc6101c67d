import { isHoldForPickup, isPickUpPoint } from "../normalize/index.js";
import type { OrderIdentity } from "./identity.js";

/**
 * The buyer collects the parcel in their own name: a post-office or depot hold, a convenience
 * store, a locker. Not a parcel sent elsewhere: how people out all day receive at home.
 */
export function collectsInOwnName(identity: OrderIdentity): boolean {
  const hints = identity.shippingAddress?.forwarderHints ?? [];
  const ownName = identity.personKey !== null && identity.shippingPersonKey === identity.personKey;
  return ownName && hints.length > 0 && hints.every((h) => isHoldForPickup(h) || isPickUpPoint(h));
}
