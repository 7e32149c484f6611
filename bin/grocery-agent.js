#!/usr/bin/env node
// The `grocery-agent` command. The TypeScript is compiled to dist/ on install (npm's prepare step).
import('../dist/src/cli/index.js').catch((err) => {
  if (err && err.code === 'ERR_MODULE_NOT_FOUND' && String(err.message).includes('dist/src/cli')) {
    console.error('grocery-agent is not built yet: run `npm run build` first.');
  } else {
    console.error(err);
  }
  process.exit(1);
});
