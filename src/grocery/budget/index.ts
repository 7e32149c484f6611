/**
 * Budget: a weekly or monthly amount per user, and where they stand in the current period
 * (orders placed, the list about to be bought, what is left), in the user's time zone.
 */
export {
  createBudgetService,
  MAX_BUDGET_CENTS,
  type Budget,
  type BudgetService,
  type BudgetStatus,
} from './budget-service.js';
export { periodBounds, type BudgetPeriod, type PeriodBounds } from './budget-period.js';
export { isValidTimeZone, localDateOf, startOfLocalDay, type LocalDate } from './zoned-time.js';
