/**
 * Limits the widget and console must know as plain values (no zod here, so the widget bundle can
 * import them). The server enforces the same numbers through the frame schemas.
 */

/** A family message: 4,000 characters (UTF-16 units, as `maxlength` counts) is plenty for anyone. */
export const FAMILY_MESSAGE_MAX_CHARS = 4000;
/** Staff chat lines share the family's limit so nothing staff write is refused by the family's side. */
export const STAFF_MESSAGE_MAX_CHARS = 4000;
