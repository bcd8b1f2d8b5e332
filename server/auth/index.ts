export { hashPassword, verifyPassword } from './password.js';
export { createSession, findSession, isSessionLive, destroySession, cookieFrom, SESSION_COOKIE, type StaffSession, type StaffRow } from './sessions.js';
export { logIn, publicStaff, LoginRefusedError } from './log-in.js';
export { requireStaff, isSameOrigin, type AuthEnv } from './require-staff.js';
export { seedDemoStaff, DEMO_ACCOUNTS, DEMO_PASSWORD } from './seed-demo-staff.js';
