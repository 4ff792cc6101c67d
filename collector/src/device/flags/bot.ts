import { isbot } from "isbot";
import type { FlagJudge } from "./judge.js";

/** Crawlers and HTTP libraries announce themselves in the User-Agent header. */
export const judgeBot: FlagJudge = ({ headers }) =>
  isbot(headers["user-agent"] ?? "")
    ? [
        {
          flag: "bot",
          code: "bot_user_agent",
          message: "the User-Agent header names a bot or HTTP library",
          ja: "User-Agent ヘッダーがボットまたは HTTP ライブラリを名乗っています",
        },
      ]
    : [];
