/**
 * Migration 008: the misunderstood inbox. Messages the agent could not understand, and those the
 * person undid, declined or corrected right away, kept for the deployment's operator to label
 * into evals/ (`grocery-agent review`). No user id is kept: the inbox is the operator's, and
 * nobody else's message is ever shown to a person.
 */
export const up = `
CREATE TABLE misunderstood (
  id          INTEGER PRIMARY KEY,
  at          INTEGER NOT NULL,
  channel     TEXT NOT NULL,
  kind        TEXT NOT NULL,
  text        TEXT NOT NULL,
  followed_by TEXT,
  understood  TEXT,
  reviewed_at INTEGER
);
CREATE INDEX misunderstood_open ON misunderstood(reviewed_at, id);
`;
