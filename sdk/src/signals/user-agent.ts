import type { SignalValue } from "@shinsa/shared";
import type { Source } from "./source.js";

type UserAgent = SignalValue<"userAgent">;
type Hints = NonNullable<UserAgent["clientHints"]>;
interface UAData {
  brands: Hints["brands"];
  mobile: boolean;
  platform: string;
  getHighEntropyValues(hints: string[]): Promise<Partial<Hints>>;
}

const HIGH_ENTROPY = ["platformVersion", "architecture", "bitness", "model", "fullVersionList"];

// Asked for in `now` and read in `later`: the promise settles during the token's round trip.
let highEntropy: Promise<Partial<Hints>> | undefined;

function read(extra?: Partial<Hints>): UserAgent {
  const nav = navigator;
  const data = (nav as { userAgentData?: UAData }).userAgentData;
  return {
    userAgent: nav.userAgent,
    platform: nav.platform,
    vendor: nav.vendor,
    clientHints: data && {
      brands: data.brands.map(({ brand, version }) => ({ brand, version })),
      mobile: data.mobile,
      platform: data.platform,
      ...extra,
    },
  };
}

export const userAgent: Source<UserAgent> = {
  now() {
    const data = (navigator as { userAgentData?: UAData }).userAgentData;
    highEntropy = data?.getHighEntropyValues(HIGH_ENTROPY).catch(() => ({}));
    return read();
  },
  async later() {
    const values = await highEntropy;
    if (!values) return read();
    const { platformVersion, architecture, bitness, model, fullVersionList } = values;
    return read({ platformVersion, architecture, bitness, model, fullVersionList });
  },
};
