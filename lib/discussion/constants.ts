// Discussion constants shared by server and client code (kept free of zod, which would
// otherwise be shipped to every browser that renders a discussion).

/** Nesting shown inline; deeper replies continue on a page of their own. */
export const INLINE_DEPTH = 5;
