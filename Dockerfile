# The collector as an image: Node 20, the locked dependencies, the SDK bundle built, running from
# its TypeScript source as `pnpm start` does. Data (PGlite and the HMAC key file) under /data;
# with DATABASE_URL set, /data holds only the key file (or set SHINSA_SECRET).
FROM node:20-bookworm-slim

WORKDIR /app
# pnpm at the version package.json pins (packageManager); corepack cannot verify it offline.
RUN npm install -g pnpm@12.4.2 && mkdir /data && chown node:node /data

# Manifests first, so a change of source does not reinstall the dependencies.
COPY package.json pnpm-lock.yaml pnpm-workspace.yaml tsconfig.base.json ./
COPY shared/package.json shared/
COPY sdk/package.json sdk/
COPY collector/package.json collector/
COPY e2e/package.json e2e/
COPY client/package.json client/
# The browsers of the test tools are not needed to serve.
ENV PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 PUPPETEER_SKIP_DOWNLOAD=1
RUN pnpm install --frozen-lockfile --filter @shinsa/collector... --filter @shinsa/sdk...

COPY shared shared
COPY sdk sdk
COPY collector collector
RUN pnpm --filter @shinsa/sdk build

ENV NODE_ENV=production HOST=0.0.0.0 PORT=8787 SHINSA_DATA_DIR=/data
VOLUME /data
EXPOSE 8787
USER node
WORKDIR /app/collector
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s \
  CMD node -e "fetch('http://127.0.0.1:8787/readyz').then(r => process.exit(r.ok ? 0 : 1), () => process.exit(1))"
CMD ["node", "--import", "tsx", "src/server.ts"]
