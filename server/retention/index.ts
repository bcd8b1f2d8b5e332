export { loadRetentionPolicy, promisedEnquiryYears, cutoff, RetentionPolicy } from './retention-policy.js';
export { purgeExpired, DRY_RUN_LIMIT, type PurgeReport, type PurgeContext } from './purge-expired.js';
export { PURGE_KINDS, type PurgeKind } from './expired-records.js';
export { eraseConversationData, type ErasedData } from './erase-conversation-data.js';
export { scheduleRetentionPurge } from './schedule-retention-purge.js';
export { eraseFamily, ENQUIRY_ERASED_EVENT } from './erase-family.js';
export { endFamilyAccess } from './end-family-access.js';
export { subjectAccessPack, type SubjectAccessPack } from './subject-access-pack.js';
export { renderPackHtml } from './render-pack-html.js';
