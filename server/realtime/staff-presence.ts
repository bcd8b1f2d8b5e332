import type { PresenceByHub } from '../protocol/index.js';

interface OnlineStaff {
  id: string;
  name: string;
  locality: string | null;
  sockets: number;
}

/** Who is online in the console right now, per hub. Memory only: presence is not worth persisting. */
export class StaffPresence {
  readonly #online = new Map<string, OnlineStaff>();

  join(staff: { id: string; name: string; locality: string | null }): void {
    const current = this.#online.get(staff.id);
    this.#online.set(staff.id, { ...staff, sockets: (current?.sockets ?? 0) + 1 });
  }

  leave(staffId: string): void {
    const current = this.#online.get(staffId);
    if (!current) return;
    if (current.sockets <= 1) this.#online.delete(staffId);
    else this.#online.set(staffId, { ...current, sockets: current.sockets - 1 });
  }

  /** Staff who can take a handoff for this queue: its own hub's staff, or anyone for the shared queue. */
  anyoneFor(locality: string): boolean {
    for (const staff of this.#online.values()) {
      if (locality === 'shared' || staff.locality === locality || staff.locality === null) return true;
    }
    return false;
  }

  byHub(): PresenceByHub {
    const result: PresenceByHub = {};
    for (const staff of this.#online.values()) {
      const hub = staff.locality ?? 'all';
      (result[hub] ??= []).push({ id: staff.id, name: staff.name });
    }
    return result;
  }
}
