/**
 * The working-time calendar: hub opening hours, bank holidays (computed, with substitute days) and
 * working days, in the district's time zone. Handoff, callbacks, enquiries and the scorecard all
 * borrow it, so it has its own home.
 */
export { isOutOfHours, isHubOpen, isWorkingDay, callbackDueAt, localTime, nextOpeningAt } from './working-time.js';
export { bankHolidays } from './bank-holidays.js';
