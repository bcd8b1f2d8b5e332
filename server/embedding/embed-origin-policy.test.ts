import { describe, expect, it } from 'vitest';
import { createEmbedOriginPolicy, DEVELOPMENT_EMBED_ORIGINS, parseEmbedOrigins } from './embed-origin-policy.js';

describe('the embed origin policy', () => {
  const council = createEmbedOriginPolicy(parseEmbedOrigins(' https://www.bradford.gov.uk , http://localhost:*'));

  it('allows listed origins, any port where the entry says so, and the server itself', () => {
    expect(council.allows('https://www.bradford.gov.uk', 'chat.example')).toBe(true);
    expect(council.allows('http://localhost:5173', 'chat.example')).toBe(true);
    expect(council.allows('https://chat.example', 'chat.example')).toBe(true);
    expect(council.allows('http://127.0.0.1:3000', '127.0.0.1:3000')).toBe(true);
  });

  it('refuses everything else: other schemes, ports, subdomains, look-alikes, null and missing origins', () => {
    expect(council.allows('http://www.bradford.gov.uk', 'chat.example')).toBe(false);
    expect(council.allows('https://www.bradford.gov.uk:8443', 'chat.example')).toBe(false);
    expect(council.allows('https://evil.bradford.gov.uk', 'chat.example')).toBe(false);
    expect(council.allows('https://www.bradford.gov.uk.evil.example', 'chat.example')).toBe(false);
    expect(council.allows('http://127.0.0.1:3001', '127.0.0.1:3000')).toBe(false);
    expect(council.allows('null', 'chat.example')).toBe(false);
    expect(council.allows(undefined, 'chat.example')).toBe(false);
    expect(council.allows('https://www.bradford.gov.uk/path', 'chat.example')).toBe(false);
  });

  it('in development allows any local port', () => {
    const dev = createEmbedOriginPolicy(DEVELOPMENT_EMBED_ORIGINS);
    expect(dev.allows('http://127.0.0.1:41234', '127.0.0.1:3000')).toBe(true);
    expect(dev.allows('http://localhost:8080', '127.0.0.1:3000')).toBe(true);
    expect(dev.allows('https://example.org', '127.0.0.1:3000')).toBe(false);
  });

  it('rejects a list entry that is not an origin', () => {
    expect(() => parseEmbedOrigins('https://ok.example, www.bradford.gov.uk')).toThrow(/not an origin/);
    expect(() => parseEmbedOrigins('https://ok.example/path')).toThrow(/not an origin/);
  });
});
