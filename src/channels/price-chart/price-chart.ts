import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import type { Reply } from '../../agent/index.js';

/** The price history a reply carries (get_price's `priceHistory`), the same data the web page draws. */
export type PriceHistory = NonNullable<Reply['priceHistory']>;

/** What a chat channel shows for a price history: a picture with a caption, or one sentence when there is nothing to draw. */
export type PriceChart = { kind: 'picture'; png: Buffer; svg: string; caption: string; alt: string } | { kind: 'sentence'; text: string };

const WIDTH = 480;
const HEIGHT = 240;
const PAD = { left: 58, right: 16, top: 34, bottom: 40 };
/** The font is shipped in a package (dejavu-fonts-ttf): the picture never depends on the server's fonts. */
const FONT = createRequire(import.meta.url).resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf');

const dollars = (cents: number) => `$${(cents / 100).toFixed(2)}`;
const day = (at: number) => new Date(at).toLocaleDateString('en-US', { month: 'short', day: 'numeric', timeZone: 'UTC' });
const days = (ms: number) => Math.max(1, Math.round(ms / 86_400_000));
const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The price chart as a chat channel shows it: a PNG drawn server-side from the reply's price
 * history (dates along the bottom, prices up the side, today's price marked), or, when the price
 * never moved, the sentence "No change in 90 days" instead of a flat line.
 *
 * @example
 * const chart = priceChart(reply.priceHistory);
 * if (chart.kind === 'picture') await bot.api.sendPhoto(chatId, new InputFile(chart.png), { caption: chart.caption });
 */
export function priceChart(history: PriceHistory): PriceChart {
  const points = history.points;
  if (points.length === 0) return { kind: 'sentence', text: `I have no price history for ${history.name} yet.` };
  const span = days(points.at(-1)!.at - points[0]!.at);
  const now = points.at(-1)!.priceCents;
  if (points.every((p) => p.priceCents === now)) {
    return { kind: 'sentence', text: `${history.name}: no change in ${span} days, ${dollars(now)} the whole time.` };
  }
  const prices = points.map((p) => p.priceCents);
  const lo = Math.min(...prices);
  const hi = Math.max(...prices);
  const svg = chartSvg(history, lo, hi);
  const png = new Resvg(svg, { font: { loadSystemFonts: false, fontFiles: [FONT], defaultFontFamily: 'DejaVu Sans' }, background: '#ffffff' }).render().asPng();
  const alt = `${history.name}: ${dollars(now)} now; between ${dollars(lo)} and ${dollars(hi)} from ${day(points[0]!.at)} to ${day(points.at(-1)!.at)}`;
  return { kind: 'picture', png, svg, alt, caption: `${history.name}, last ${span} days: ${dollars(now)} now (low ${dollars(lo)}, high ${dollars(hi)}).` };
}

/** The chart as SVG: the drawing {@link priceChart} renders. */
function chartSvg(history: PriceHistory, lo: number, hi: number): string {
  const { points } = history;
  const first = points[0]!.at;
  const last = points.at(-1)!.at;
  const w = WIDTH - PAD.left - PAD.right;
  const h = HEIGHT - PAD.top - PAD.bottom;
  const x = (at: number) => PAD.left + ((at - first) / (last - first || 1)) * w;
  const y = (cents: number) => PAD.top + (1 - (cents - lo) / (hi - lo)) * h;
  // Steps, as prices are: a price holds until the next one.
  const path = points.map((p, i) => (i === 0 ? `M${x(p.at).toFixed(1)},${y(p.priceCents).toFixed(1)}` : `H${x(p.at).toFixed(1)} V${y(p.priceCents).toFixed(1)}`)).join(' ');
  const yTicks = [hi, Math.round((hi + lo) / 2), lo];
  const xTicks = [first, first + (last - first) / 2, last];
  const now = points.at(-1)!;
  const title = history.name.length > 52 ? `${history.name.slice(0, 51)}…` : history.name;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" font-family="DejaVu Sans" font-size="12">`,
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="#ffffff"/>`,
    `<text x="${PAD.left}" y="20" font-size="13" fill="#1f2937">${escape(title)}</text>`,
    ...yTicks.map((c) => `<line x1="${PAD.left}" x2="${WIDTH - PAD.right}" y1="${y(c).toFixed(1)}" y2="${y(c).toFixed(1)}" stroke="#e5e7eb"/><text x="${PAD.left - 6}" y="${(y(c) + 4).toFixed(1)}" text-anchor="end" fill="#4b5563">${dollars(c)}</text>`),
    `<line x1="${PAD.left}" x2="${WIDTH - PAD.right}" y1="${PAD.top + h}" y2="${PAD.top + h}" stroke="#9ca3af"/>`,
    ...xTicks.map((at, i) => `<text x="${x(at).toFixed(1)}" y="${HEIGHT - 14}" text-anchor="${['start', 'middle', 'end'][i]}" fill="#4b5563">${day(at)}</text>`),
    `<path d="${path}" fill="none" stroke="#16a34a" stroke-width="2"/>`,
    `<circle cx="${x(now.at).toFixed(1)}" cy="${y(now.priceCents).toFixed(1)}" r="4" fill="#16a34a"/>`,
    '</svg>',
  ].join('');
}
