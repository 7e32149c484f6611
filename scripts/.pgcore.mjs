import { createCore } from '/work/main/dist/src/main.js';
import { createLogger } from '/work/main/dist/src/logger.js';
import { openPostgresConnection, migratePostgres } from '/work/main/dist/src/store/postgres/index.js';
const conn = openPostgresConnection('postgres://postgres@127.0.0.1:5432/ga_smoke');
migratePostgres(conn);
let t = Date.now();
const core = createCore({ db: conn, logger: createLogger({ level: 'warn' }), demoStore: true });
console.log('core+seed ms', Date.now() - t);
const say = async (text, i) => {
  const r = await core.agent.handle({ channel: 'web', externalUserId: 'smoke-1', conversationKey: 'smoke-1', messageId: 'm' + i + Date.now(), text });
  console.log('>', text, '\n<', (r.text ?? JSON.stringify(r)).slice(0, 200));
};
const msgs = ['add 2 gallons of milk and a dozen eggs', 'what is on my list', 'add bananas', 'how much is my list', 'is tide on sale', 'remove the eggs', 'set my budget to $100 a week', 'something cheaper than oreos', 'track the price of coffee', 'I am vegetarian', 'undo'];
for (let i = 0; i < msgs.length; i++) { t = Date.now(); await say(msgs[i], i); console.log('  ms', Date.now() - t); }
conn.close();
