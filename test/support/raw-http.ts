import { connect } from 'node:net';

/** Writes raw bytes to the server and resolves with the status line's code and the raw response. */
export function rawRequest(baseUrl: string, head: string, body: (write: (chunk: string | Buffer) => boolean) => void | Promise<void> = () => {}): Promise<{ status: number; text: string }> {
  const { hostname, port } = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname);
    let text = '';
    socket.on('data', (data) => {
      text += data.toString('latin1');
      const match = /^HTTP\/1\.1 (\d{3})/.exec(text);
      // Once the status line and the end of the headers are in, the answer is known.
      if (match && text.includes('\r\n\r\n')) {
        socket.destroy();
        resolve({ status: Number(match[1]), text });
      }
    });
    socket.on('error', (error) => (text ? resolve({ status: Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1] ?? 0), text }) : reject(error)));
    socket.on('close', () => resolve({ status: Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1] ?? 0), text }));
    socket.on('connect', () => {
      socket.write(head);
      void body((chunk) => !socket.destroyed && socket.write(chunk));
    });
  });
}
