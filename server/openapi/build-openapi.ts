import { z } from 'zod';
import { SESSION_COOKIE } from '../auth/sessions.js';
import { API_OPERATIONS, type ApiOperation } from './api-operations.js';
import { WEBHOOK_EVENT_TYPES, webhookPayload } from './webhook-events.js';

type Json = Record<string, unknown>;

/** JSON Schema (2020-12, the dialect OpenAPI 3.1 uses) for what a client sends: defaults make fields optional. */
function toSchema(schema: z.ZodType): Json {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Json;
  return rest;
}

const ERROR = { $ref: '#/components/schemas/Error' };
const errorResponse = (description: string) => ({ description, content: { 'application/json': { schema: ERROR } } });

function queryParameters(schema: z.ZodType): Json[] {
  const json = toSchema(schema) as { properties?: Record<string, Json>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, property]) => ({ name, in: 'query', required: json.required?.includes(name) ?? false, schema: property }));
}

function pathParameters(path: string): Json[] {
  return [...path.matchAll(/:(\w+)/g)].map(([, name]) => ({ name, in: 'path', required: true, schema: { type: 'string' } }));
}

function operation(op: ApiOperation): Json {
  const responses: Json = {
    [op.success.status]: op.success.status === 204
      ? { description: op.success.description }
      : { description: op.success.description, content: { [op.success.contentType ?? 'application/json']: { schema: { type: op.success.contentType ? 'string' : 'object' } } } },
  };
  if (op.body || op.query) responses['400'] = errorResponse('The body or query does not match the schema; the message says what is wrong');
  if (op.access !== 'public') {
    responses['401'] = errorResponse('Not signed in');
    responses['403'] = errorResponse('The role or hub cannot do this, or the CSRF token is missing');
  }
  if (op.path.includes(':')) responses['404'] = errorResponse('Not found, or outside the caller’s scope');
  return {
    operationId: `${op.method}${op.path.replace(/\/:(\w+)/g, 'By-$1').replace(/[^a-zA-Z0-9]+(.)/g, (_, c: string) => c.toUpperCase())}`,
    summary: op.summary,
    tags: [op.tag],
    ...(op.access === 'public' ? { security: [] } : { 'x-roles': op.access === 'staff' ? ['staff', 'manager'] : [op.access] }),
    parameters: [...pathParameters(op.path), ...(op.query ? queryParameters(op.query) : [])],
    ...(op.body ? { requestBody: { required: true, content: { 'application/json': { schema: { $ref: `#/components/schemas/${op.body.name}` } } } } } : {}),
    responses,
  };
}

/** The OpenAPI 3.1 description of the HTTP API and of the enquiry webhooks, built from the zod protocol. */
export function buildOpenApi(options: { version: string }): Json {
  const paths: Record<string, Json> = {};
  const schemas: Record<string, Json> = { Error: { type: 'object', properties: { error: { type: 'string' } }, required: ['error'] } };
  for (const op of API_OPERATIONS) {
    const path = op.path.replace(/:(\w+)/g, '{$1}');
    paths[path] = { ...paths[path], [op.method]: operation(op) };
    if (op.body) schemas[op.body.name] = toSchema(op.body.schema);
  }
  const webhooks: Record<string, Json> = {};
  for (const type of WEBHOOK_EVENT_TYPES) {
    const name = `WebhookEvent_${type.replace('.', '_')}`;
    schemas[name] = toSchema(webhookPayload(type));
    webhooks[type] = {
      post: {
        summary: `${type}: sent to WEBHOOK_URL, signed per Standard Webhooks (webhook-id, webhook-timestamp, webhook-signature)`,
        parameters: ['webhook-id', 'webhook-timestamp', 'webhook-signature'].map((name) => ({ name, in: 'header', required: true, schema: { type: 'string' } })),
        requestBody: { required: true, content: { 'application/json': { schema: { $ref: `#/components/schemas/${name}` } } } },
        responses: { '200': { description: 'Received; any 2xx stops retries (same webhook-id on retry, for de-duplication)' } },
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Front Door API',
      version: options.version,
      description: 'Staff HTTP API of Front Door, and the enquiry events it sends to a case system. State changes need the session cookie and the X-CSRF-Token header from /api/auth/login.',
    },
    paths,
    webhooks,
    components: {
      schemas,
      securitySchemes: {
        session: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE },
        csrf: { type: 'apiKey', in: 'header', name: 'X-CSRF-Token', description: 'Required with the session on every POST' },
      },
    },
    security: [{ session: [], csrf: [] }],
  };
}
