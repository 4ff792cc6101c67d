import { type DeviceFlags, type FlagReason, NO_FLAGS } from "@shinsa/shared";
import { judgeAcceptLanguage } from "./accept-language.js";
import { judgeAutomation } from "./automation.js";
import { judgeBot } from "./bot.js";
import { judgeCanvasNoise } from "./canvas-noise.js";
import { judgeClaimedOsFonts } from "./claimed-os-fonts.js";
import { judgeClientHintBrands } from "./client-hint-brands.js";
import { judgeClientHintHeaders } from "./client-hint-headers.js";
import { judgeDevtoolsAttached } from "./devtools-attached.js";
import { judgeIncognito, judgeTimezone, judgeVirtualMachine } from "./environment.js";
import type { DeviceFacts, FlagJudge } from "./judge.js";
import { judgeMobileStory } from "./mobile-story.js";
import { judgeNativeLies } from "./native-lies.js";
import { judgeNavigatorOverrides } from "./navigator-overrides.js";
import { judgeNonNativeFunctions } from "./non-native-functions.js";
import { judgeStoragePartition } from "./storage-partition.js";
import { judgeTampering } from "./tampering.js";
import { judgeWindowGeometry } from "./window-geometry.js";
import { judgeWorkerMismatch } from "./worker-mismatch.js";

// The judges that turn raw signals into flags. Adding one: a file in this folder and a line here
// (ARCHITECTURE.md, "How to add a device flag").
export const flagJudges: FlagJudge[] = [
  judgeBot,
  judgeAutomation,
  judgeStoragePartition,
  judgeDevtoolsAttached,
  judgeTampering,
  judgeNonNativeFunctions,
  judgeCanvasNoise,
  judgeNavigatorOverrides,
  judgeClientHintHeaders,
  judgeWorkerMismatch,
  judgeNativeLies,
  judgeClientHintBrands,
  judgeAcceptLanguage,
  judgeMobileStory,
  judgeWindowGeometry,
  judgeClaimedOsFonts,
  judgeIncognito,
  judgeVirtualMachine,
  judgeTimezone,
];

export function judgeDevice(facts: DeviceFacts): { flags: DeviceFlags; reasons: FlagReason[] } {
  const reasons = flagJudges.flatMap((judge) => {
    try {
      return judge(facts);
    } catch (err) {
      // A broken judge must not lose the token; it is recorded instead.
      return [{ flag: "judgeError", code: "judge_failed", message: String(err).slice(0, 200) }];
    }
  });
  const flags: DeviceFlags = { ...NO_FLAGS };
  for (const r of reasons) if (r.flag !== "judgeError") flags[r.flag] = true;
  // Automation counts as a bot for a merchant who only reads `bot`.
  if (flags.automation) flags.bot = true;
  return { flags, reasons };
}
