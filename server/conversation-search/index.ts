export { listConversations } from './list-conversations.js';
export { recordFamilyWords } from './record-family-words.js';
