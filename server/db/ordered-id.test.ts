import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { orderedUuid } from './ordered-id.js';

describe('orderedUuid', () => {
  it('is a version 7 UUID the protocol accepts, and later ones sort after earlier ones', () => {
    const ids = Array.from({ length: 5_000 }, () => orderedUuid());
    for (const id of ids.slice(0, 50)) expect(z.string().uuid().safeParse(id).success).toBe(true);
    expect(ids[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
