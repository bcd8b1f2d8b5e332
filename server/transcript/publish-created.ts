import type { AppContext } from '../app-context.js';
import type { Message } from '../protocol/index.js';

/**
 * Tells this process's subscribers about messages that are now durably stored. The other processes
 * heard of them from the transaction that stored them (appendMessages announces them).
 */
export function publishCreated(ctx: AppContext, created: Message[]): void {
  for (const message of created) ctx.bus.publishLocal('message.created', message);
}
