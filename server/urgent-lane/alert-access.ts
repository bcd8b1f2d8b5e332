import type { StaffRow } from '../auth/index.js';
import { assertCanWorkQueue } from '../handoff/staff-actor.js';
import type { QueueLocality } from '../protocol/index.js';

/**
 * Who may see an urgent-lane alert: exactly who may work that locality's queue (hub staff their
 * own hub and the shared queue, managers all, translators none). It defers to assertCanWorkQueue
 * so the rule lives in one place; every urgent-lane frame and route asks here.
 */
export function canSeeAlert(actor: StaffRow, locality: QueueLocality): boolean {
  try {
    assertCanWorkQueue(actor, locality);
    return true;
  } catch {
    return false;
  }
}

export const assertCanSeeAlert: (actor: StaffRow, locality: QueueLocality) => void = assertCanWorkQueue;
