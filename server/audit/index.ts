export { recordAudit, listAudit, sealAuditChain, type AuditActor } from './record-audit.js';
export { verifyAuditChain, AUDIT_PURGED_ACTION, type ChainReport } from './verify-audit-chain.js';
