export { recordAudit, listAudit, type AuditActor } from './record-audit.js';
