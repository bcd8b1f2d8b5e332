export { recordAudit, listAudit, sealAuditChain, type AuditActor } from './record-audit.js';
export { verifyAuditChain, type ChainReport } from './verify-audit-chain.js';
