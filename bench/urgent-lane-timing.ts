/**
 * `npx tsx bench/urgent-lane-timing.ts [families]`: the system's share of "time from trigger to a
 * person's acknowledgement". A real server, a signed-in hub worker's socket and families on real
 * sockets: how long from a family sending a danger message to the alert arriving in the urgent
 * lane, and from acknowledging to it leaving another console's lane. The human share is measured
 * in production by the safeguarding report (median seconds from trigger to acknowledgement), which
 * this script also reads back. Wall-clock figures on this machine; not a test.
 */
import type { UrgentAlert, SafeguardingReport } from '../server/protocol/index.js';
import { FamilyClient } from '../test/support/family-client.js';
import { signIn } from '../test/support/staff-client.js';
import { startTestServer } from '../test/support/test-server.js';

const families = Math.min(Math.max(Number(process.argv[2] ?? 20) || 20, 1), 200);
const server = await startTestServer({ seed: true });
try {
  const tom = await signIn(server.url, 'south');
  const jo = await signIn(server.url, 'manager');
  const [tomSocket, joSocket] = await Promise.all([tom.socket(), jo.socket()]);
  const toLane: number[] = [];
  const outOfLane: number[] = [];
  for (let i = 0; i < families; i++) {
    const family = await FamilyClient.start(server.url);
    await family.answer('who', ['parent-carer']);
    await family.answer('ages', ['5-11']);
    await family.answer('needs', ['behaviour-parenting']);
    await family.say('BD5 1AA');
    const since = tomSocket.frames.length;
    const sent = performance.now();
    await family.say('my husband hits me and I am scared');
    const raised = await tomSocket.waitFor<{ type: string; alert: UrgentAlert }>(
      (f) => f.type === 'urgent.raised' && (f.alert as UrgentAlert).conversationId === family.conversationId,
      { since },
    );
    toLane.push(performance.now() - sent);
    const managerSince = joSocket.frames.length;
    const acknowledging = performance.now();
    const response = await tom.fetch(`/api/urgent-alerts/${raised.alert.id}/acknowledge`, { method: 'POST', body: JSON.stringify({ action: 'spoke-to-family' }) });
    if (response.status !== 200) throw new Error(`acknowledge failed: ${response.status}`);
    await joSocket.waitFor((f) => f.type === 'urgent.acknowledged', { since: managerSince });
    outOfLane.push(performance.now() - acknowledging);
    await family.close();
  }
  const today = new Date().toISOString().slice(0, 10);
  const report = (await (await jo.fetch(`/api/manager/safeguarding-report?from=${today}&to=${today}`)).json()) as SafeguardingReport;
  console.log(`urgent lane timing over ${families} families (wall clock, this machine)`);
  console.log(`  danger message sent -> alert in the hub worker's lane: ${summary(toLane)}`);
  console.log(`  acknowledged -> alert gone from the manager's lane:    ${summary(outOfLane)}`);
  console.log(
    `  report: ${report.alertsRaised} raised, ${report.alertsAcknowledged} acknowledged, median trigger -> acknowledgement ${report.medianSecondsToAcknowledge} s`,
  );
  await Promise.all([tomSocket.close(), joSocket.close()]);
} finally {
  await server.dispose();
}

function summary(values: number[]): string {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!.toFixed(1);
  return `median ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${sorted.at(-1)!.toFixed(1)} ms`;
}
