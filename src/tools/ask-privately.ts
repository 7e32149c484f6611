/**
 * The answer in a group chat to what is personal (a person's preferences, a link code): it is
 * not said where others read along.
 */
export const ASK_PRIVATELY_TEXT =
  "That's personal, so I'd rather not answer it in a group: ask me in a private chat with me (open my profile and start a chat), and I'll answer there.";
