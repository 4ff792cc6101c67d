import { pathToFileURL } from "node:url";
import { todayNormaliserPath } from "./today.js";

// node --import tsx bench/normalize/startup.ts today|ours
// Run in a fresh process per normaliser: the time from import to every city's and town's forms
// built (what the server does at start, warmAddressData) plus one address, and the RSS it added.

const which = process.argv[2] === "today" ? "today" : "ours";
const dir =
  which === "today"
    ? pathToFileURL(todayNormaliserPath()).href.replace(/index\.ts$/, "")
    : new URL("../../src/normalize/", import.meta.url).href;
const rssBefore = process.memoryUsage().rss;
const started = performance.now();
const cpuBefore = process.cpuUsage();
const index = await import(`${dir}index.ts`);
const area = await import(`${dir}address-area.ts`);
area.warmAddressData();
index.normalizeAddress("東京都千代田区霞が関1-3-1");
const ms = performance.now() - started;
// CPU time as well as wall time: on a shared machine the wall clock also counts others' work.
const cpu = process.cpuUsage(cpuBefore);
const cpuMs = (cpu.user + cpu.system) / 1000;
const rssMb = (process.memoryUsage().rss - rssBefore) / 2 ** 20;
console.log(JSON.stringify({ which, ms: Math.round(ms), cpuMs: Math.round(cpuMs), rssMb: Math.round(rssMb) }));
