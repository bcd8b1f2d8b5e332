/**
 * The urgent lane: every conversation flagged for safeguarding opens an alert that stays at the
 * top of every console allowed to see it until a person acknowledges it and records what they did.
 */
export { raiseAlert, type RaiseAlertInput } from './raise-alert.js';
export { acknowledgeAlert } from './acknowledge-alert.js';
export { listOpenAlerts } from './list-open-alerts.js';
export { publishAlertRaised, publishAlertAcknowledged } from './publish-alert.js';
export { subscribeUrgentLane } from './subscribe-urgent-lane.js';
export { canSeeAlert, assertCanSeeAlert } from './alert-access.js';
export { alertView, triggerWords } from './alert-view.js';
export { ALERT_RAISED_EVENT, type SafeguardingWebhookTarget } from './queue-alert-webhook.js';
