export { openHandoffFor, findHandoff, openHandoffsInQueueOrder, queuePosition, type HandoffRow } from './handoff-record.js';
export { requestHandoff } from './request-handoff.js';
export { familyHandoffView, queueEntry, hubName } from './handoff-views.js';
export { publishHandoffChange } from './publish-handoff-change.js';
export { queueLocalityFor } from './queue-locality.js';
export { isOutOfHours, isHubOpen, isWorkingDay, callbackDueAt, localTime } from './working-time.js';
export { bankHolidays } from './bank-holidays.js';
export { requestCallback, type CallbackRequest } from './request-callback.js';
