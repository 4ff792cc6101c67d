import { audio } from "./audio.js";
import { automation } from "./automation.js";
import { canvas } from "./canvas.js";
import { fonts } from "./fonts.js";
import { graphics } from "./graphics.js";
import { hardware } from "./hardware.js";
import { inspector } from "./inspector.js";
import { integrity } from "./integrity.js";
import { locale } from "./locale.js";
import { math } from "./math.js";
import { media } from "./media.js";
import { network } from "./network.js";
import { partition } from "./partition.js";
import { screen } from "./screen.js";
import type { Registry } from "./source.js";
import { storage } from "./storage.js";
import { tampering } from "./tampering.js";
import { timezone } from "./timezone.js";
import { userAgent } from "./user-agent.js";
import { worker } from "./worker.js";

// Every signal the SDK collects. Key order is execution order, for `now` before the token and for
// `later` after it, so the later ones that matter most for identity (canvas, graphics, audio) come
// before the ones that only add to it, then Intl (locale) and the console's cost (inspector, five short tasks); the storage-partition check waits on a
// frame's navigation, so it goes last and holds no other signal back. The worker waits on a thread
// of its own, so the main thread is idle while it runs. `satisfies Registry` makes a
// signal that exists on only one side (here or in shared/src/signals.ts) fail tsc.
// Adding a signal: ARCHITECTURE.md, "How to add a signal".
export const sources = {
  userAgent,
  timezone,
  screen,
  hardware,
  automation,
  storage,
  math,
  media,
  network,
  canvas,
  tampering,
  integrity,
  worker,
  graphics,
  audio,
  fonts,
  locale,
  inspector,
  partition,
} satisfies Registry;
