import { createServer } from "node:net";

/** A loopback port nothing listens on now: fixed ports collide with other runs on a shared machine. */
export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}
