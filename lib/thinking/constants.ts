// Voting constants shared by server and client code (kept free of zod and server-only imports).

/**
 * Rows of a ranked list (the group differential, the vote distribution) shown before "Show more".
 * The page sends only these; the rest is fetched when asked for, so a 200-voter poll does not
 * ride along with every page view.
 */
export const THINKING_PREVIEW_ROWS = 5;
