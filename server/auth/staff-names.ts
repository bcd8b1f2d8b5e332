import { inArray } from 'drizzle-orm';
import type { Tx } from '../db/index.js';
import { staff } from '../db/tables.js';

export interface StaffName {
  name: string;
  role: string;
}

/**
 * Display names and roles for staff ids, so logs a person reads say "Sam (Hub worker)", not a
 * UUID. Ids that are not staff (a family, the system) are simply absent from the map. Callers
 * pass at most a page of rows' ids (the logs are capped at 500).
 */
export async function staffNames(tx: Tx, ids: Iterable<string>): Promise<Map<string, StaffName>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await tx.select({ id: staff.id, name: staff.displayName, role: staff.role }).from(staff).where(inArray(staff.id, unique));
  return new Map(rows.map((r) => [r.id, { name: r.name, role: r.role }]));
}
