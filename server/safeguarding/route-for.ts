import type { SafeguardingRoute } from '../protocol/content.js';
import type { SafeguardingSeverity } from '../protocol/vocabulary.js';
import type { SafeguardingConfig, SafeguardingContact } from './safeguarding-config.js';

export interface RouteTime {
  /** True when the hubs and Children's Social Care front door are closed (evenings, weekends, bank holidays). */
  outOfHours: boolean;
}

type RouteContact = SafeguardingRoute['contacts'][number];

/**
 * The card for a severity at this moment. Pure: the caller decides whether it is out of hours.
 *
 * What can help right now comes first (24/7 lines, and the out-of-hours team when offices are
 * shut). Daytime-only contacts are listed after them out of hours, marked closed with when they
 * open, so the card never offers "call us tomorrow" as the only step. The out-of-hours team is
 * left off in office hours because it only takes calls when the offices are closed.
 */
export function routeFor(severity: SafeguardingSeverity, { outOfHours }: RouteTime, config: SafeguardingConfig): SafeguardingRoute {
  const contacts = (config.routes[severity] ?? []).flatMap((id) => {
    const contact = config.contacts[id];
    return contact ? [contact] : [];
  });
  const openNow = contacts.filter(
    (contact) => contact.hours === '24/7' || contact.hours === (outOfHours ? 'out of hours' : 'office hours'),
  );
  const closedNow = outOfHours ? contacts.filter((contact) => contact.hours === 'office hours') : [];

  return {
    severity,
    title: `safeguarding:title.${severity}`,
    body: `safeguarding:body.${severity}.${outOfHours ? 'outOfHours' : 'inHours'}`,
    contacts: [...openNow.map((c) => toRouteContact(c, true)), ...closedNow.map((c) => toRouteContact(c, false))],
  };
}

function toRouteContact(contact: SafeguardingContact, open: boolean): RouteContact {
  return {
    label: contact.label,
    ...(contact.phone && { phone: contact.phone }),
    ...(contact.text && { text: contact.text }),
    ...(contact.website && { website: contact.website }),
    hours: hoursKey(contact, open),
  };
}

function hoursKey(contact: SafeguardingContact, open: boolean): string {
  switch (contact.hours) {
    case '24/7':
      return contact.hoursLabel ?? 'safeguarding:hours.always';
    case 'out of hours':
      return contact.hoursLabel ?? 'safeguarding:hours.outOfHours';
    case 'office hours':
      return open
        ? (contact.hoursLabel ?? 'safeguarding:hours.officeHours')
        : (contact.closedLabel ?? 'safeguarding:hours.closedNow');
    default: {
      const unknown: never = contact.hours;
      return unknown;
    }
  }
}
