import { closeBody, wsFrame } from './raw-socket.js';

export interface CrashInput {
  name: string;
  /** Bytes written right after the upgrade handshake. */
  bytes: Buffer;
}

const TEXT = 1;
const BINARY = 2;
const CONTINUATION = 0;
const CLOSE = 8;
const PING = 9;
const resume = Buffer.from(JSON.stringify({ type: 'conversation.resume', language: 'en' }));

/**
 * Protocol-level inputs that each ended the process before every socket had an error listener
 * (issue 10, finding 1), plus the neighbours a fuzzer would try next. Shared by the fuzz test and
 * `npm run bench:hardening`, so the count reported is the count tested.
 */
export function crashInputs(maxPayload: number): CrashInput[] {
  return [
    { name: 'text frame one byte over maxPayload', bytes: wsFrame({ opcode: TEXT, payload: Buffer.alloc(maxPayload + 1, 0x61) }) },
    { name: 'text frame of 64 KiB + 1', bytes: wsFrame({ opcode: TEXT, payload: Buffer.alloc(64 * 1024 + 1, 0x61) }) },
    { name: 'header declaring 50 MB, short body', bytes: wsFrame({ opcode: TEXT, payload: Buffer.alloc(100, 0x61), declaredLength: 50 * 1024 * 1024 }) },
    { name: 'header declaring 2^63 - 1 bytes', bytes: wsFrame({ opcode: BINARY, payload: Buffer.alloc(10), declaredLength: Number.MAX_SAFE_INTEGER }) },
    { name: 'invalid UTF-8 in a text frame', bytes: wsFrame({ opcode: TEXT, payload: Buffer.from([0x7b, 0xff, 0xfe, 0x7d]) }) },
    { name: 'overlong UTF-8 encoding of "/"', bytes: wsFrame({ opcode: TEXT, payload: Buffer.from([0xc0, 0xaf]) }) },
    { name: 'UTF-16 surrogate encoded as UTF-8', bytes: wsFrame({ opcode: TEXT, payload: Buffer.from([0xed, 0xa0, 0x80]) }) },
    {
      name: 'invalid UTF-8 split across fragments',
      bytes: Buffer.concat([wsFrame({ opcode: TEXT, fin: false, payload: Buffer.from([0x61, 0xe2]) }), wsFrame({ opcode: CONTINUATION, payload: Buffer.from([0x28, 0xa1]) })]),
    },
    { name: 'unmasked client frame', bytes: wsFrame({ opcode: TEXT, payload: resume, masked: false }) },
    { name: 'reserved opcode 3', bytes: wsFrame({ opcode: 3, payload: Buffer.from('x') }) },
    { name: 'reserved control opcode 0xB', bytes: wsFrame({ opcode: 0x0b, payload: Buffer.from('x') }) },
    { name: 'RSV1 set without a negotiated extension', bytes: wsFrame({ opcode: TEXT, rsv: 4, payload: resume }) },
    { name: 'RSV2 and RSV3 set', bytes: wsFrame({ opcode: TEXT, rsv: 3, payload: resume }) },
    { name: 'ping with a 126-byte payload', bytes: wsFrame({ opcode: PING, payload: Buffer.alloc(126, 0x70) }) },
    { name: 'fragmented ping', bytes: wsFrame({ opcode: PING, fin: false, payload: Buffer.from('p') }) },
    { name: 'orphan continuation frame', bytes: wsFrame({ opcode: CONTINUATION, payload: Buffer.from('orphan') }) },
    {
      name: 'new text frame inside a fragmented message',
      bytes: Buffer.concat([wsFrame({ opcode: TEXT, fin: false, payload: Buffer.from('{"type":') }), wsFrame({ opcode: TEXT, payload: resume })]),
    },
    {
      name: 'fragments adding up past maxPayload',
      bytes: Buffer.concat([
        wsFrame({ opcode: TEXT, fin: false, payload: Buffer.alloc(maxPayload - 10, 0x61) }),
        wsFrame({ opcode: CONTINUATION, payload: Buffer.alloc(100, 0x61) }),
      ]),
    },
    { name: 'close with code 1005', bytes: wsFrame({ opcode: CLOSE, payload: closeBody(1005) }) },
    { name: 'close with code 1006', bytes: wsFrame({ opcode: CLOSE, payload: closeBody(1006) }) },
    { name: 'close with code 999', bytes: wsFrame({ opcode: CLOSE, payload: closeBody(999) }) },
    { name: 'close with code 5000', bytes: wsFrame({ opcode: CLOSE, payload: closeBody(5000) }) },
    { name: 'close with a 1-byte body', bytes: wsFrame({ opcode: CLOSE, payload: Buffer.from([0x03]) }) },
    { name: 'close with an invalid UTF-8 reason', bytes: wsFrame({ opcode: CLOSE, payload: closeBody(1000, Buffer.from([0xff])) }) },
    { name: 'JSON nested 15,000 deep', bytes: wsFrame({ opcode: TEXT, payload: Buffer.from('['.repeat(15_000)) }) },
    { name: 'binary frame of random bytes', bytes: wsFrame({ opcode: BINARY, payload: Buffer.from(Array.from({ length: 512 }, (_, i) => (i * 131) % 256)) }) },
    { name: 'non-frame garbage after the handshake', bytes: Buffer.from('GET / HTTP/1.1\r\nHost: x\r\n\r\n') },
  ];
}
