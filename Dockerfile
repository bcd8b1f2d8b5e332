# Front Door container: build everything in one stage, run compiled JavaScript with plain node in another.
# Runs as the unprivileged "node" user on a read-only root filesystem; the SQLite database lives on
# the /data volume. See docs/operations.md.

FROM node:20-bookworm-slim AS build
WORKDIR /app
# better-sqlite3 compiles from source when no prebuilt binary matches the platform.
RUN apt-get update \
  && apt-get install -y --no-install-recommends python3 make g++ \
  && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build && npm prune --omit=dev

FROM node:20-bookworm-slim
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000 \
    DATABASE_PATH=/data/front-door.sqlite
WORKDIR /app
# Only what the server reads at runtime: compiled code, production packages, data files.
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/flows ./flows
COPY --from=build /app/locales ./locales
COPY --from=build /app/config ./config
COPY --from=build /app/server/db/migrations ./server/db/migrations
COPY --from=build /app/server/db/postgres/migrations ./server/db/postgres/migrations
COPY --from=build /app/server/resources/catalogue.json ./server/resources/catalogue.json
COPY --from=build /app/widget/demo.html ./widget/demo.html
COPY --from=build /app/console/index.html /app/console/console.css ./console/
COPY --from=build /app/client-core/script-fonts.css ./client-core/script-fonts.css
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME ["/data"]
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=3s --start-period=15s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# node runs as PID 1 and handles SIGTERM itself (server/main.ts): sockets get 1001, the database is closed.
STOPSIGNAL SIGTERM
CMD ["node", "--enable-source-maps", "dist/server/main.js"]
