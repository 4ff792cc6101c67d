import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

// The arrows between the collector's folders (ARCHITECTURE.md, "The house"), checked on every
// run: routes → orders → scoring, orders → db/queries; scoring and normalize do no I/O; device
// judges a device without scoring. A forbidden import fails the build, not a review.

const SRC = dirname(fileURLToPath(import.meta.url));

interface Import {
  file: string;
  /** Folder-relative target (`db/queries/neighbours.ts`) or a package name (`drizzle-orm`). */
  target: string;
  typeOnly: boolean;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "testing" ? [] : sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

const IMPORT = /^\s*(import|export)\s+(type\s+)?[^'"]*?from\s+["']([^"']+)["']/gm;

function importsOf(path: string): Import[] {
  const file = relative(SRC, path);
  return [...readFileSync(path, "utf8").matchAll(IMPORT)].map((m) => {
    const spec = m[3] ?? "";
    const target = spec.startsWith(".") ? relative(SRC, resolve(dirname(path), spec)).replace(/\.js$/, ".ts") : spec;
    return { file, target, typeOnly: Boolean(m[2]) };
  });
}

const imports = sourceFiles(SRC).flatMap(importsOf);
const from = (folder: string) => imports.filter((i) => i.file.startsWith(`${folder}/`));
const into = (targets: string[]) => (i: Import) => targets.some((t) => i.target === t || i.target.startsWith(`${t}/`));
const show = (list: Import[]) => list.map((i) => `${i.file} → ${i.target}`);

// What does I/O, or calls what does: the pure folders reach none of it.
const WITH_IO = [
  "db",
  "orders",
  "routes",
  "middleware",
  "device",
  "sites",
  "health",
  "csv",
  "cli",
  "demo",
  "accounts",
  "console",
  "webhooks",
  "server.ts",
  "app.ts",
];
const IO_PACKAGES = ["drizzle-orm", "postgres", "@electric-sql/pglite", "hono", "@hono/node-server"];
const IO_BUILTINS = /^node:(fs|net|http|https|child_process|dgram|dns|worker_threads)/;

describe("the collector's folders", () => {
  it("finds the imports it checks", () => {
    expect(from("scoring").length).toBeGreaterThan(20);
    expect(from("orders").some(into(["db/queries"]))).toBe(true);
  });

  it.each(["scoring", "normalize"])("keeps %s pure: no database, no HTTP, no files, no network", (folder) => {
    const bad = from(folder).filter(
      (i) => into(WITH_IO)(i) || IO_PACKAGES.includes(i.target) || IO_BUILTINS.test(i.target),
    );
    expect(show(bad)).toEqual([]);
  });

  it("gives scoring no clock and no randomness: time and ids come in", () => {
    const bad = sourceFiles(join(SRC, "scoring")).filter((path) =>
      /Date\.now\(|new Date\(\)|Math\.random\(|randomBytes\(|performance\.now\(/.test(readFileSync(path, "utf8")),
    );
    expect(bad.map((p) => relative(SRC, p))).toEqual([]);
  });

  it("lets device judge a device without scoring or the order use cases", () => {
    expect(show(from("device").filter(into(["scoring", "orders"])))).toEqual([]);
  });

  it("keeps routes thin: they call use cases, never the database", () => {
    expect(show(from("routes").filter((i) => into(["db"])(i) || i.target === "drizzle-orm"))).toEqual([]);
  });

  it("keeps console pages as thin as routes: the same use cases, no database, not even its types", () => {
    expect(show(from("console").filter((i) => into(["db", "scoring"])(i) || i.target === "drizzle-orm"))).toEqual([]);
  });

  it("keeps SQL in db/: the use cases call queries and never build statements", () => {
    const bad = [
      "orders",
      "scoring",
      "sites",
      "device",
      "health",
      "routes",
      "middleware",
      "demo",
      "csv",
      "cli",
      "accounts",
      "console",
      "webhooks",
    ].flatMap(from);
    expect(show(bad.filter((i) => i.target === "drizzle-orm" || i.target === "db/schema.ts"))).toEqual([]);
  });

  it("lets queries use scoring's types but never call scoring or a use case", () => {
    const bad = from("db").filter(
      (i) =>
        into(["orders", "routes", "sites", "device", "health", "accounts", "console", "webhooks"])(i) ||
        (into(["scoring"])(i) && !i.typeOnly),
    );
    expect(show(bad)).toEqual([]);
  });
});
