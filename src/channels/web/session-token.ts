import crypto from 'node:crypto';

/**
 * A token as issued, and nothing else: a 16-byte session id and an HMAC-SHA256, both base64url,
 * joined by one dot. A third part, padding, spaces or any other character makes it not a token.
 */
const TOKEN = /^([A-Za-z0-9_-]{22})\.([A-Za-z0-9_-]{43})$/;

/**
 * Signed session tokens for the web chat: `<sessionId>.<hmac>`. A page reload presents the token
 * and resumes the same conversation; a forged or altered token is refused.
 */
export interface SessionTokens {
  issue(): { sessionId: string; token: string };
  /** The session id inside a valid token, or undefined. */
  verify(token: unknown): string | undefined;
}

/**
 * Issues and checks session tokens signed with `secret` (HMAC-SHA256, compared in constant time).
 *
 * @example
 * const tokens = createSessionTokens(config.sessionSecret ?? persistentSecret(sqliteConnection(db), 'web_session_secret'));
 * const { token } = tokens.issue();
 * tokens.verify(token); // the session id
 */
export function createSessionTokens(secret: string): SessionTokens {
  const sign = (id: string) => crypto.createHmac('sha256', secret).update(id).digest('base64url');
  return {
    issue() {
      const sessionId = crypto.randomBytes(16).toString('base64url');
      return { sessionId, token: `${sessionId}.${sign(sessionId)}` };
    },
    verify(token) {
      if (typeof token !== 'string') return undefined;
      const parts = TOKEN.exec(token);
      if (!parts) return undefined;
      const [, id, mac] = parts as unknown as [string, string, string];
      return crypto.timingSafeEqual(Buffer.from(sign(id)), Buffer.from(mac)) ? id : undefined;
    },
  };
}
