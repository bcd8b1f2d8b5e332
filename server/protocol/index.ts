/** The one protocol shared by server, widget and console. Front ends import it with `import type`. */
export * from './vocabulary.js';
export * from './limits.js';
export * from './known-language.js';
export * from './content.js';
export * from './widget-frames.js';
export * from './staff-frames.js';
export * from './http-bodies.js';
export * from './enquiry-bodies.js';
export * from './continuum-of-need.js';
export * from './urgent-lane.js';
export * from './conversation-list.js';
