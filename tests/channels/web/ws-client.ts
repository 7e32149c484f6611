import type { WebSocket } from 'ws';

/** A test's view of one chat socket: send frames, wait for the next frame of a type. */
export interface ChatClient {
  send(frame: unknown): void;
  sendRaw(data: string | Buffer): void;
  next(type: string, timeoutMs?: number): Promise<any>;
  /** Every frame received so far. */
  frames: any[];
  close(): void;
}

/** Wraps a socket from `app.injectWS('/ws')` (or a real `ws` client). */
export function chatClient(ws: WebSocket): ChatClient {
  const frames: any[] = [];
  let read = 0;
  const waiters: (() => void)[] = [];
  ws.on('message', (data) => {
    frames.push(JSON.parse(data.toString()));
    waiters.splice(0).forEach((w) => w());
  });
  return {
    frames,
    send: (frame) => ws.send(JSON.stringify(frame)),
    sendRaw: (data) => ws.send(data),
    next(type, timeoutMs = 5000) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no "${type}" frame; got ${JSON.stringify(frames.slice(read))}`)), timeoutMs);
        const look = () => {
          while (read < frames.length) {
            const f = frames[read++];
            if (f.type === type) {
              clearTimeout(timer);
              return resolve(f);
            }
          }
          waiters.push(look);
        };
        look();
      });
    },
    close: () => ws.terminate(),
  };
}
