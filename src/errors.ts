/**
 * Every error a user can meet, in one registry: a stable code, the plain sentence a user sees,
 * and the HTTP status the web API answers with. Logs get the cause; users never do.
 */
export const ERRORS = {
  BAD_INPUT: { status: 400, message: "I couldn't make sense of that. Could you say it another way?" },
  MESSAGE_TOO_LONG: { status: 413, message: 'That message is too long for me. Could you send it in shorter pieces?' },
  NOT_FOUND: { status: 404, message: "I couldn't find that." },
  PRODUCT_NOT_FOUND: { status: 404, message: "I couldn't find that product in the store." },
  LIST_NOT_FOUND: { status: 404, message: "I couldn't find a list by that name." },
  LIST_EXISTS: { status: 409, message: 'You already have a list with that name.' },
  ITEM_NOT_ON_LIST: { status: 404, message: "That item isn't on the list." },
  NOT_ALLOWED: { status: 403, message: "You don't have access to that list." },
  SHARE_CODE_INVALID: { status: 404, message: "That share code doesn't match any list. Check it and try again." },
  LINK_CODE_INVALID: { status: 404, message: "That link code isn't valid or has expired." },
  TOO_MANY_CODE_ATTEMPTS: { status: 429, message: 'Too many wrong codes were tried from here. Please wait a while before trying another code.' },
  LIST_FULL: { status: 409, message: 'That list is full. Take some things off before adding more.' },
  TOO_MANY_LISTS: { status: 409, message: 'You have as many lists as one person can have. Delete or leave one first.' },
  LIST_MEMBERS_FULL: { status: 409, message: 'That list is shared with as many people as it can be.' },
  NOTHING_TO_UNDO: { status: 409, message: "There's nothing to undo." },
  UNDO_NOT_YOURS: { status: 409, message: "The last change to that list was someone else's, so I won't undo it for you." },
  INVALID_QUANTITY: { status: 400, message: 'That quantity looks off. Try something like "2" or "1.5 lb".' },
  INVALID_AMOUNT: { status: 400, message: 'That amount looks off. Try something like "$150".' },
  UNAUTHORIZED: { status: 401, message: 'Please sign in again.' },
  RATE_LIMITED: { status: 429, message: "You're sending messages faster than I can keep up. Give me a second." },
  IMPORT_FAILED: { status: 400, message: 'The import failed and nothing was changed.' },
  UPSTREAM_UNAVAILABLE: { status: 503, message: "A service I rely on isn't answering right now. Please try again shortly." },
  BAD_FRAME: { status: 400, message: 'That message was not understood by the chat server.' },
  NO_SESSION: { status: 401, message: 'The chat is still connecting. Please try again in a moment.' },
  INTERNAL: { status: 500, message: 'Something went wrong on my side. Nothing you saved was lost.' },
} as const satisfies Record<string, { status: number; message: string }>;

/** A code from the registry. */
export type ErrorCode = keyof typeof ERRORS;

/**
 * Refusals that say "not now" rather than "no": the same message sent again later may be applied,
 * so a message refused with one of these is never remembered as handled.
 */
export const RETRY_LATER_CODES: ReadonlySet<string> = new Set<ErrorCode>(['RATE_LIMITED', 'TOO_MANY_CODE_ATTEMPTS', 'UPSTREAM_UNAVAILABLE']);

/**
 * An error that carries a registry code. `detail` is for logs; `userMessage` for people.
 *
 * @example
 * throw new AppError('LIST_NOT_FOUND', { detail: `list ${name} for user ${userId}` });
 */
export class AppError extends Error {
  override name = 'AppError';
  readonly code: ErrorCode;
  readonly status: number;
  readonly userMessage: string;
  readonly detail?: string;

  constructor(code: ErrorCode, opts: { userMessage?: string; detail?: string; cause?: unknown } = {}) {
    super(opts.detail ?? ERRORS[code].message, { cause: opts.cause });
    this.code = code;
    this.status = ERRORS[code].status;
    this.userMessage = opts.userMessage ?? ERRORS[code].message;
    this.detail = opts.detail;
  }
}

/** True when `err` is an AppError, optionally with a given code. */
export function isAppError(err: unknown, code?: ErrorCode): err is AppError {
  return err instanceof AppError && (code === undefined || err.code === code);
}

/** The sentence a user may see for any thrown value: registry text for AppErrors, a generic line otherwise. */
export function userMessageOf(err: unknown): string {
  return isAppError(err) ? err.userMessage : ERRORS.INTERNAL.message;
}
