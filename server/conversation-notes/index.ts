export { addConversationNote, listConversationNotes } from './conversation-notes.js';
