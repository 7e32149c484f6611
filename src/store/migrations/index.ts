import * as m001 from './001-initial.js';
import * as m002 from './002-catalog-search.js';
import * as m003 from './003-preference-memory.js';
import * as m004 from './004-background-jobs.js';
import * as m005 from './005-list-item-products.js';
import * as m006 from './006-catalog-search-segments.js';
import * as m007 from './007-processed-messages-rowid.js';
import * as m008 from './008-misunderstood.js';
import * as m009 from './009-groups-and-buttons.js';
import * as m010 from './010-access-codes.js';
import * as m011 from './011-list-change-undo.js';
import * as m012 from './012-list-item-count.js';

/** A numbered schema change. Numbers only grow; a migration never changes once released. */
export interface Migration {
  version: number;
  name: string;
  up: string;
}

/** Every migration in order. Add new ones at the end with the next number. */
export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: 'initial', up: m001.up },
  { version: 2, name: 'catalog-search', up: m002.up },
  { version: 3, name: 'preference-memory', up: m003.up },
  { version: 4, name: 'background-jobs', up: m004.up },
  { version: 5, name: 'list-item-products', up: m005.up },
  { version: 6, name: 'catalog-search-segments', up: m006.up },
  { version: 7, name: 'processed-messages-rowid', up: m007.up },
  { version: 8, name: 'misunderstood', up: m008.up },
  { version: 9, name: 'groups-and-buttons', up: m009.up },
  { version: 10, name: 'access-codes', up: m010.up },
  { version: 11, name: 'list-change-undo', up: m011.up },
  { version: 12, name: 'list-item-count', up: m012.up },
];
