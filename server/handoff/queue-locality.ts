import { LOCALITIES, type QueueLocality } from '../protocol/index.js';

/** Families with an unknown locality wait in the shared queue that every hub sees. */
export function queueLocalityFor(locality: string): QueueLocality {
  return (LOCALITIES as readonly string[]).includes(locality) ? (locality as QueueLocality) : 'shared';
}
