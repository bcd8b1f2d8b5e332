import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SafeguardingRoute } from '../../server/protocol/content.js';
import { SAFEGUARDING_SEVERITIES } from '../../server/protocol/vocabulary.js';
import { loadSafeguardingConfig, parseSafeguardingConfig, routeFor } from '../../server/safeguarding/index.js';

const config = loadSafeguardingConfig();
const english = JSON.parse(readFileSync(new URL('../../locales/en/safeguarding.json', import.meta.url), 'utf8')) as Record<string, unknown>;
const inHours = { outOfHours: false };
const outOfHours = { outOfHours: true };

function englishFor(key: string): unknown {
  const [namespace, path] = key.split(':');
  expect(namespace).toBe('safeguarding');
  return path!.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], english);
}
const phones = (route: SafeguardingRoute) => route.contacts.map((contact) => contact.phone ?? contact.text ?? contact.website);

describe('routeFor', () => {
  it('sends immediate danger to 999 at any time', () => {
    for (const time of [inHours, outOfHours]) {
      const route = routeFor('immediate-danger', time, config);
      expect(route.contacts[0]).toMatchObject({ phone: '999', hours: 'safeguarding:hours.always' });
    }
  });

  it('sends child safety to the Children’s Social Care front door in office hours', () => {
    const route = routeFor('child-safety', inHours, config);
    expect(phones(route)).toEqual(['999', '01274 435600', '0800 1111']);
    expect(route.body).toBe('safeguarding:body.child-safety.inHours');
  });

  it('out of hours puts the Emergency Duty Team first and the closed front door last, marked closed', () => {
    const route = routeFor('child-safety', outOfHours, config);
    expect(phones(route)).toEqual(['999', '01274 431010', '0800 1111', '01274 435600']);
    expect(route.contacts.at(-1)?.hours).toBe('safeguarding:hours.childrensSocialCareClosed');
    expect(route.body).toBe('safeguarding:body.child-safety.outOfHours');
  });

  it('routes forced marriage and FGM, a missing child and radicalisation to their specialist lines', () => {
    expect(phones(routeFor('honour-based-abuse', inHours, config))).toEqual(['999', '0800 028 3550', '020 7008 0151', '01274 435600']);
    expect(phones(routeFor('missing-child', outOfHours, config))).toEqual(['999', '101', '116 000', '01274 431010', '01274 435600']);
    expect(routeFor('missing-child', inHours, config).contacts).toContainEqual(expect.objectContaining({ phone: '116 000', text: '116 000' }));
    expect(phones(routeFor('radicalisation', inHours, config))).toEqual(['999', '101', '0800 789 321', '01274 435600']);
  });

  it('gives 24/7 lines for domestic abuse and suicide or self-harm', () => {
    expect(phones(routeFor('domestic-abuse', outOfHours, config)).slice(0, 2)).toEqual(['999', '0808 2000 247']);
    const suicide = routeFor('suicide-self-harm', outOfHours, config);
    expect(suicide.contacts).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ phone: '116 123' }),
        expect.objectContaining({ text: '85258' }),
        expect.objectContaining({ phone: '0800 068 4141' }),
        expect.objectContaining({ phone: '111' }),
      ]),
    );
  });

  it.each(SAFEGUARDING_SEVERITIES.flatMap((severity) => [[severity, inHours] as const, [severity, outOfHours] as const]))(
    '%s %o: offers something open now, first, and is a valid protocol route',
    (severity, time) => {
      const route = routeFor(severity, time, config);
      expect(SafeguardingRoute.parse(route)).toEqual(route);
      expect(route.contacts[0]?.hours).toBe('safeguarding:hours.always');
      const closedAt = route.contacts.findIndex((contact) => /Closed|closedNow/.test(contact.hours ?? ''));
      if (closedAt >= 0) expect(route.contacts.slice(closedAt).every((c) => /Closed|closedNow/.test(c.hours ?? ''))).toBe(true);
    },
  );

  it.each(SAFEGUARDING_SEVERITIES.flatMap((severity) => [[severity, inHours] as const, [severity, outOfHours] as const]))(
    '%s %o: every key has English text',
    (severity, time) => {
      const route = routeFor(severity, time, config);
      for (const key of [route.title, route.body, ...route.contacts.flatMap((c) => [c.label, c.hours ?? ''])]) {
        expect(typeof englishFor(key), key).toBe('string');
      }
    },
  );
});

describe('safeguarding config', () => {
  const valid = JSON.parse(readFileSync(new URL('../../config/safeguarding.json', import.meta.url), 'utf8')) as {
    contacts: Record<string, { hours: string }>;
    routes: Record<string, string[]>;
    categories: Record<string, string>;
  };

  it('rejects a route to an unknown contact', () => {
    const broken = { ...valid, routes: { ...valid.routes, 'domestic-abuse': ['emergency-999', 'refuge'] } };
    expect(() => parseSafeguardingConfig(broken)).toThrow(/routes\.domestic-abuse: unknown contact "refuge"/);
  });

  it('rejects a route with nothing open around the clock', () => {
    const broken = { ...valid, routes: { ...valid.routes, 'child-safety': ['childrens-social-care', 'emergency-duty-team'] } };
    expect(() => parseSafeguardingConfig(broken)).toThrow(/routes\.child-safety: needs at least one 24\/7 contact/);
  });

  it('rejects a missing severity and a contact with no way to reach it', () => {
    const { 'suicide-self-harm': _dropped, ...routes } = valid.routes;
    expect(() => parseSafeguardingConfig({ ...valid, routes })).toThrow(/suicide-self-harm/);
    const contacts = { ...valid.contacts, samaritans: { label: 'safeguarding:contacts.samaritans', hours: '24/7' } };
    expect(() => parseSafeguardingConfig({ ...valid, contacts })).toThrow(/a contact needs a phone, text or website/);
  });

  it('rejects a category with no card, or mapped to a card that does not exist', () => {
    const { fgm: _dropped, ...categories } = valid.categories;
    expect(() => parseSafeguardingConfig({ ...valid, categories })).toThrow(/categories\.fgm/);
    const wrong = { ...valid.categories, neglect: 'neglect-card' };
    expect(() => parseSafeguardingConfig({ ...valid, categories: wrong })).toThrow(/categories\.neglect/);
  });
});
