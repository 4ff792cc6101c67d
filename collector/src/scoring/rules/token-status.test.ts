import { checkRule, factsOf } from "./fixtures.js";
import { tokenStatus } from "./token-status.js";

const plain = factsOf();

checkRule(tokenStatus, [
  ["an unknown token", factsOf({}, { token: { status: "unknown", reusedBy: null } }), "token_unknown"],
  ["an expired token", factsOf({}, { token: { status: "expired", reusedBy: null } }), "token_expired"],
  ["a token used before", factsOf({}, { token: { status: "reused", reusedBy: "A-9" } }), "token_reused"],
  ["a fresh token", factsOf({}, { token: { status: "valid", reusedBy: null } }), null],
  ["a phone order without token", plain, null],
]);
