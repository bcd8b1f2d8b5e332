import { and, asc, eq, inArray, like, lt, lte, notExists, or } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { firstRow, skipLocked, type Store } from '../db/index.js';
import { enquiries, webhookDeliveries } from '../db/tables.js';
import { signWebhook, webhookKey } from './sign-webhook.js';
import { describeError, processLogger } from '../logging/index.js';

/** Waits before the 2nd … 6th attempt; after the 6th failure a delivery is marked failed. */
export const RETRY_DELAYS_MS = [30_000, 2 * 60_000, 10 * 60_000, 60 * 60_000, 6 * 60 * 60_000] as const;

export interface WebhookDispatcherOptions {
  store: Store;
  url: string;
  /** "whsec_" + base64 key. */
  secret: string;
  now: () => Date;
  fetch?: typeof globalThis.fetch;
  pollMs?: number;
  timeoutMs?: number;
  batchSize?: number;
  /** Only event types starting with this (e.g. 'safeguarding.'), so each target gets its own events. */
  eventTypePrefix?: string;
}

export interface WebhookDispatcher {
  /** Polls for due deliveries until stopped; pending rows from before a restart go out first. */
  start(): void;
  stop(): Promise<void>;
  /** Sends every delivery due now, one at a time, and resolves with how many were attempted. */
  deliverDue(): Promise<number>;
}

type DeliveryRow = typeof webhookDeliveries.$inferSelect;

/** A claimed delivery is left alone by other dispatchers this long past the request timeout. */
const CLAIM_MARGIN_MS = 30_000;

/**
 * Sends queued enquiry events to the case system, signed per Standard Webhooks. The queue is the
 * webhook_deliveries table, so nothing is lost on restart. Several processes may run a dispatcher:
 * each claims due rows (SKIP LOCKED on PostgreSQL) by moving their next attempt past the send's
 * timeout, so a row goes out from one process only; a process that dies mid-send leaves its claim
 * to expire and the same webhook-id is sent again, which receivers de-duplicate on. Only the
 * earliest pending delivery of each subject is claimable, so a receiver sees one enquiry's events
 * in the order they happened.
 */
