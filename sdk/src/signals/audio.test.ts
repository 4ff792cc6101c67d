import { afterEach, describe, expect, it, vi } from "vitest";
import { collectLater } from "../collect.js";
import { hash } from "../hash.js";
import { standIn } from "../testing/stand-in.js";
import { audio } from "./audio.js";

const node = () => ({
  connect: vi.fn(),
  start: vi.fn(),
  frequency: {},
  threshold: {},
  knee: {},
  ratio: {},
  attack: {},
  release: {},
});

/** An OfflineAudioContext whose rendering answers `rendered` (one channel of samples). */
const offlineContext = (rendered: Promise<Float32Array>) =>
  vi.fn(
    class {
      destination = {};
      createOscillator = node;
      createDynamicsCompressor = node;
      startRendering = () => rendered.then((samples) => ({ getChannelData: () => samples }));
    },
  );
const samples = (change?: number) => {
  const s = new Float32Array(5000).map((_, i) => Math.sin(i / 7));
  if (change !== undefined) s[change] = (s[change] ?? 0) + 0.5;
  return s;
};

describe("audio", () => {
  afterEach(() => vi.useRealTimers());

  it("reports 'unsupported' when the browser has no OfflineAudioContext", async () => {
    expect(await audio.later(standIn({}))).toBe("unsupported");
  });

  it("renders one channel of 5000 frames at 44.1 kHz and hashes its last 500 samples", async () => {
    const Offline = offlineContext(Promise.resolve(samples()));
    expect(await audio.later(standIn({ OfflineAudioContext: Offline }))).toBe(
      hash(Array.from(samples().subarray(4500)).join()),
    );
    expect(Offline).toHaveBeenCalledWith(1, 5000, 44100);
  });

  it("changes with a sample's last digits in the tail, not before it", async () => {
    const of = async (s: Float32Array) =>
      audio.later(standIn({ OfflineAudioContext: offlineContext(Promise.resolve(s)) }));
    const base = await of(samples());
    expect(await of(samples(4499))).toBe(base);
    expect(await of(samples(4500))).not.toBe(base);
  });

  it("uses Safari's webkitOfflineAudioContext where the unprefixed one is missing", async () => {
    const w = standIn({ webkitOfflineAudioContext: offlineContext(Promise.resolve(samples())) });
    expect(await audio.later(w)).toMatch(/^[0-9a-f]{16}$/);
  });

  it("records {error} when the context cannot be made, and the other signals still arrive", async () => {
    const Offline = vi.fn(
      class {
        constructor() {
          throw new DOMException("too many contexts", "NotSupportedError");
        }
      },
    );
    const into: Record<string, unknown> = {};
    await collectLater(into, {
      audio: { later: () => audio.later(standIn({ OfflineAudioContext: Offline })) },
      fonts: { later: () => ["Meiryo"] },
    });
    expect(into).toEqual({ audio: { error: "NotSupportedError: too many contexts" }, fonts: ["Meiryo"] });
  });

  it("records {error: 'timeout'} when rendering never ends (Safari suspends it in background tabs)", async () => {
    vi.useFakeTimers();
    const w = standIn({ OfflineAudioContext: offlineContext(new Promise(() => {})) });
    const into: Record<string, unknown> = {};
    const done = collectLater(into, { audio: { later: () => audio.later(w) }, fonts: { later: () => ["Meiryo"] } });
    await vi.runAllTimersAsync();
    await done;
    expect(into).toEqual({ audio: { error: "timeout" }, fonts: ["Meiryo"] });
  });
});
