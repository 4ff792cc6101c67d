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

type Nav = Navigator & { userAgentData?: UAData };

function read(nav: Nav, extra?: Partial<Hints>): UserAgent {
  const data = nav.userAgentData;
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

export const userAgent = {
  now(nav: Nav = navigator): UserAgent {
    highEntropy = nav.userAgentData?.getHighEntropyValues(HIGH_ENTROPY).catch(() => ({}));
    return read(nav);
  },
  async later(nav: Nav = navigator): Promise<UserAgent> {
    const values = await highEntropy;
    if (!values) return read(nav);
    const { platformVersion, architecture, bitness, model, fullVersionList } = values;
    return read(nav, { platformVersion, architecture, bitness, model, fullVersionList });
  },
} satisfies Source<UserAgent>;
