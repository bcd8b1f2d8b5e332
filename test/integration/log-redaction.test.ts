import { Writable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { createSession, SESSION_COOKIE } from '../../server/auth/index.js';
import { staff as staffTable } from '../../server/db/tables.js';
import { createLogger } from '../../server/logging/index.js';
import { FamilyClient } from '../support/family-client.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { TestSocket, wsUrl } from '../support/test-socket.js';

/**
 * A whole intake through the real server with the most talkative log level, then the log is
 * searched for everything that must never be there: the family's words, their phone number,
 * their resume token, a staff password, session cookie and CSRF token.
 */
let server: TestServer | undefined;
afterAll(() => server?.dispose());

describe('the logs of a full intake', () => {
  it('say what happened without a family word, contact detail, token, cookie or password', async () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
        done();
      },
    });
    // A Saturday: nobody is on shift, so the family is offered a callback.
    const now = new Date('2026-11-28T10:00:00Z');
    server = await startTestServer({ now: () => now, log: createLogger({ level: 'trace', destination: sink }) });
    const url = server.url;

    // A staff session made directly (demo seeding hashes six passwords: slow, and beside the point),
    // and a sign-in attempt that carries a password in its body.
    const password = 'correct horse battery staple 7';
    await fetch(`${url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: url },
      body: JSON.stringify({ username: 'south', password }),
    });
    const south = (
      await server.ctx.db
        .insert(staffTable)
        .values({
          id: crypto.randomUUID(),
          username: 'south',
          displayName: 'Tom',
          passwordHash: 'not-used',
          role: 'staff',
          locality: 'south',
          languages: ['en'],
        })
        .returning()
    )[0];
    const session = await createSession(server.ctx.db, south!.id, now);
    const cookie = `${SESSION_COOKIE}=${session.cookieValue}`;
    const staffSocket = await TestSocket.open(wsUrl(url, '/ws/staff'), { cookie, origin: url });
    await fetch(`${url}/api/enquiries?q=Zofia`, { headers: { cookie, origin: url, 'x-csrf-token': session.csrfToken } });
    const family = await FamilyClient.start(server.url);
    const words = 'Zofia gets bullied by Kacper at Thornbury Primary';
    await family.answer('who', ['parent-carer']);
    await family.answer('ages', ['5-11']);
    await family.answer('needs', ['behaviour-parenting']);
    await family.say('BD5 1AA');
    await family.answer('urgency', ['this-week']);
    await family.say(words);
    await family.answer('offer', ['talk']);
    await family.socket.waitFor((f) => f.type === 'handoff.updated');
    const phone = '07700 900987';
    const ack = await family.send({
      type: 'callback.request',
      contactMethod: 'phone',
      contactValue: phone,
      preferredTime: 'after Kacper naps',
      permissionToContact: true,
    });
    expect(ack.type).toBe('message.acked');
    // A malformed frame quoting the family's words: its error must not echo them into the log either.
    family.socket.send(`{"type":"message.send","text":"${words}"`);
    await family.socket.waitFor((f) => f.type === 'error');
    const token = family.ready.token;
    await family.close();
    await staffSocket.close();
    await server.dispose();
    server = undefined;

    const log = lines.join('\n');
    // The log is not empty: requests, sockets and their ids are there.
    expect(lines.length).toBeGreaterThan(5);
    expect(log).toContain('"requestId"');
    expect(log).toContain('"socketId"');
    expect(log).toContain('socket closed');
    for (const secret of ['Zofia', 'Kacper', 'Thornbury', 'bullied', '07700', '900987', 'BD5 1AA', token, password, session.cookieValue, session.csrfToken]) {
      expect(log, `the log must not contain ${secret}`).not.toContain(secret);
    }
  });
});
