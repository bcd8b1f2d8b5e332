export { createReadiness, type Readiness } from './readiness.js';
export { healthRoutes } from './health-routes.js';
