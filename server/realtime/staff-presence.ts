import type { PresenceByHub } from '../protocol/index.js';

interface OnlineStaff {
  id: string;
  name: string;
  locality: string | null;
  sockets: number;
}

export type StaffMember = Omit<OnlineStaff, 'sockets'>;

/**
 * Who is online in the console right now, per hub: this process's sockets, plus (with several
 * processes on PostgreSQL) the others' as last read by shared-presence.ts.
 */
export class StaffPresence {
  readonly #online = new Map<string, OnlineStaff>();
  #remote: readonly StaffMember[] = [];

  /** Staff connected to this process, for the shared presence table. */
  local(): StaffMember[] {
    return [...this.#online.values()].map(({ id, name, locality }) => ({ id, name, locality }));
  }

  setRemote(staff: readonly StaffMember[]): void {
    this.#remote = staff;
  }

  #everyone(): StaffMember[] {
    const seen = new Map<string, StaffMember>();
    for (const staff of [...this.#online.values(), ...this.#remote]) if (!seen.has(staff.id)) seen.set(staff.id, staff);
    return [...seen.values()];
  }

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
    for (const staff of this.#everyone()) {
      if (locality === 'shared' || staff.locality === locality || staff.locality === null) return true;
    }
    return false;
  }

  byHub(): PresenceByHub {
    const result: PresenceByHub = {};
    for (const staff of this.#everyone()) {
      const hub = staff.locality ?? 'all';
      (result[hub] ??= []).push({ id: staff.id, name: staff.name });
    }
    return result;
  }
}