export function createWebhookDispatcher(options: WebhookDispatcherOptions): WebhookDispatcher {
  const { store, url, now, pollMs = 5_000, timeoutMs = 10_000, batchSize = 50, eventTypePrefix } = options;
  const send = options.fetch ?? globalThis.fetch;
  const key = webhookKey(options.secret);
  let running: Promise<number> | undefined;
  let timer: ReturnType<typeof setInterval> | undefined;

  async function claimDue(): Promise<DeliveryRow[]> {
    return store.transaction(async (tx) => {
      const at = now().toISOString();
      const earlier = alias(webhookDeliveries, 'earlier');
      const due = await skipLocked(
        tx
          .select()
          .from(webhookDeliveries)
          .where(
            and(
              eq(webhookDeliveries.status, 'pending'),
              lte(webhookDeliveries.nextAttemptAt, at),
              eventTypePrefix === undefined ? undefined : like(webhookDeliveries.eventType, `${eventTypePrefix}%`),
              notExists(
                tx
                  .select({ id: earlier.id })
                  .from(earlier)
                  .where(
                    and(
                      eq(earlier.enquiryId, webhookDeliveries.enquiryId),
                      eq(earlier.status, 'pending'),
                      or(lt(earlier.createdAt, webhookDeliveries.createdAt), and(eq(earlier.createdAt, webhookDeliveries.createdAt), lt(earlier.id, webhookDeliveries.id))),
                    ),
                  ),
              ),
            ),
          )
          .orderBy(asc(webhookDeliveries.createdAt), asc(webhookDeliveries.id))
          .limit(batchSize),
      );
      if (due.length === 0) return [];
      const claimedUntil = new Date(now().getTime() + timeoutMs + CLAIM_MARGIN_MS).toISOString();
      await tx.update(webhookDeliveries).set({ nextAttemptAt: claimedUntil }).where(inArray(webhookDeliveries.id, due.map((d) => d.id)));
      return due;
    });
  }

  async function runOnce(): Promise<number> {
    const due = await claimDue();
    let attempted = 0;
    for (const delivery of due) if (await attempt(delivery)) attempted++;
    return attempted;
  }

  async function attempt(delivery: DeliveryRow): Promise<boolean> {
    if (await withdrawnSince(delivery)) {
      await finish(delivery, { status: 'failed', nextAttemptAt: null, lastError: 'not sent: consent withdrawn before delivery' });
      return false;
    }
    const timestamp = Math.floor(now().getTime() / 1000);
    const headers = {
      'content-type': 'application/json',
      'webhook-id': delivery.id,
      'webhook-timestamp': String(timestamp),
      'webhook-signature': signWebhook({ id: delivery.id, timestamp, body: delivery.payload, key }),
    };
    try {
      const response = await send(url, { method: 'POST', headers, body: delivery.payload, redirect: 'manual', signal: AbortSignal.timeout(timeoutMs) });
      await response.body?.cancel();
      if (response.ok) {
        // Recorded even if a withdrawal cancelled the row meanwhile: the log must say it went out.
        const at = now().toISOString();
        await store.transaction((tx) =>
          tx
            .update(webhookDeliveries)
            .set({ status: 'delivered', attempts: delivery.attempts + 1, lastStatusCode: response.status, lastError: null, nextAttemptAt: null, deliveredAt: at })
            .where(eq(webhookDeliveries.id, delivery.id)),
        );
      } else {
        await retryLater(delivery, response.status, `HTTP ${response.status}`);
      }
    } catch (error) {
      await retryLater(delivery, null, describe(error));
    }
    return true;
  }

  async function retryLater(delivery: DeliveryRow, statusCode: number | null, error: string): Promise<void> {
    const attempts = delivery.attempts + 1;
    const delay = RETRY_DELAYS_MS[attempts - 1];
    await finish(delivery, {
      attempts,
      lastStatusCode: statusCode,
      lastError: error.slice(0, 500),
      ...(delay === undefined ? { status: 'failed' as const, nextAttemptAt: null } : { nextAttemptAt: new Date(now().getTime() + delay).toISOString() }),
    });
  }

  /** Only a still-pending row changes: a withdrawal may have cancelled it while the request was out. */
  async function finish(delivery: DeliveryRow, set: Partial<DeliveryRow>): Promise<void> {
    await store.transaction((tx) =>
      tx
        .update(webhookDeliveries)
        .set(set)
        .where(and(eq(webhookDeliveries.id, delivery.id), eq(webhookDeliveries.status, 'pending'))),
    );
  }

  async function withdrawnSince(delivery: DeliveryRow): Promise<boolean> {
    if (delivery.eventType === 'enquiry.consent_withdrawn') return false;
    const enquiry = firstRow(await store.db.select({ withdrawnAt: enquiries.withdrawnAt }).from(enquiries).where(eq(enquiries.id, delivery.enquiryId)).limit(1));
    return enquiry?.withdrawnAt != null;
  }

  function deliverDue(): Promise<number> {
    // Overlapping calls share the run in progress: one send in flight per process.
    running ??= runOnce().finally(() => {
      running = undefined;
    });
    return running;
  }

  const tick = () => {
    deliverDue().catch((error: unknown) => processLogger().error({ err: describeError(error) }, 'webhook delivery run failed'));
  };

  return {
    start() {
      if (timer) return;
      timer = setInterval(tick, pollMs);
      timer.unref();
      tick();
    },
    async stop() {
      if (timer) clearInterval(timer);
      timer = undefined;
      await running?.catch(() => undefined);
    },
    deliverDue,
  };
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const code = (error.cause as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' ? `${error.message} (${code})` : error.message;
}
