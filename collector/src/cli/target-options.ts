/** The options every command that speaks to a collector takes, with their environment defaults. */
export const targetOptions = (env: Record<string, string | undefined>) =>
  ({
    url: { type: "string", default: env.SHINSA_URL ?? "http://localhost:8787" },
    key: { type: "string", default: env.SHINSA_SECRET_KEY },
  }) as const;
