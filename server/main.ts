import { parseEnv } from './config/index.js';
import { startServer } from './start-server.js';

const env = parseEnv();
const server = await startServer({ port: env.PORT, host: env.HOST, databasePath: env.DATABASE_PATH });
console.log(`Front Door is running at ${server.url}`);
console.log(`  Widget demo page: ${server.url}/`);
console.log(`  Staff console:    ${server.url}/console`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void server.close().then(() => process.exit(0));
  });
}
