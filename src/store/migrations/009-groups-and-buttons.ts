/**
 * Migration 009: group chats and buttons that keep their meaning.
 *
 * - `chat_lists`: a group chat's own list (a Telegram group, a Teams group chat or channel), which
 *   everyone who speaks there edits. One per chat; deleting the list forgets it, and the next
 *   message in the chat starts a new one.
 * - `questions`: what the agent asked with buttons. A button's value names the question and the
 *   option (`q:<id>:<n>`), and the option's action is stored here, so an old button does what it
 *   says (or says it has expired) after newer questions and after a restart. A question that can
 *   be answered only once ("which milk?") keeps when it was answered.
 * - Conversation references that point at a group chat are forgotten: personal messages (alerts,
 *   digests) go only to a private Telegram chat or a personal Teams conversation. Earlier versions
 *   kept the last chat a person used, group or not.
 */
export const up = `
CREATE TABLE chat_lists (
  channel    TEXT NOT NULL,
  chat_key   TEXT NOT NULL,
  list_id    INTEGER NOT NULL REFERENCES lists(id) ON DELETE CASCADE,
  created_at INTEGER NOT NULL,
  PRIMARY KEY (channel, chat_key)
) WITHOUT ROWID;
CREATE INDEX chat_lists_list ON chat_lists(list_id);

CREATE TABLE questions (
  id          TEXT PRIMARY KEY,
  user_id     INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  prompt      TEXT NOT NULL,
  options     TEXT NOT NULL,
  once        INTEGER NOT NULL DEFAULT 0,
  answered_at INTEGER,
  created_at  INTEGER NOT NULL,
  expires_at  INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX questions_expiry ON questions(expires_at);

UPDATE conversations SET reference = NULL
WHERE reference IS NOT NULL AND (
  (channel = 'telegram' AND CAST(json_extract(reference, '$.chatId') AS INTEGER) < 0)
  OR (channel = 'teams' AND coalesce(json_extract(reference, '$.conversation.conversationType'), 'personal') <> 'personal')
);
`;
