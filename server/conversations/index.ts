export { resumeConversation, changeLanguage, INTAKE_FLOW_ID, PRACTITIONER_FLOW_ID, type ResumeInput, type ResumeResult } from './resume-conversation.js';
export { receiveFamilyInput, type FamilyInput, type ReceiveResult } from './receive-family-input.js';
export { findConversation, type ConversationRow } from './conversation-record.js';
export { sendStaffMessage } from './send-staff-message.js';
export { conversationDetail } from './conversation-detail.js';
