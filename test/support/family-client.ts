import type { Message, WidgetServerFrame } from '../../server/protocol/index.js';
import { TestSocket, wsUrl } from './test-socket.js';

type Ready = Extract<WidgetServerFrame, { type: 'conversation.ready' }>;

let counter = 0;
export const newClientId = () => `test-${process.pid}-${Date.now()}-${++counter}`;

/** A family's widget connection driven frame by frame. */
export class FamilyClient {
  private constructor(
    readonly socket: TestSocket,
    readonly ready: Ready,
  ) {}

  static async start(baseUrl: string, language = 'en', resume?: { conversationId: string; token: string }): Promise<FamilyClient> {
    const socket = await TestSocket.open(wsUrl(baseUrl, '/ws/widget'));
    const ready = await socket.request<Ready>({ type: 'conversation.resume', language, ...resume }, (f) => f.type === 'conversation.ready');
    return new FamilyClient(socket, ready);
  }

  get conversationId(): string {
    return this.ready.conversationId;
  }

  /** Sends a family frame and resolves with its ack (seq of the stored message) or error frame. */
  async send(frame: { type: string; [key: string]: unknown }) {
    const clientMessageId = newClientId();
    return this.socket.request<{ type: string; seq: number; messageId: string; code?: string }>(
      { ...frame, clientMessageId },
      (f) => (f.type === 'message.acked' || f.type === 'error') && f.clientMessageId === clientMessageId,
    );
  }

  answer(nodeId: string, values: string[]) {
    return this.send({ type: 'answer.send', nodeId, values });
  }

  say(text: string) {
    return this.send({ type: 'message.send', text });
  }

  /** Answers the intake up to the handoff offer and asks to talk to someone. */
  async askForHelp(options: { postcode?: string; needs?: string[]; urgency?: string } = {}) {
    await this.answer('who', ['parent-carer']);
    await this.answer('ages', ['5-11']);
    await this.answer('needs', options.needs ?? ['behaviour-parenting']);
    await (options.postcode ? this.say(options.postcode) : this.answer('postcode', []));
    await this.answer('urgency', [options.urgency ?? 'this-week']);
    await this.answer('own-words', []);
    await this.answer('offer', ['talk']);
    await this.socket.waitFor((f) => f.type === 'handoff.updated');
  }

  messages(): Message[] {
    const byId = new Map<string, Message>(this.ready.messages.map((m) => [m.id, m]));
    for (const frame of this.socket.frames) if (frame.type === 'message.created') byId.set((frame.message as Message).id, frame.message as Message);
    return [...byId.values()].sort((a, b) => a.seq - b.seq);
  }

  close() {
    return this.socket.close();
  }
}
