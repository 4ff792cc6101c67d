import type { SignalValue } from "@shinsa/shared";
import { hash } from "../hash.js";
import type { Source } from "./source.js";

/**
 * Renders a compressed triangle wave offline: the floating-point path of the audio stack (engine,
 * CPU, OS) leaves its mark in the last digits of the samples. Nothing is played or recorded.
 */
export const audio = {
  async later(
    w: typeof window & { webkitOfflineAudioContext?: typeof OfflineAudioContext } = window,
  ): Promise<SignalValue<"audio">> {
    const Offline = w.OfflineAudioContext ?? w.webkitOfflineAudioContext;
    if (!Offline) return "unsupported";
    const ctx = new Offline(1, 5000, 44100);
    const oscillator = ctx.createOscillator();
    oscillator.type = "triangle";
    oscillator.frequency.value = 10000;
    const compressor = ctx.createDynamicsCompressor();
    compressor.threshold.value = -50;
    compressor.knee.value = 40;
    compressor.ratio.value = 12;
    compressor.attack.value = 0;
    compressor.release.value = 0.25;
    oscillator.connect(compressor);
    compressor.connect(ctx.destination);
    oscillator.start(0);
    const buffer = await ctx.startRendering();
    return hash(Array.from(buffer.getChannelData(0).subarray(4500)).join());
  },
} satisfies Source<SignalValue<"audio">>;
