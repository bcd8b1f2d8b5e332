/**
 * The fixed option values of a flow's "offer to talk" question. Plain values (no zod), so the
 * widget can import them: it hides its own "Talk to someone" button while the question offers one.
 */
export const OFFER_VALUES = { talk: 'talk', more: 'more', done: 'done' } as const;
