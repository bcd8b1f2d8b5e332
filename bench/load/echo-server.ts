import Database from 'better-sqlite3';
import { WebSocketServer } from 'ws';

/**
 * The two baselines of `npm run bench:load`, speaking just enough of the widget protocol for the
 * same clients: `conversation.resume` gets `conversation.ready`, `message.send` gets
 * `message.acked`. Mode `bare` acks at once; mode `sqlite` first inserts the message (one
 * prepared INSERT, WAL, synchronous=FULL: the durability Front Door promises) and acks after.
 *   node dist/bench/echo-server.js bare | sqlite <database file>   (prints {"url": …} when listening)
 */
const [mode, databasePath] = process.argv.slice(2);
if (!(mode === 'bare' || (mode === 'sqlite' && databasePath))) throw new Error('usage: echo-server.js bare | sqlite <database file>');

const store = databasePath ? openStore(databasePath) : undefined;
let conversations = 0;
let seq = 0;

function openStore(path: string) {
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.exec('create table messages (id integer primary key, conversation text not null, client_message_id text not null, body text not null, at text not null)');
  return db.prepare('insert into messages (conversation, client_message_id, body, at) values (?, ?, ?, ?)');
}

const server = new WebSocketServer({ host: '127.0.0.1', port: 0, maxPayload: 16 * 1024 });
server.on('connection', (socket) => {
  socket.on('error', () => socket.terminate());
  let conversationId = '';
  socket.on('message', (raw) => {
    let frame: { type?: unknown; clientMessageId?: string; text?: string };
    try {
      frame = JSON.parse(String(raw)) as typeof frame;
    } catch {
      return socket.close(1007, 'not JSON');
    }
    if (frame.type === 'conversation.resume') {
      conversationId = `echo-${++conversations}`;
      socket.send(JSON.stringify({ type: 'conversation.ready', conversationId }));
    } else if (frame.type === 'message.send') {
      const id = ++seq;
      store?.run(conversationId, frame.clientMessageId ?? '', frame.text ?? '', new Date().toISOString());
      socket.send(JSON.stringify({ type: 'message.acked', clientMessageId: frame.clientMessageId, messageId: String(id), seq: id }));
    }
  });
});
server.on('listening', () => {
  const { port } = server.address() as { port: number };
  console.log(JSON.stringify({ url: `http://127.0.0.1:${port}` }));
});
