export { buildOpenApi } from './build-openapi.js';
export { openApiRoutes } from './openapi-routes.js';
export { API_OPERATIONS, type ApiOperation } from './api-operations.js';
