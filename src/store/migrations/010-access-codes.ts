/**
 * Migration 010: share codes expire, and the short codes go. Six-character share and link codes
 * could be guessed; every share code made before now stops working (the people already on a
 * list stay on it, and its owner gets a long code that expires by sharing again), and the
 * outstanding link codes, which lived 15 minutes at most, are dropped.
 */
export const up = `
ALTER TABLE lists ADD COLUMN share_code_expires_at INTEGER;
UPDATE lists SET share_code = NULL WHERE share_code IS NOT NULL;
DELETE FROM link_codes;
`;
