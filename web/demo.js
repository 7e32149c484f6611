// @ts-check
/**
 * The demo page around the widget: the user's list grouped by aisle, redrawn whenever it changes
 * in any channel, with lines to check off, packages to change with − and +, the total against the
 * budget, and a hand-off to order or share the list. Changes go through the REST API with the
 * chat's own session token, so the chat, the page and every other channel stay one list.
 * On a phone the chat and the list are two tabs.
 */
(() => {
  /** @param {number} cents */
  const dollars = (cents) => `$${(Math.abs(cents) / 100).toFixed(2)}`;
  /** @param {string} id */
  const byId = (id) => /** @type {HTMLElement} */ (document.getElementById(id));

  /**
   * @template {keyof HTMLElementTagNameMap} K
   * @param {K} tag @param {Record<string, string>} [attrs] @param {(Node | string)[]} [children]
   * @returns {HTMLElementTagNameMap[K]}
   */
  const el = (tag, attrs = {}, children = []) => {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) k === 'class' ? (node.className = v) : node.setAttribute(k, v);
    node.append(...children);
    return node;
  };

  /** @type {string | undefined} the chat's session token, which opens the REST API as the same person */
  let token;
  /** @type {any} the list as last drawn */
  let shown;

  /** @param {string} method @param {string} path @param {unknown} [body] */
  const api = async (method, path, body) => {
    const server = /** @type {any} */ (window).GroceryAgent?.server ?? location.origin;
    const res = await fetch(new URL(path, server), {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    const json = await res.json();
    if (!res.ok) throw new Error(json?.error?.message ?? 'That did not work. Please try again.');
    return json;
  };

  /** Runs a change, redraws from its answer, and says so if it failed. @param {() => Promise<any>} change */
  const change = async (change) => {
    try {
      const list = await change();
      if (list?.groups) drawList(list);
    } catch (err) {
      byId('list-meta').textContent = /** @type {Error} */ (err).message;
    }
  };

  /** One line: check-off box, name, size and unit price, packages − n +, price, remove. @param {any} l */
  const line = (l) => {
    const id = `line-${l.id}`;
    const name = l.name;
    const box = el('input', { type: 'checkbox', id });
    box.checked = l.checked;
    box.addEventListener('change', () => change(() => api('PATCH', `/api/lists/${shown.id}/items/${l.id}`, { checked: box.checked })));
    const meta = [l.sizeText, l.unitPriceText, l.amountText || (l.productId === null && l.quantityText !== '1' ? l.quantityText : '')].filter(Boolean).join(' · ');
    const metaEl = el('span', { class: 'meta' }, [meta]);
    if (l.wasPriceCents) metaEl.append(el('span', { class: 'badge' }, ['Rollback']));
    const controls = el('span', { class: 'controls' });
    if (l.productId !== null && l.packages) {
      const n = l.packages;
      const less = el('button', { type: 'button', 'aria-label': `One fewer: ${name}` }, ['−']);
      less.disabled = n <= 1;
      const more = el('button', { type: 'button', 'aria-label': `One more: ${name}` }, ['+']);
      less.addEventListener('click', () => change(() => api('PATCH', `/api/lists/${shown.id}/items/${l.id}`, { packages: n - 1 })));
      more.addEventListener('click', () => change(() => api('PATCH', `/api/lists/${shown.id}/items/${l.id}`, { packages: n + 1 })));
      controls.append(el('span', { class: 'qty', role: 'group', 'aria-label': `Packages of ${name}` }, [less, el('output', { 'aria-label': `${n} to buy` }, [String(n)]), more]));
    }
    const remove = el('button', { type: 'button', class: 'remove', 'aria-label': `Remove ${name}` }, ['×']);
    remove.addEventListener('click', () => change(() => api('DELETE', `/api/lists/${shown.id}/items/${l.id}`)));
    controls.append(remove);
    return el('li', { class: `line${l.checked ? ' checked' : ''}` }, [
      box,
      el('label', { for: id, class: 'name' }, [name]),
      el('span', { class: 'price' }, [l.priceCents === null ? '' : dollars(l.priceCents)]),
      metaEl,
      controls,
    ]);
  };

  /** @param {any} list a ListSnapshot */
  const drawList = (list) => {
    shown = list;
    byId('list-title').textContent = list.name;
    const box = byId('list');
    const open = list.groups.flatMap((/** @type {any} */ g) => g.lines).filter((/** @type {any} */ l) => !l.checked).length;
    byId('tab-list-count').textContent = list.itemCount ? `(${open})` : '';
    byId('list-meta').textContent = list.itemCount ? `${list.itemCount} item${list.itemCount === 1 ? '' : 's'}${list.itemCount > open ? `, ${list.itemCount - open} checked off` : ''}` : '';
    byId('checkout').hidden = list.itemCount === 0;
    if (list.itemCount === 0) {
      box.replaceChildren(el('p', { class: 'muted' }, ['The list is empty. Ask the agent to add something.']));
      byId('list-total').textContent = '';
      byId('list-budget').hidden = true;
      return;
    }
    box.replaceChildren(...list.groups.flatMap((/** @type {any} */ g) => [el('h3', {}, [g.aisle]), el('ul', {}, g.lines.map(line))]));
    const unmatched = list.unmatchedCount ? ` (${list.unmatchedCount} without a price)` : '';
    byId('list-total').textContent = `Estimated total: ${dollars(list.estimatedTotalCents)}${unmatched}`;
    drawBudget();
  };

  /** "Budget $40.00 a week: $0.26 over" under the total, when there is a budget. */
  const drawBudget = async () => {
    if (!token || !shown) return;
    const p = byId('list-budget');
    try {
      const { budget } = await api('GET', `/api/lists/${shown.id}/budget`);
      p.hidden = !budget;
      if (!budget) return;
      const spent = budget.spentCents > 0 ? `, ${dollars(budget.spentCents)} spent` : '';
      const where = budget.remainingCents < 0 ? `${dollars(budget.remainingCents)} over` : `${dollars(budget.remainingCents)} left`;
      p.textContent = `Budget ${dollars(budget.amountCents)} a ${budget.period}${spent}: ${where}`;
      p.className = `budget ${budget.remainingCents < 0 ? 'over' : 'left'}`;
    } catch {
      p.hidden = true;
    }
  };

  /** The hand-off: Walmart's add-to-cart link for what it carries, and the list by aisle to copy or share. */
  const openCheckout = async () => {
    const out = await api('GET', `/api/lists/${shown.id}/checkout`);
    const cart = byId('checkout-cart');
    if (out.walmartCartUrl) {
      const a = el('a', { class: 'cart', href: out.walmartCartUrl, target: '_blank', rel: 'noopener' }, [`Add ${out.walmartLines} to a Walmart cart`]);
      cart.replaceChildren(a, out.otherLines ? ` ${out.otherLines} more to buy elsewhere (below).` : '');
    } else {
      cart.textContent = 'None of these products has a Walmart item id, so there is no cart link. Shop from the list below or send it to someone.';
    }
    /** @type {HTMLTextAreaElement} */ (byId('checkout-text')).value = out.text;
    byId('checkout-share').hidden = !('share' in navigator);
    byId('checkout-panel').hidden = false;
    byId('checkout-copy').focus();
  };
  byId('checkout').addEventListener('click', () => change(openCheckout));
  byId('checkout-close').addEventListener('click', () => {
    byId('checkout-panel').hidden = true;
    byId('checkout').focus();
  });
  byId('checkout-copy').addEventListener('click', async () => {
    const text = /** @type {HTMLTextAreaElement} */ (byId('checkout-text')).value;
    await navigator.clipboard?.writeText(text).catch(() => undefined);
    byId('checkout-copy').textContent = 'Copied';
  });
  byId('checkout-share').addEventListener('click', () => {
    const text = /** @type {HTMLTextAreaElement} */ (byId('checkout-text')).value;
    navigator.share?.({ title: shown?.name, text }).catch(() => undefined);
  });

  /** Chat or list, on a phone. @param {'chat' | 'list'} tab */
  const showTab = (tab) => {
    document.body.dataset.tab = tab;
    byId('tab-chat').setAttribute('aria-selected', String(tab === 'chat'));
    byId('tab-list').setAttribute('aria-selected', String(tab === 'list'));
  };
  showTab('chat');
  byId('tab-chat').addEventListener('click', () => showTab('chat'));
  byId('tab-list').addEventListener('click', () => showTab('list'));

  window.addEventListener('grocery-agent:welcome', (e) => {
    token = /** @type {CustomEvent} */ (e).detail.token;
    drawBudget();
  });
  window.addEventListener('grocery-agent:list', (e) => drawList(/** @type {CustomEvent} */ (e).detail));
  // "set my budget to $40" changes no list, but the budget line under it.
  window.addEventListener('grocery-agent:reply', () => drawBudget());
  window.addEventListener('grocery-agent:demo-store', (e) => {
    byId('demo-banner').hidden = !(/** @type {CustomEvent} */ (e).detail);
  });
})();
