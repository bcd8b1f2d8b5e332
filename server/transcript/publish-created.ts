import type { AppContext } from '../app-context.js';
import type { Message } from '../protocol/index.js';

/** Tells every subscriber about messages that are now durably stored. */
export function publishCreated(ctx: AppContext, created: Message[]): void {
  for (const message of created) ctx.bus.publish('message.created', message);
}
