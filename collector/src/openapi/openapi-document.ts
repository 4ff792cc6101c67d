import { z } from "zod";
import { type Auth, errorSchema, operations } from "./operations.js";

const SECURITY: Record<Exclude<Auth, "none">, string> = {
  publicKey: "publicKey",
  secretKey: "secretKey",
  admin: "adminToken",
};

/** A shared schema as JSON Schema 2020-12 (what OpenAPI 3.1 uses), as a client must send it. */
function jsonSchema(schema: z.ZodType): Record<string, unknown> {
  const { $schema: _drop, ...rest } = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as Record<
    string,
    unknown
  >;
  return rest;
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

/** The OpenAPI 3.1 document of the API, built from the operations list and the shared schemas. */
export function openApiDocument(version: string) {
  const schemas: Record<string, unknown> = { [errorSchema.name]: jsonSchema(errorSchema.schema) };
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of operations) {
    const path = op.path.replace(/:([A-Za-z]+)/g, "{$1}");
    const parameters: unknown[] = [...op.path.matchAll(/:([A-Za-z]+)/g)].map((m) => ({
      name: m[1],
      in: "path",
      required: true,
      schema: { type: "string" },
    }));
    if (op.query) {
      const query = jsonSchema(op.query.schema) as { properties?: Record<string, unknown>; required?: string[] };
      for (const [name, schema] of Object.entries(query.properties ?? {})) {
        parameters.push({ name, in: "query", required: query.required?.includes(name) ?? false, schema });
      }
    }
    if (op.body) schemas[op.body.name] = jsonSchema(op.body.schema);
    if (op.answer.schema) schemas[op.answer.schema.name] = jsonSchema(op.answer.schema.schema);
    const errorAnswer = { description: "the error shape", content: { "application/json": { schema: ref("Error") } } };
    paths[path] ??= {};
    (paths[path] as Record<string, unknown>)[op.method] = {
      summary: op.summary,
      tags: [op.tag],
      ...(op.docs && { externalDocs: { url: op.docs } }),
      ...(op.auth !== "none" && { security: [{ [SECURITY[op.auth]]: [] }] }),
      ...(parameters.length > 0 && { parameters }),
      ...(op.body && {
        requestBody: {
          required: true,
          content: { [op.body.contentType ?? "application/json"]: { schema: ref(op.body.name) } },
        },
      }),
      responses: {
        [String(op.answer.status)]: {
          description: op.answer.description,
          ...(op.answer.status !== 204 && {
            content: {
              [op.answer.contentType ?? "application/json"]: op.answer.schema
                ? { schema: ref(op.answer.schema.name) }
                : {},
            },
          }),
        },
        "4XX": errorAnswer,
        "5XX": errorAnswer,
      },
    };
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Shinsa",
      version,
      description:
        "Fraud screening for e-commerce checkouts. Errors are {error: {code, message}}; bad input is a 4xx and changes nothing.",
      license: { name: "MIT", identifier: "MIT" },
    },
    servers: [{ url: "http://localhost:8787" }],
    tags: [
      { name: "signals", description: "the SDK and its tokens" },
      { name: "orders", description: "scoring" },
      { name: "operations", description: "after the order: the queue, labels, settings, erasure" },
      { name: "admin", description: "the operator: sites and keys" },
      { name: "health", description: "probes and metrics" },
    ],
    paths,
    components: {
      schemas,
      securitySchemes: {
        publicKey: {
          type: "apiKey",
          in: "query",
          name: "key",
          description: "the site's pk_… key, sent in the payload's `key` member",
        },
        secretKey: { type: "http", scheme: "bearer", description: "a site's sk_… key" },
        adminToken: { type: "http", scheme: "bearer", description: "SHINSA_ADMIN_TOKEN" },
      },
    },
  };
}
