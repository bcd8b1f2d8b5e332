/** Enough to draw the launcher and the language picker: one small file per language. */
export const STARTUP_NAMESPACES = ['widget'] as const;
/**
 * Everything a conversation can show. quick-replies is here because staff quick replies reach the
 * family as `localised` messages keyed in that namespace.
 */
export const CHAT_NAMESPACES = ['common', 'widget', 'flows', 'resources', 'safeguarding', 'consent', 'quick-replies'] as const;
