import type { Message, MessageContent, WidgetClientFrame } from '../../server/protocol/index.js';

/** Family frames that carry a clientMessageId: the ones the outbox keeps until acknowledged. */
export type OutboxFrame = Extract<WidgetClientFrame, { clientMessageId: string }>;

export type PromptContent = Extract<MessageContent, { kind: 'prompt' }>;
export type PromptMessage = Message & { content: PromptContent };

/**
 * Messages deduplicated by id and ordered by seq. The server may send a message twice (resume
 * snapshot plus a live frame racing it), and frames can arrive out of order after a reconnect.
 */
export function mergeMessages(current: readonly Message[], incoming: readonly Message[]): Message[] {
  const byId = new Map<string, Message>();
  for (const message of current) byId.set(message.id, message);
  for (const message of incoming) byId.set(message.id, message);
  return [...byId.values()].sort((a, b) => a.seq - b.seq);
}

function isTyped(prompt: PromptContent): boolean {
  return prompt.input === 'free-text' || prompt.input === 'postcode';
}

function contentAnswers(prompt: PromptContent, content: MessageContent): boolean {
  if (content.kind === 'answer') return content.nodeId === prompt.nodeId;
  return content.kind === 'text' && isTyped(prompt);
}

function frameAnswers(prompt: PromptContent, frame: OutboxFrame): boolean {
  if (frame.type === 'answer.send') return frame.nodeId === prompt.nodeId;
  return frame.type === 'message.send' && isTyped(prompt);
}

/**
 * The prompt awaiting an answer: the last prompt in the log with no family answer after it.
 * Frames still in the outbox count as answers, so controls do not reappear while offline.
 */
export function findActivePrompt(messages: readonly Message[], pending: readonly OutboxFrame[]): PromptMessage | null {
  for (let i = messages.length - 1; i >= 0; i--) {
    const candidate = messages[i]!;
    if (candidate.content.kind !== 'prompt') continue;
    const prompt = candidate.content;
    const answeredInLog = messages.some(
      (m) => m.seq > candidate.seq && m.author === 'family' && contentAnswers(prompt, m.content),
    );
    if (!answeredInLog && !pending.some((frame) => frameAnswers(prompt, frame))) return candidate as PromptMessage;
  }
  return null;
}

/** Outbox frames the server has not echoed back yet, shown as "sending…". */
export function unechoed<T extends { frame: OutboxFrame }>(entries: readonly T[], messages: readonly Message[]): T[] {
  const echoed = new Set(messages.map((m) => m.clientMessageId).filter(Boolean));
  return entries.filter((entry) => !echoed.has(entry.frame.clientMessageId));
}

/**
 * An unacknowledged own frame drawn as the message it will become. Only typed text and answers
 * are drawn; other frames (handoff, consent, callback) show their effect elsewhere.
 */
export function pendingAsMessage(entry: { frame: OutboxFrame; labels?: string[] }): Message | null {
  const { frame } = entry;
  const base = {
    id: `pending:${frame.clientMessageId}`,
    conversationId: '',
    seq: Number.MAX_SAFE_INTEGER,
    author: 'family' as const,
    clientMessageId: frame.clientMessageId,
    createdAt: '',
  };
  if (frame.type === 'message.send') return { ...base, content: { kind: 'text', text: frame.text } };
  if (frame.type === 'answer.send') {
    return { ...base, content: { kind: 'answer', nodeId: frame.nodeId, values: frame.values, labels: entry.labels ?? [] } };
  }
  return null;
}
