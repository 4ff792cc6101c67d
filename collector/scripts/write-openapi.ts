import { writeFileSync } from "node:fs";
import { openApiDocument } from "../src/openapi/openapi-document.js";
import { apiVersion } from "../src/routes/openapi.js";

// pnpm --filter @shinsa/collector openapi: writes docs/openapi.json, the contract kept in the
// repository (openapi.test.ts fails while it differs from what the code builds).
const target = new URL("../../docs/openapi.json", import.meta.url);
writeFileSync(target, `${JSON.stringify(openApiDocument(apiVersion), null, 2)}\n`);
console.log(`wrote ${target.pathname}`);
