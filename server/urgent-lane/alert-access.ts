import type { StaffRow } from '../auth/index.js';
import { assertCanWorkQueue, maySeeQueue } from '../handoff/staff-actor.js';
import type { QueueLocality } from '../protocol/index.js';

/**
 * Who may see an urgent-lane alert: exactly who may work that locality's queue (hub staff their
 * own hub and the shared queue, managers all, translators none). Both names are the one staff
 * visibility rule in server/handoff/staff-actor.ts; every urgent-lane frame and route asks here.
 */
export const canSeeAlert: (actor: StaffRow, locality: QueueLocality) => boolean = maySeeQueue;

export const assertCanSeeAlert: (actor: StaffRow, locality: QueueLocality) => void = assertCanWorkQueue;
