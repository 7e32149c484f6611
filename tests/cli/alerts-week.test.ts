/**
 * The alerts a simulated week of the demo price feed gives people (an injected clock, hour by
 * hour; the real price refresh, deal scan and notifier): at most 5 alert messages per person per
 * day, none in a group chat, none claiming something the person never did or said; and the
 * pressure is real (people reach the cap, backlogs become summaries).
 */
import { describe, expect, it } from 'vitest';
import { simulateAlertWeek } from '../../src/cli/alerts-week.js';

describe('a week of alerts', () => {
  it('keeps every person within 5 alert messages a day, out of group chats, and true', async () => {
    const report = await simulateAlertWeek({ days: 7, people: 16, groups: 3, products: 300 });
    expect(report.alertsCreated).toBeGreaterThan(report.people * 7);
    expect(report.perPersonPerDay.max).toBeLessThanOrEqual(5);
    expect(report.perPersonPerDay.personDaysAtCap).toBeGreaterThan(0);
    expect(report.summaries).toBeGreaterThan(0);
    expect(report.inGroupChats).toBe(0);
    expect(report.claimsChecked).toBeGreaterThan(100);
    expect(report.falseClaimExamples).toEqual([]);
    expect(report.falseClaims).toBe(0);
  }, 240_000);
});
