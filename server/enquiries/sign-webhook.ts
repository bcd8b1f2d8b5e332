import { createHmac } from 'node:crypto';

const SECRET_PREFIX = 'whsec_';

/** The key inside a Standard Webhooks secret: the base64 after "whsec_". */
export function webhookKey(secret: string): Buffer {
  if (!secret.startsWith(SECRET_PREFIX)) throw new Error('The webhook secret must start with "whsec_".');
  const key = Buffer.from(secret.slice(SECRET_PREFIX.length), 'base64');
  if (key.length === 0) throw new Error('The webhook secret has no key after "whsec_".');
  return key;
}

/** Standard Webhooks signature header value: `v1,` + base64 HMAC-SHA256 of "id.timestamp.body". */
export function signWebhook({ id, timestamp, body, key }: { id: string; timestamp: number; body: string; key: Buffer }): string {
  return `v1,${createHmac('sha256', key).update(`${id}.${timestamp}.${body}`).digest('base64')}`;
}
