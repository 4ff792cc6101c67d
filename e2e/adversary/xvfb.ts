import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";

// A virtual display, so that every browser of the adversary run is headed, as a fraudster's
// desktop browser is (and as the honest controls must be: a person's Chromium is never headless).

export interface Display {
  display: string;
  stop(): void;
}

export async function startXvfb(): Promise<Display> {
  for (let n = 90 + Math.floor(Math.random() * 400); ; n++) {
    if (existsSync(`/tmp/.X11-unix/X${n}`) || existsSync(`/tmp/.X${n}-lock`)) continue;
    const child: ChildProcess = spawn("Xvfb", [`:${n}`, "-screen", "0", "1920x1080x24", "-nolisten", "tcp"], {
      stdio: "ignore",
    });
    const stop = () => {
      if (child.exitCode === null) child.kill("SIGTERM");
    };
    process.once("exit", stop);
    for (let i = 0; i < 50; i++) {
      if (existsSync(`/tmp/.X11-unix/X${n}`)) return { display: `:${n}`, stop };
      if (child.exitCode !== null) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    stop();
    throw new Error("Xvfb did not start (apt-get install -y xvfb)");
  }
}
