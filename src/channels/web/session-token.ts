import crypto from 'node:crypto';

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
 * const tokens = createSessionTokens(config.sessionSecret ?? persistentSecret(db, 'web_session_secret'));
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
      if (typeof token !== 'string' || token.length > 200) return undefined;
      const [id, mac] = token.split('.');
      if (!id || !mac) return undefined;
      const expected = Buffer.from(sign(id));
      const given = Buffer.from(mac);
      return expected.length === given.length && crypto.timingSafeEqual(expected, given) ? id : undefined;
    },
  };
}
