/**
 * A conversation's transcript: appending messages with their sequence numbers, reading them back,
 * and announcing new ones. The family's turn, staff replies, handoff, callbacks and enquiries all
 * write to it, so it has its own home.
 */
export { appendMessages, listMessages, findByClientMessageId, findMessage, findMessages, toMessage, type NewMessage } from './message-log.js';
export { publishCreated } from './publish-created.js';
