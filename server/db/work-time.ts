import { AsyncLocalStorage } from 'node:async_hooks';

/** Milliseconds of database work done for one caller (see measureWorkTime). */
export interface WorkTime {
  ms: number;
}

const account = new AsyncLocalStorage<WorkTime>();

/**
 * Runs `work` and counts the time the store spent running its transactions, not the time they
 * waited for their turn behind other callers' (group commit queues them). The socket guard charges
 * a client's budget with this, so a busy server does not make every family look expensive.
 */
export async function measureWorkTime(work: () => Promise<void>): Promise<number> {
  const time: WorkTime = { ms: 0 };
  await account.run(time, work);
  return time.ms;
}

/** The account of whoever asked for the transaction being started now, if anyone is counting. */
export function currentWorkTime(): WorkTime | undefined {
  return account.getStore();
}
