import { simulateAlertWeek } from './alerts-week.js';

/**
 * `grocery-agent alerts-week [--days N] [--people N] [--products N] [--json]`: a simulated week of
 * the demo price feed on an injected clock, and what it means for people's alerts: alert messages
 * per person per day (at most 5), messages to group chats (none) and alerts claiming something the
 * person never did or said (none). Exits 1 when any of those is broken. See docs/jobs.md.
 */
export async function alertsWeekCommand(args: string[], out: (text: string) => void = (t) => void process.stdout.write(t)): Promise<number> {
  const number = (flag: string) => {
    const i = args.indexOf(flag);
    return i >= 0 && args[i + 1] !== undefined ? Number(args[i + 1]) : undefined;
  };
  const report = await simulateAlertWeek({
    days: number('--days'),
    people: number('--people'),
    products: number('--products'),
    progress: (day, days) => process.stderr.write(`simulated day ${day} of ${days}\n`),
  });
  if (args.includes('--json')) out(`${JSON.stringify(report, null, 2)}\n`);
  else {
    const d = report.perPersonPerDay;
    out(
      [
        `${report.days} days of the demo feed, ${report.people} people (${report.groups} groups), ${report.products} products`,
        `alerts created: ${report.alertsCreated}; alert messages sent: ${report.alertMessages} (${report.summaries} summaries); dropped as no longer true: ${report.expired}`,
        `alert messages per person per day: max ${d.max} (cap ${d.cap}), mean ${d.mean}, p95 ${d.p95}; person-days at the cap: ${d.personDaysAtCap}`,
        `messages to group chats: ${report.inGroupChats}`,
        `claims checked: ${report.claimsChecked}; claims the person never made: ${report.falseClaims}`,
        ...report.falseClaimExamples.map((e) => `  ${e}`),
        '',
      ].join('\n'),
    );
  }
  return report.perPersonPerDay.max <= report.perPersonPerDay.cap && report.inGroupChats === 0 && report.falseClaims === 0 ? 0 : 1;
}
