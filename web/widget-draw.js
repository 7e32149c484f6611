// @ts-check
/**
 * How the chat widget draws an agent's message: plain sentences as paragraphs, "• " lines as a
 * list under their heading, numbered product options as compact cards (name, size, price, unit
 * price, deal badge) that send their value when pressed, links as links, and a price answer's
 * history as a chart with dated axes. widget.js loads this file before it draws anything.
 */
(() => {
  const SVG = 'http://www.w3.org/2000/svg';
  const DEMO_NOTE = '(demo store prices)';

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

  /** Text with its web addresses as links that open beside the chat. @param {string} text @returns {(Node | string)[]} */
  const linked = (text) => {
    /** @type {(Node | string)[]} */
    const out = [];
    let at = 0;
    for (const m of text.matchAll(/https?:\/\/[^\s)]+/g)) {
      out.push(text.slice(at, m.index));
      const a = el('a', '', [m[0].length > 48 ? `${m[0].slice(0, 45)}…` : m[0]]);
      a.href = m[0];
      a.target = '_blank';
      a.rel = 'noopener';
      out.push(a);
      at = /** @type {number} */ (m.index) + m[0].length;
    }
    out.push(text.slice(at));
    return out;
  };

  /**
   * A product option as a compact card. Live cards are buttons that answer the question; older
   * ones stay as a record of what was offered.
   * @param {{ label: string, value: string, product: any }} c @param {boolean} live @param {(c: any) => void} onPick
   */
  const card = (c, live, onPick) => {
    const p = c.product;
    const n = /^(\d+)\)/.exec(c.label)?.[1];
    const price = el('span', 'ga-price', [dollars(p.priceCents)]);
    if (p.wasPriceCents) price.append(el('s', '', [dollars(p.wasPriceCents)]));
    const parts = [
      ...(p.badge ? [el('span', 'ga-badge', [p.badge])] : []),
      el('span', 'ga-name', [p.name.replace(/, [^,]*$/, (/** @type {string} */ s) => (p.sizeText && s.endsWith(p.sizeText) ? '' : s))]),
      el('span', 'ga-size', [[p.sizeText, p.inStock ? '' : 'out of stock'].filter(Boolean).join(' · ')]),
      price,
      el('span', 'ga-unit', [p.unitPriceText ?? '']),
    ];
    const said = [n ? `${n})` : '', p.name, dollars(p.priceCents), p.unitPriceText, p.badge, p.inStock ? '' : 'out of stock'].filter(Boolean).join(', ');
    if (!live) return el('div', 'ga-card', [el('span', 'ga-sr', [said]), ...parts.map(hideFromReaders)]);
    const b = el('button', 'ga-card', [el('span', 'ga-sr', [said]), ...parts.map(hideFromReaders)]);
    b.type = 'button';
    b.addEventListener('click', () => !b.disabled && onPick(c));
    return b;
  };
  /** @param {HTMLElement} node */
  const hideFromReaders = (node) => {
    node.setAttribute('aria-hidden', 'true');
    return node;
  };

  /** @param {any[]} cards @param {boolean} live @param {(c: any) => void} onPick */
  const cardStrip = (cards, live, onPick) => {
    const strip = el('div', 'ga-cards', cards.map((c) => card(c, live, onPick)));
    strip.setAttribute('role', 'group');
    strip.setAttribute('aria-label', live ? 'Products to choose from' : 'Products offered');
    return strip;
  };

  /**
   * A product's price over time, with dated axes: its price now, its low and high, and the
   * first, middle and last days of the history.
   * @param {{ name: string, points: { at: number, priceCents: number }[] }} h
   */
  const chart = (h) => {
    const box = el('figure', 'ga-chart');
    box.style.margin = '6px 0 2px';
    if (h.points.length === 0) {
      box.append(el('figcaption', 'ga-note', [`No price history for ${h.name} yet.`]));
      return box;
    }
    const W = 320, H = 150, L = 44, R = 10, T = 10, B = 24;
    const prices = h.points.map((p) => p.priceCents);
    const lo = Math.min(...prices), hi = Math.max(...prices);
    const first = h.points[0].at, last = h.points[h.points.length - 1].at;
    const x = (/** @type {number} */ at) => L + (last === first ? (W - L - R) / 2 : ((at - first) / (last - first)) * (W - L - R));
    const y = (/** @type {number} */ c) => T + (hi === lo ? (H - T - B) / 2 : (1 - (c - lo) / (hi - lo)) * (H - T - B));
    const day = (/** @type {number} */ at) => new Date(at).toLocaleDateString('en-US', { month: 'short', day: 'numeric', timeZone: 'UTC' });
    const now = prices[prices.length - 1];
    const summary = `${h.name}: ${dollars(now)} now; between ${dollars(lo)} and ${dollars(hi)} from ${day(first)} to ${day(last)}`;
    const plot = svg('svg', { viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-label': summary });
    const levels = hi === lo ? [lo] : [hi, Math.round((hi + lo) / 2), lo];
    for (const c of levels) {
      plot.append(svg('line', { class: 'ga-grid', x1: L, y1: y(c), x2: W - R, y2: y(c) }), svg('text', { x: L - 4, y: y(c) + 3, 'text-anchor': 'end' }, dollars(c)));
    }
    const days = last === first ? [first] : [first, first + (last - first) / 2, last];
    days.forEach((at, i) => {
      const anchor = days.length === 1 ? 'middle' : i === 0 ? 'start' : i === days.length - 1 ? 'end' : 'middle';
      plot.append(svg('line', { class: 'ga-axis', x1: x(at), y1: H - B, x2: x(at), y2: H - B + 3 }), svg('text', { x: x(at), y: H - 8, 'text-anchor': anchor }, day(at)));
    });
    plot.append(
      svg('line', { class: 'ga-axis', x1: L, y1: H - B, x2: W - R, y2: H - B }),
      svg('polyline', { class: 'ga-line', points: h.points.map((p) => `${x(p.at).toFixed(1)},${y(p.priceCents).toFixed(1)}`).join(' ') }),
      svg('circle', { class: 'ga-now', cx: x(last).toFixed(1), cy: y(now).toFixed(1), r: 4 }),
    );
    box.append(plot, el('figcaption', 'ga-note', [`${dollars(now)} now · low ${dollars(lo)} · high ${dollars(hi)} · ${day(first)}–${day(last)}`]));
    return box;
  };

  /**
   * An agent's message as nodes. Numbered lines become the cards of `extra.choices` when they
   * are the same options, each run of them in its place under its own heading ("On your list:",
   * "Deals on similar things:"); else the cards follow the text. A price history follows as a chart.
   * @param {string} text @param {{ choices?: any[], priceHistory?: any, live?: boolean }} extra @param {(c: any) => void} onPick
   * @returns {Node[]}
   */
  const message = (text, extra, onPick) => {
    const cards = extra.choices ?? [];
    const lines = text.split('\n');
    const numbered = lines.filter((l) => /^\d+\) /.test(l)).length;
    const cardsInPlace = cards.length > 0 && numbered === cards.length;
    /** @type {Node[]} */
    const out = [];
    /** @type {HTMLUListElement | undefined} */
    let list;
    let note = false;
    let cardsDrawn = 0;
    lines.forEach((line, i) => {
      const bullet = /^([•✓-]) (.*)$/.exec(line);
      if (line === DEMO_NOTE) {
        note = true;
        return;
      }
      if (/^\d+\) /.test(line) && cardsInPlace) {
        if (!/^\d+\) /.test(lines[i - 1] ?? '')) {
          let run = 1;
          while (/^\d+\) /.test(lines[i + run] ?? '')) run++;
          out.push(cardStrip(cards.slice(cardsDrawn, cardsDrawn + run), Boolean(extra.live), onPick));
          cardsDrawn += run;
        }
        list = undefined;
        return;
      }
      if (bullet) {
        if (!list) out.push((list = el('ul')));
        const li = el('li', bullet[1] === '✓' ? 'ga-done' : '', linked(bullet[2]));
        if (bullet[1] === '✓') li.prepend('✓ ');
        list.append(li);
        return;
      }
      list = undefined;
      // A short line right above a bulleted list is its heading (an aisle).
      const heads = /^[•✓-] /.test(lines[i + 1] ?? '') && line.length < 40 && !/[.:?!]$/.test(line);
      out.push(el(heads ? 'h4' : 'p', '', linked(line)));
    });
    if (cards.length > 0 && cardsDrawn === 0) out.push(cardStrip(cards, Boolean(extra.live), onPick));
    if (extra.priceHistory) out.push(chart(extra.priceHistory));
    if (note) out.push(el('p', 'ga-note', ['Demo store prices']));
    return out;
  };

  /** @type {any} */ (window).GroceryAgentDraw = { message, chart, dollars };
})();
