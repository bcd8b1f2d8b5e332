import type { ContactRecord, HubKey } from './measure-records.js';

/** Demand: contacts by need x hub x language x who is asking. A contact with several needs counts once under each. */
export interface DemandCell {
  need: string;
  hub: HubKey;
  language: string;
  who: string;
  contacts: number;
}

export function demandCells(contacts: readonly ContactRecord[]): DemandCell[] {
  const cells = new Map<string, DemandCell>();
  for (const c of contacts) {
    const who = c.who ?? 'not-said';
    for (const need of c.needs.length ? c.needs : ['not-said']) {
      const key = `${need}|${c.hub}|${c.language}|${who}`;
      const cell = cells.get(key);
      if (cell) cell.contacts++;
      else cells.set(key, { need, hub: c.hub, language: c.language, who, contacts: 1 });
    }
  }
  return [...cells.values()].sort((a, b) => b.contacts - a.contacts || a.need.localeCompare(b.need) || a.hub.localeCompare(b.hub));
}
