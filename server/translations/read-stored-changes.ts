import { asc } from 'drizzle-orm';
import type { Tx } from '../db/index.js';
import { translationChanges } from '../db/tables.js';
import type { ReviewMark } from '../i18n/key-state.js';
import type { StoredChange } from './overlay-changes.js';

/** Every stored translation change, oldest first (the overlay and `pull` keep the latest per key). */
export async function readStoredChanges(db: Tx): Promise<StoredChange[]> {
  const rows = await db.select().from(translationChanges).orderBy(asc(translationChanges.id));
  return rows.map((row) => ({ ...row, review: row.review as ReviewMark }));
}
