import { randomBytes } from 'node:crypto';
import { connect, type Socket } from 'node:net';

/**
 * A WebSocket spoken by hand over a TCP socket: the upgrade handshake, then frames written byte by
 * byte, so tests can send what no well-behaved client library would (bad opcodes, unmasked
 * frames, lying lengths). Nothing answers pings, which makes it a dead client for heartbeat tests.
 */
export class RawSocket {
  readonly received: Buffer[] = [];
  receivedBytes = 0;
  closed = false;
  /** Answer the server's pings (a live client) until set to false (a dead one). */
  answerPings = false;
  readonly #closedPromise: Promise<void>;

  private constructor(readonly tcp: Socket) {
    tcp.on('data', (chunk) => {
      this.received.push(chunk);
      this.receivedBytes += chunk.length;
      if (this.answerPings) for (const ping of this.#frames(0x9).slice(this.#pongs)) this.#pong(ping);
    });
    tcp.on('error', () => {});
    this.#closedPromise = new Promise((resolve) => tcp.once('close', () => ((this.closed = true), resolve())));
  }

  /** Opens a TCP connection and completes the upgrade; resolves once the 101 response has arrived. */
  static async open(httpUrl: string, path: string, headers: Record<string, string> = {}): Promise<RawSocket> {
    const url = new URL(httpUrl);
    const tcp = connect({ host: url.hostname, port: Number(url.port) });
    await new Promise<void>((resolve, reject) => tcp.once('connect', resolve).once('error', reject));
    const lines = [
      `GET ${path} HTTP/1.1`,
      `Host: ${url.host}`,
      'Upgrade: websocket',
      'Connection: Upgrade',
      `Sec-WebSocket-Key: ${randomBytes(16).toString('base64')}`,
      'Sec-WebSocket-Version: 13',
      ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`),
    ];
    tcp.write(`${lines.join('\r\n')}\r\n\r\n`);
    const head = await new Promise<Buffer>((resolve, reject) => {
      let buffer = Buffer.alloc(0);
      const onData = (chunk: Buffer) => {
        buffer = Buffer.concat([buffer, chunk]);
        const end = buffer.indexOf('\r\n\r\n');
        if (end === -1) return;
        tcp.off('data', onData);
        // Anything after the headers is the first frame: give it back to the stream.
        if (buffer.length > end + 4) tcp.unshift(buffer.subarray(end + 4));
        resolve(buffer.subarray(0, end));
      };
      tcp.on('data', onData);
      tcp.once('error', reject);
    });
    if (!head.toString().startsWith('HTTP/1.1 101')) throw new Error(`upgrade refused: ${head.toString().split('\r\n')[0]}`);
    return new RawSocket(tcp);
  }

  write(bytes: Buffer): void {
    if (!this.tcp.destroyed) this.tcp.write(bytes);
  }

  sendText(text: string): void {
    this.write(wsFrame({ opcode: 1, payload: Buffer.from(text) }));
  }

  /** Resolves when the server has closed the connection (or rejects after timeoutMs). */
  whenClosed(timeoutMs = 5000): Promise<void> {
    return Promise.race([
      this.#closedPromise,
      new Promise<void>((_, reject) => setTimeout(() => reject(new Error('the server did not close the socket')), timeoutMs).unref()),
    ]);
  }

  #pongs = 0;

  #pong(payload: Buffer): void {
    this.#pongs++;
    this.write(wsFrame({ opcode: 0xa, payload }));
  }

  /** Text frames the server sent (unmasked, unfragmented: what our server writes). */
  textFrames(): string[] {
    return this.#frames(0x1).map((payload) => payload.toString());
  }

  #frames(wanted: number): Buffer[] {
    const data = Buffer.concat(this.received);
    const texts: Buffer[] = [];
    let at = 0;
    while (at + 2 <= data.length) {
      const opcode = data[at]! & 0x0f;
      let length = data[at + 1]! & 0x7f;
      let offset = at + 2;
      if (length === 126) (length = data.readUInt16BE(offset)), (offset += 2);
      else if (length === 127) (length = Number(data.readBigUInt64BE(offset))), (offset += 8);
      if (offset + length > data.length) break;
      if (opcode === wanted) texts.push(data.subarray(offset, offset + length));
      at = offset + length;
    }
    return texts;
  }

  destroy(): void {
    this.tcp.destroy();
  }
}

export interface FrameSpec {
  opcode: number;
  payload?: Buffer;
  fin?: boolean;
  /** RSV1..3 bits as a number 0-7. */
  rsv?: number;
  /** Clients must mask; false sends an unmasked frame. */
  masked?: boolean;
  /** A length to write in the header instead of the payload's real length. */
  declaredLength?: number;
}

/** Encodes one WebSocket frame exactly as specified, valid or not. */
export function wsFrame({ opcode, payload = Buffer.alloc(0), fin = true, rsv = 0, masked = true, declaredLength }: FrameSpec): Buffer {
  const length = declaredLength ?? payload.length;
  const first = (fin ? 0x80 : 0) | ((rsv & 7) << 4) | (opcode & 0x0f);
  const maskBit = masked ? 0x80 : 0;
  let header: Buffer;
  if (length < 126) header = Buffer.from([first, maskBit | length]);
  else if (length < 65536) {
    header = Buffer.alloc(4);
    header.writeUInt8(first, 0), header.writeUInt8(maskBit | 126, 1), header.writeUInt16BE(length, 2);
  } else {
    header = Buffer.alloc(10);
    header.writeUInt8(first, 0), header.writeUInt8(maskBit | 127, 1), header.writeBigUInt64BE(BigInt(length), 2);
  }
  if (!masked) return Buffer.concat([header, payload]);
  const key = randomBytes(4);
  const body = Buffer.from(payload.map((byte, i) => byte ^ key[i % 4]!));
  return Buffer.concat([header, key, body]);
}

/** A close frame body: the code, then an optional reason. */
export function closeBody(code: number, reason: Buffer = Buffer.alloc(0)): Buffer {
  const body = Buffer.alloc(2);
  body.writeUInt16BE(code, 0);
  return Buffer.concat([body, reason]);
}
