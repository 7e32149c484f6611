// @ts-check
/**
 * The demo page around the widget: the user's list, redrawn whenever it changes in any channel,
 * and a price-history chart drawn as inline SVG when the agent looks up a product's price.
 */
(() => {
  const SVG = 'http://www.w3.org/2000/svg';
  /** @param {number} cents */
  const dollars = (cents) => `$${(cents / 100).toFixed(2)}`;

  /**
   * @template {keyof HTMLElementTagNameMap} K
   * @param {K} tag @param {string} [cls] @param {(Node | string)[]} [children]
   */
  const el = (tag, cls, children = []) => {
    const node = document.createElement(tag);
    if (cls) node.className = cls;
    node.append(...children);
    return node;
  };

  /** @param {string} tag @param {Record<string, string | number>} attrs @param {string} [text] */
  const svg = (tag, attrs, text) => {
    const node = document.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
    if (text !== undefined) node.textContent = text;
    return node;
  };

  /** @param {any} list a ListSnapshot */
  const drawList = (list) => {
    const box = /** @type {HTMLElement} */ (document.getElementById('list'));
    /** @type {HTMLElement} */ (document.getElementById('list-title')).textContent = list.name;
    if (list.itemCount === 0) {
      box.replaceChildren(el('p', 'muted', ['The list is empty.']));
      return;
    }
    const parts = [];
    for (const group of list.groups) {
      parts.push(el('h3', '', [group.aisle]));
      parts.push(
        el(
          'ul',
          '',
          group.lines.map((/** @type {any} */ l) => {
            const li = el('li', l.checked ? 'checked' : '', [
              el('span', 'name', [`${l.quantityText} ${l.name}`.trim()]),
              el('span', 'price', [l.priceCents === null ? '' : dollars(l.priceCents)]),
            ]);
            return li;
          }),
        ),
      );
    }
    parts.push(el('p', 'total', [`Estimated total: ${dollars(list.estimatedTotalCents)}`]));
    box.replaceChildren(...parts);
  };

  /** @param {{ productId: number, name: string, points: { at: number, priceCents: number }[] }} h */
  const drawChart = (h) => {
    const box = /** @type {HTMLElement} */ (document.getElementById('chart'));
    box.className = 'chart';
    if (h.points.length === 0) {
      box.replaceChildren(el('p', 'muted', [`No price history for ${h.name} yet.`]));
      return;
    }
    const W = 360, H = 160, L = 48, R = 8, T = 10, B = 24;
    const prices = h.points.map((p) => p.priceCents);
    const lo = Math.min(...prices), hi = Math.max(...prices);
    const first = h.points[0].at, last = h.points[h.points.length - 1].at;
    const x = (/** @type {number} */ at) => L + (last === first ? (W - L - R) / 2 : ((at - first) / (last - first)) * (W - L - R));
    const y = (/** @type {number} */ c) => T + (hi === lo ? (H - T - B) / 2 : (1 - (c - lo) / (hi - lo)) * (H - T - B));
    const day = (/** @type {number} */ at) => new Date(at).toLocaleDateString('en-US', { month: 'short', day: 'numeric', timeZone: 'UTC' });
    const now = prices[prices.length - 1];
    const chart = svg('svg', { viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-label': `${h.name}: ${dollars(now)} now; between ${dollars(lo)} and ${dollars(hi)} from ${day(first)} to ${day(last)}` });
    chart.append(
      svg('line', { class: 'axis', x1: L, y1: H - B, x2: W - R, y2: H - B }),
      svg('line', { class: 'axis', x1: L, y1: T, x2: L, y2: H - B }),
      svg('text', { x: L - 4, y: y(hi) + 4, 'text-anchor': 'end' }, dollars(hi)),
      svg('text', { x: L - 4, y: y(lo) + 4, 'text-anchor': 'end' }, dollars(lo)),
      svg('text', { x: L, y: H - 6 }, day(first)),
      svg('text', { x: W - R, y: H - 6, 'text-anchor': 'end' }, day(last)),
      svg('polyline', { class: 'line', points: h.points.map((p) => `${x(p.at).toFixed(1)},${y(p.priceCents).toFixed(1)}`).join(' ') }),
      svg('circle', { class: 'now', cx: x(last).toFixed(1), cy: y(now).toFixed(1), r: 4 }),
    );
    box.replaceChildren(el('p', '', [`${h.name} — ${dollars(now)} now`]), chart);
  };

  window.addEventListener('grocery-agent:list', (e) => drawList(/** @type {CustomEvent} */ (e).detail));
  window.addEventListener('grocery-agent:price-history', (e) => drawChart(/** @type {CustomEvent} */ (e).detail));
  window.addEventListener('grocery-agent:demo-store', (e) => {
    /** @type {HTMLElement} */ (document.getElementById('demo-banner')).hidden = !(/** @type {CustomEvent} */ (e).detail);
  });
})();
