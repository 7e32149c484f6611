import { openDatabase } from '../../../src/store/database.js';
import { sqliteConnection } from '../../../src/store/sql.js';
import { createTempDb } from '../../helpers/temp-db.js';
import { describeEmbeddedVectorMemory } from './embedded-vector-memory.js';

describeEmbeddedVectorMemory({
  name: 'SQLite',
  backend: 'sqlite-vec',
  open() {
    const t = createTempDb();
    const handles = [t.db];
    return {
      conn: sqliteConnection(t.db),
      connectAgain() {
        const db = openDatabase({ dataDir: t.dir });
        handles.push(db);
        return sqliteConnection(db);
      },
      cleanup() {
        for (const db of handles) if (db.open) db.close();
        t.cleanup();
      },
    };
  },
});
