import type { Session } from "../accounts/sessions.js";
import type { Viewer } from "../accounts/viewer.js";
import type { Lang } from "../lib/lang.js";
import type { Catalogue, Formatter } from "./i18n/index.js";

/** What every console page finds on its context, set once by console-routes' middleware. */
export type ConsoleEnv = {
  Variables: {
    lang: Lang;
    t: Catalogue;
    fmt: Formatter;
    /** Null only on the public pages (sign-in, language, assets). */
    session: Session | null;
    viewer: Viewer;
    /** The token each form carries back (the session's, or the pre-session cookie's on sign-in). */
    csrf: string;
  };
};
