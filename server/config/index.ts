export { parseEnv, EnvSchema, type Env } from './env.js';
export { loadHubsConfig, districtLocalities, type HubsConfig, type Hub } from './hubs.js';
