export { hashPassword, verifyPassword, PASSWORD_COST, type PasswordCost } from './password.js';
export {
  createSession,
  findSession,
  isSessionLive,
  destroySession,
  touchSession,
  cookieFrom,
  sessionCookieName,
  sessionHandle,
  SESSION_COOKIE,
  SECURE_SESSION_COOKIE,
  type StaffSession,
  type StaffRow,
} from './sessions.js';
export { logIn, publicStaff, LoginRefusedError, type LoginClient } from './log-in.js';
export { forgetOldAttempts } from './login-throttle.js';
export { requireStaff, sessionOf, hasCsrfToken, isSameOrigin, type AuthEnv } from './require-staff.js';
export { sessionOfUpgrade, keepSessionAlive } from './upgrade-session.js';
export { endSession, endExpiredSessions, endOwnSession, endOtherSessions, type SessionEndReason } from './end-session.js';
export { listSessions } from './list-sessions.js';
export { userAgentSummary } from './user-agent-summary.js';
export { seedDemoStaff, DEMO_ACCOUNTS, DEMO_PASSWORD } from './seed-demo-staff.js';
export { staffNames, type StaffName } from './staff-names.js';
