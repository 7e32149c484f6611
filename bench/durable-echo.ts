/**
 * A reference server for `echo_ratio`: the bare fastify WebSocket echo, plus only the writes that
 * make one chat turn durable, on our real schema (src/store migrations, same pragmas) and our
 * group commit: the message remembered for redeliveries (processed_messages), the item added to
 * the person's list (list_items), and the two conversation rows (turns). No understanding, no
 * reads, no reply to compose: every real turn does at least this much, so the ratio this server
 * reaches is a ceiling for `echo_ratio` on the machine it runs on.
 */
import Fastify from 'fastify';
import websocket from '@fastify/websocket';
import { openDatabase } from '../src/store/database.js';
import { createGroupCommit } from '../src/store/group-commit.js';
import { sqliteConnection } from '../src/store/sql.js';

/** Starts the server on a database under `dataDir`; `close()` stops it and closes the database. */
export async function startDurableEchoServer(dataDir: string): Promise<{ url: string; close: () => Promise<void> }> {
  const db = openDatabase({ dataDir, fileName: 'durable-echo.db' });
  const group = createGroupCommit(sqliteConnection(db));
  const now = Date.now();
  const user = Number(db.prepare('INSERT INTO users (display_name, created_at) VALUES (?, ?)').run('bench', now).lastInsertRowid);
  const newList = db.prepare('INSERT INTO lists (owner_id, name, created_at, updated_at) VALUES (?, ?, ?, ?)');
  const newConversation = db.prepare("INSERT INTO conversations (id, user_id, channel, state, updated_at) VALUES (?, ?, 'web', '{}', ?)");
  const remember = db.prepare("INSERT INTO processed_messages (channel, message_key, reply, created_at) VALUES ('web', ?, ?, ?)");
  const addItem = db.prepare('INSERT INTO list_items (list_id, name, quantity, added_by, position, created_at, updated_at) VALUES (?, ?, 1, ?, ?, ?, ?)');
  const addTurn = db.prepare('INSERT INTO turns (conversation_id, role, text, created_at) VALUES (?, ?, ?, ?)');
  let sockets = 0;
  let messages = 0;

  const app = Fastify({ logger: false });
  await app.register(websocket, { options: { maxPayload: 64 * 1024 } });
  app.get('/ws', { websocket: true }, (socket) => {
    const n = ++sockets;
    const list = Number(newList.run(user, `list ${n}`, now, now).lastInsertRowid);
    const conversation = `web:bench-${n}`;
    newConversation.run(conversation, user, now);
    socket.on('message', (data, isBinary) => {
      const text = data.toString();
      const key = `m${++messages}`;
      group
        .run(() => {
          const at = Date.now();
          remember.run(key, text, at);
          addItem.run(list, text.slice(0, 200), user, messages, at, at);
          addTurn.run(conversation, 'user', text, at);
          addTurn.run(conversation, 'assistant', text, at);
        })
        .then(() => socket.send(data, { binary: isBinary }));
    });
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  return {
    url: `ws://127.0.0.1:${(app.server.address() as { port: number }).port}/ws`,
    close: async () => {
      await app.close();
      db.close();
    },
  };
}
