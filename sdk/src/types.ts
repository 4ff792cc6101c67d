// The SDK's public types. This file holds declarations only: the build copies it as the `.d.ts` of
// `dist/index.mjs`, so merchants who bundle get the same types the code is checked against.

export interface StartOptions {
  /** The site's public key, `pk_…`. */
  siteKey: string;
  /** Base URL of the collector, e.g. `https://shinsa.example.com`. */
  endpoint: string;
  /** Hidden input name in each `form[data-shinsa]`. Default `shinsa_token`. */
  fieldName?: string;
}

export interface Shinsa {
  /** The token of this page; resolves to the last good token or `""` when the collector is unreachable. */
  getToken(): Promise<string>;
  /** Sends the behaviour snapshot now (the SDK also does so at submit and when the page is hidden). */
  flush(): void;
}
