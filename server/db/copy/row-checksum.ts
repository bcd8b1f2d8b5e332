import { createHash } from 'node:crypto';
import { canonicalJson } from '../../audit/audit-hash.js';

/** sha256 over a table's rows as canonical JSON (keys sorted), one per line, in primary-key order. */
export class RowChecksum {
  private readonly hash = createHash('sha256');
  count = 0;

  add(rows: readonly Record<string, unknown>[]): void {
    for (const row of rows) this.hash.update(`${canonicalJson(row)}\n`);
    this.count += rows.length;
  }

  digest(): string {
    return this.hash.digest('hex');
  }
}
