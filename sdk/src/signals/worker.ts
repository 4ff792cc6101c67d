import type { SignalValue } from "@shinsa/shared";
import type { Source } from "./source.js";

type WorkerFacts = SignalValue<"worker">;

// Runs in the worker, as text: what navigator, Intl and WebGL say where page script cannot reach.
// Its costly parts (starting ICU for Intl, a WebGL context) run on the worker's thread, not the
// page's. Written as plain ES2017 so it runs wherever a Worker does.
const PROBE = `var n=navigator,d=n.userAgentData,g=null,z=null;
try{var c=new OffscreenCanvas(1,1).getContext("webgl");if(c){var e=c.getExtension("WEBGL_debug_renderer_info");g=[c.getParameter(e?e.UNMASKED_VENDOR_WEBGL:c.VENDOR),c.getParameter(e?e.UNMASKED_RENDERER_WEBGL:c.RENDERER)]}}catch(x){}
try{z=Intl.DateTimeFormat().resolvedOptions().timeZone}catch(x){}
postMessage({userAgent:n.userAgent,platform:n.platform,languages:Array.from(n.languages||[]),concurrency:n.hardwareConcurrency||null,memory:n.deviceMemory||null,timezone:z||null,brands:d?d.brands.map(function(b){return b.brand+";"+b.version}):null,mobile:d?d.mobile:null,hintPlatform:d?d.platform:null,gpu:g})`;

interface Env {
  Worker?: typeof Worker;
  Blob: typeof Blob;
  URL: typeof URL;
}

export const worker = {
  later(env: Env = globalThis as unknown as Env): Promise<WorkerFacts> {
    const { Worker: W, Blob: B, URL: U } = env;
    if (!W) return Promise.resolve("unsupported");
    return new Promise((resolve) => {
      const url = U.createObjectURL(new B([PROBE], { type: "text/javascript" }));
      let w: Worker | undefined;
      const done = (value: WorkerFacts) => {
        w?.terminate();
        U.revokeObjectURL(url);
        resolve(value);
      };
      try {
        w = new W(url);
      } catch {
        // A CSP without `worker-src blob:` (or `script-src` covering it): nothing is known.
        return done("blocked");
      }
      w.onmessage = (e: MessageEvent<WorkerFacts>) => done(e.data);
      w.onerror = () => done("blocked");
    });
  },
} satisfies Source<WorkerFacts>;
