export { createEmbedOriginPolicy, parseEmbedOrigins, DEVELOPMENT_EMBED_ORIGINS, type EmbedOriginPolicy } from './embed-origin-policy.js';
export { refuseForeignUpgrade } from './refuse-foreign-upgrade.js';
