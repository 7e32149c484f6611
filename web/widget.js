// @ts-check
/**
 * The Grocery Agent chat widget. One tag adds it to any page:
 *
 *   <script src="http://localhost:3000/widget.js" defer></script>
 *
 * It draws a chat bubble that opens a chat panel. With `data-mount="#some-element"` the panel is
 * drawn inside that element instead, always open, without a header or demo notice of its own
 * (the page has them). It speaks the protocol in docs/web-chat-protocol.md and re-announces what
 * it hears as window events, so a page can draw more around it:
 *
 *   grocery-agent:welcome        detail: the welcome frame (its `token` opens the REST API)
 *   grocery-agent:reply          detail: a reply frame
 *   grocery-agent:list           detail: a list snapshot (after a reply, or a change from any channel;
 *                                a change arrives as what changed and is applied to the list kept here)
 *   grocery-agent:price-history  detail: { productId, name, points: [{ at, priceCents }] }
 *   grocery-agent:price-alert    detail: a price alert
 *   grocery-agent:demo-store     detail: boolean
 *
 * Replies are drawn readably: numbered product options become compact cards (name, size, price,
 * unit price, deal badge) that answer when pressed, a price answer carries its chart with dated
 * axes, and other suggested replies are small chips under the conversation, never over it.
 * Plain JavaScript, no framework and no build step; the drawing helpers are in widget-draw.js.
 */
(() => {
  const script = /** @type {HTMLScriptElement | null} */ (document.currentScript);
  if (!script || /** @type {any} */ (window).GroceryAgent) return;
  const server = new URL(script.src, location.href);
  const mount = script.dataset.mount ? document.querySelector(script.dataset.mount) : null;
  const tokenKey = `grocery-agent-token@${server.host}`;

  /** @param {string} type @param {unknown} detail */
  const announce = (type, detail) => window.dispatchEvent(new CustomEvent(`grocery-agent:${type}`, { detail }));

  /**
   * @template {keyof HTMLElementTagNameMap} K
   * @param {K} tag @param {Record<string, string>} [attrs] @param {(Node | string)[]} [children]
   * @returns {HTMLElementTagNameMap[K]}
   */
  const el = (tag, attrs = {}, children = []) => {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
    node.append(...children);
    return node;
  };

  // ---- styles: every class is prefixed so the host page's CSS and ours leave each other alone.
  const style = el('style');
  style.textContent = `
.ga-root{font:15px/1.4 system-ui,sans-serif;color:#1b1f23}
.ga-root *{box-sizing:border-box}
.ga-mounted{height:100%}
.ga-bubble{position:fixed;right:20px;bottom:20px;width:56px;height:56px;border-radius:50%;border:0;background:#0b6b3a;color:#fff;display:flex;align-items:center;justify-content:center;cursor:pointer;box-shadow:0 2px 8px #0004;z-index:2147483000}
.ga-root [hidden]{display:none!important}
.ga-panel{display:flex;flex-direction:column;background:#fff;border-radius:10px;overflow:hidden}
.ga-floating{position:fixed;right:20px;bottom:88px;width:min(380px,calc(100vw - 40px));height:min(560px,calc(100vh - 120px));box-shadow:0 4px 20px #0003;z-index:2147483000}
.ga-inline{height:100%;border:1px solid #d6dadf}
.ga-head{display:flex;align-items:center;justify-content:space-between;padding:10px 14px;background:#0b6b3a;color:#fff}
.ga-head h2{font-size:16px;margin:0}
.ga-close{background:none;border:0;color:#fff;font-size:20px;cursor:pointer}
.ga-demo{margin:0;padding:6px 14px;background:#fff4d6;color:#6b4b00;font-size:13px}
.ga-log{flex:1 1 auto;min-height:0;overflow-y:auto;padding:10px 12px;overscroll-behavior:contain}
.ga-msg{position:relative;margin:6px 0;padding:8px 10px;border-radius:12px;max-width:92%;overflow-wrap:anywhere}
.ga-msg p{margin:0 0 4px}.ga-msg p:last-child{margin:0}
.ga-msg ul{margin:2px 0 6px;padding-left:18px}.ga-msg li{margin:1px 0}.ga-msg li.ga-done{color:#8a939c}
.ga-msg h4{margin:6px 0 2px;font-size:13px;color:#5b6570;font-weight:600}
.ga-user{margin-left:auto;background:#e3f2e9;white-space:pre-wrap;width:fit-content}
.ga-assistant{background:#f1f3f5}
.ga-alert{background:#fff4d6;border-left:4px solid #c98a00}
.ga-error{background:#fde8e8;color:#8a1c1c}
.ga-note{font-size:12px;color:#5b6570}
.ga-intro{margin:auto 4px 4px;color:#5b6570;font-size:14px}
.ga-cards{display:flex;gap:8px;overflow-x:auto;padding:4px 2px 6px;margin:4px 0;scroll-snap-type:x proximity}
.ga-card{position:relative;flex:0 0 148px;scroll-snap-align:start;display:flex;flex-direction:column;gap:2px;text-align:left;font:inherit;font-size:13px;line-height:1.25;padding:8px;border:1px solid #cfd6dc;border-radius:10px;background:#fff;color:inherit}
button.ga-card{cursor:pointer}button.ga-card:hover{border-color:#0b6b3a}
.ga-card[disabled]{cursor:default;opacity:.75}
.ga-card .ga-n{font-size:11px;color:#5b6570}
.ga-card .ga-name{font-weight:600;display:-webkit-box;-webkit-line-clamp:2;-webkit-box-orient:vertical;overflow:hidden}
.ga-card .ga-size,.ga-card .ga-unit{color:#5b6570;font-size:12px}
.ga-card .ga-price{font-weight:700;font-size:15px}
.ga-card s{color:#8a939c;font-weight:400;font-size:12px;margin-left:4px}
.ga-badge{align-self:flex-start;font-size:11px;font-weight:700;padding:1px 6px;border-radius:8px;background:#fde2e1;color:#a4161a}
.ga-chart{max-width:380px;margin:6px 0 2px;padding:6px;background:#fff;border:1px solid #dde1e5;border-radius:10px}
.ga-chart svg{display:block;width:100%;height:auto}
.ga-chart .ga-line{fill:none;stroke:#0b6b3a;stroke-width:2}
.ga-chart .ga-now{fill:#0b6b3a}
.ga-chart .ga-grid{stroke:#e4e7eb;stroke-width:1}
.ga-chart .ga-axis{stroke:#9aa4ae;stroke-width:1}
.ga-chart text{font-size:10px;fill:#5b6570}
.ga-typing{margin:0 14px;font-size:13px;color:#5b6570;min-height:18px;flex:none}
.ga-choices{flex:none;display:flex;gap:6px;padding:4px 12px 6px;overflow-x:auto;scrollbar-width:thin}
.ga-choices button{flex:none;max-width:220px;white-space:nowrap;overflow:hidden;text-overflow:ellipsis;font:inherit;font-size:14px;padding:5px 12px;border-radius:16px;border:1px solid #0b6b3a;background:#fff;color:#0b6b3a;cursor:pointer}
.ga-form{flex:none;display:flex;gap:8px;padding:8px 12px;border-top:1px solid #e4e7eb}
.ga-form input{flex:1;min-width:0;font:inherit;padding:8px 10px;border:1px solid #9aa4ae;border-radius:8px}
.ga-send{font:inherit;padding:6px 14px;border-radius:8px;border:1px solid #0b6b3a;background:#0b6b3a;color:#fff;cursor:pointer}
.ga-sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.ga-root :focus-visible{outline:3px solid #f0a500;outline-offset:2px}
`;
  document.head.append(style);

  /** A speech-bubble icon drawn in SVG, so it needs no emoji font or image request. */
  const chatIcon = () => {
    const ns = 'http://www.w3.org/2000/svg';
    const icon = document.createElementNS(ns, 'svg');
    icon.setAttribute('viewBox', '0 0 24 24');
    icon.setAttribute('width', '28');
    icon.setAttribute('height', '28');
    icon.setAttribute('aria-hidden', 'true');
    const path = document.createElementNS(ns, 'path');
    path.setAttribute('d', 'M4 4h16a2 2 0 0 1 2 2v9a2 2 0 0 1-2 2H9l-5 4v-4H4a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2z');
    path.setAttribute('fill', 'currentColor');
    icon.append(path);
    return icon;
  };

  // ---- the panel
  const root = el('div', { class: 'ga-root' });
  const demo = el('p', { class: 'ga-demo', hidden: '' }, ['Demo store – prices are illustrative']);
  const log = el('div', { class: 'ga-log', role: 'log', 'aria-live': 'polite', 'aria-label': 'Conversation', tabindex: '0' });
  const typing = el('p', { class: 'ga-typing', 'aria-hidden': 'true' });
  const choices = el('div', { class: 'ga-choices', role: 'group', 'aria-label': 'Suggested replies', hidden: '' });
  const input = el('input', { id: 'ga-input', type: 'text', autocomplete: 'off', maxlength: '2000', placeholder: 'Try "add 2 gallons of milk and a dozen eggs"' });
  const form = el('form', { class: 'ga-form' }, [
    el('label', { for: 'ga-input', class: 'ga-sr' }, ['Message to Grocery Agent']),
    input,
    el('button', { type: 'submit', class: 'ga-send' }, ['Send']),
  ]);
  const close = el('button', { type: 'button', class: 'ga-close', 'aria-label': 'Close chat' }, ['×']);
  const head = el('div', { class: 'ga-head' }, [el('h2', { id: 'ga-title' }, ['Grocery Agent'])]);
  const panel = el('section', { id: 'ga-panel', class: 'ga-panel', 'aria-labelledby': 'ga-title' }, [head, demo, log, typing, choices, form]);
  root.append(panel);

  if (mount) {
    // The page around it names the chat and says "demo store" once; the panel does not repeat them.
    panel.classList.add('ga-inline');
    root.classList.add('ga-mounted');
    head.classList.add('ga-sr');
    mount.append(root);
  } else {
    const bubble = el('button', { type: 'button', class: 'ga-bubble', 'aria-controls': 'ga-panel', 'aria-expanded': 'false', 'aria-label': 'Open grocery chat' }, [chatIcon()]);
    panel.classList.add('ga-floating');
    panel.hidden = true;
    head.append(close);
    /** @param {boolean} open */
    const setOpen = (open) => {
      panel.hidden = !open;
      bubble.setAttribute('aria-expanded', String(open));
      bubble.setAttribute('aria-label', open ? 'Close grocery chat' : 'Open grocery chat');
      (open ? input : bubble).focus();
      if (open) toBottom();
    };
    bubble.addEventListener('click', () => setOpen(panel.hidden));
    close.addEventListener('click', () => setOpen(false));
    panel.addEventListener('keydown', (e) => e.key === 'Escape' && setOpen(false));
    root.append(bubble);
    document.body.append(root);
  }

  /** The drawing helpers (widget-draw.js), loaded before the first message is drawn. */
  const draw = () => /** @type {any} */ (window).GroceryAgentDraw;
  /** Keeps the newest message (and the question at its end) in view. */
  const toBottom = () => {
    log.scrollTop = log.scrollHeight;
  };

  /**
   * One message in the log. An assistant's text is drawn with its structure (lists, numbered
   * product options as cards, a price chart); `live` cards answer when pressed.
   * @param {'user' | 'assistant' | 'alert' | 'error'} role @param {string} text
   * @param {{ choices?: any[], priceHistory?: any, live?: boolean }} [extra]
   */
  const show = (role, text, extra = {}) => {
    const who = role === 'user' ? 'You' : role === 'alert' ? 'Price alert' : 'Grocery Agent';
    const body = role === 'assistant' || role === 'alert' ? draw().message(text, extra, /** @param {any} c */ (c) => pick(c)) : [text];
    const msg = el('div', { class: `ga-msg ga-${role}` }, [el('span', { class: 'ga-sr' }, [`${who}: `]), ...body]);
    log.append(msg);
    toBottom();
    return msg;
  };
  /** Only the newest reply's cards answer; older ones are history. */
  const retireCards = () => log.querySelectorAll('button.ga-card').forEach((b) => b.setAttribute('disabled', ''));
  /** Suggested replies that are not products: chips under the log, which then scrolls to its end. @param {{ label: string, value: string }[]} list */
  const showChoices = (list) => {
    choices.replaceChildren(
      ...list.map((c) => {
        const b = el('button', { type: 'button', title: c.label }, [c.label]);
        b.addEventListener('click', () => pick(c));
        return b;
      }),
    );
    choices.hidden = list.length === 0;
    toBottom();
  };
  /** @param {{ label: string, value: string, product?: any }} c */
  const pick = (c) => say(c.value, c.product ? c.product.name : c.label);
  /** @param {{ name: string, priceCents: number, previousCents: number, text?: string }} a */
  const alertText = (a) => a.text ?? `${a.name} dropped to ${draw().dollars(a.priceCents)} (was ${draw().dollars(a.previousCents)}).`;
  /** @param {string} role @param {string} text @param {any[] | undefined} offered @param {any} [priceHistory] @param {boolean} [live] */
  const showReply = (role, text, offered, priceHistory, live = false) => {
    retireCards();
    const list = offered ?? [];
    const cards = list.filter((c) => c.product);
    show(/** @type {any} */ (role), text, { choices: cards, priceHistory, live });
    if (live) showChoices(list.filter((c) => !c.product));
  };

  /** What a first visit offers to try. */
  const STARTERS = ['add 2 gallons of milk and a dozen eggs', "what's on my list?", 'is Tide on sale?', 'I need stuff for tacos'];

  // ---- the connection: hello on every (re)connect, resuming with the stored token.
  /** @type {WebSocket | undefined} */
  let ws;
  /** @type {string[]} frames waiting for the welcome */
  let outbox = [];
  let welcomed = false;
  let retry = 0;
  let sent = 0;
  /** The list last announced, which changes (`list_changed` with `change`) are applied to. @type {any} */
  let shownList = null;
  /** @param {any} list */
  const showList = (list) => {
    shownList = list;
    announce('list', list);
  };
  /**
   * The list `change` makes of the list kept here, or null when it does not apply to it (another
   * list or another version): then the whole list is asked for. Mirrors src/grocery/lists/list-delta.ts.
   * @param {any} list @param {any} change
   */
  const applyChange = (list, change) => {
    if (!list || list.id !== change.id || list.version !== change.baseVersion) return null;
    const drop = new Set([...change.removed, ...change.lines.map((/** @type {any} */ l) => l.line.id)]);
    /** @type {Map<string, any[]>} */
    const groups = new Map(list.groups.map((/** @type {any} */ g) => [g.aisle, g.lines.filter((/** @type {any} */ l) => !drop.has(l.id))]));
    for (const { aisle, after, line } of change.lines) {
      const lines = groups.get(aisle) ?? [];
      groups.set(aisle, lines);
      const at = after === null ? 0 : lines.findIndex((l) => l.id === after) + 1;
      if (at === 0 && after !== null) return null;
      lines.splice(at, 0, line);
    }
    const { id, name, version, estimatedTotalCents, unmatchedCount, itemCount } = change;
    const drawn = change.aisles.map((/** @type {string} */ aisle) => ({ aisle, lines: groups.get(aisle) ?? [] })).filter((/** @type {any} */ g) => g.lines.length > 0);
    return { id, name, version, groups: drawn, estimatedTotalCents, unmatchedCount, itemCount };
  };

  const connect = () => {
    const url = new URL('/ws', server);
    url.protocol = server.protocol === 'https:' ? 'wss:' : 'ws:';
    ws = new WebSocket(url);
    welcomed = false;
    ws.addEventListener('open', () => {
      retry = 0;
      ws?.send(JSON.stringify({ type: 'hello', token: localStorage.getItem(tokenKey) ?? undefined }));
    });
    ws.addEventListener('message', (e) => {
      /** @type {any} */
      let f;
      try {
        f = JSON.parse(String(e.data));
      } catch {
        return;
      }
      receive(f);
    });
    ws.addEventListener('close', (e) => {
      // 1008: this site is not allowed to embed the chat; retrying will not change that.
      if (e.code === 1008) return show('error', 'This site is not set up to use the grocery chat.');
      // Back off up to 10 s; the next hello resumes the same conversation.
      setTimeout(connect, Math.min(10_000, 500 * 2 ** retry++));
    });
  };

  /** @param {any} f a server frame */
  const receive = (f) => {
    if (f.type === 'welcome') {
      localStorage.setItem(tokenKey, f.token);
      demo.hidden = Boolean(mount) || !f.demoStore;
      announce('demo-store', Boolean(f.demoStore));
      if (!welcomed && log.childElementCount === 0) {
        // A reply picked from buttons is kept as its value or its label: show what was picked, as before the reload.
        /** @type {any[]} */
        let offered = [];
        f.history.forEach((/** @type {any} */ t, /** @type {number} */ i) => {
          const picked = t.role === 'user' && offered.find((c) => c.value === t.text || c.label === t.text);
          if (t.role === 'user') show('user', picked ? (picked.product ? picked.product.name : picked.label) : t.text);
          else showReply('assistant', t.text, t.choices, t.priceHistory, i === f.history.length - 1);
          if (t.role === 'assistant') offered = t.choices ?? [];
          if (t.priceHistory) announce('price-history', t.priceHistory);
        });
      }
      if (f.history.length === 0 && log.childElementCount === 0) {
        // A first visit: what to say, and a few things to try with one tap.
        log.append(el('p', { class: 'ga-intro' }, ['Tell me what you need, the way you would text someone. Try one of these:']));
        showChoices(STARTERS.map((t) => ({ label: t, value: t })));
      }
      for (const a of f.alerts) show('alert', alertText(a));
      welcomed = true;
      announce('welcome', f);
      if (f.list) showList(f.list);
      for (const frame of outbox) ws?.send(frame);
      outbox = [];
    } else if (f.type === 'typing') {
      typing.textContent = 'Grocery Agent is typing…';
    } else if (f.type === 'reply') {
      typing.textContent = '';
      showReply('assistant', f.text, f.choices, f.priceHistory, true);
      announce('reply', f);
      if (f.list) showList(f.list);
      if (f.priceHistory) announce('price-history', f.priceHistory);
    } else if (f.type === 'list_changed') {
      if (f.change) {
        const next = applyChange(shownList, f.change);
        if (next) showList(next);
        else ws?.send(JSON.stringify({ type: 'list', listId: f.change.id }));
      } else if (f.list) showList(f.list);
    } else if (f.type === 'price_alert') {
      show('alert', alertText(f.alert));
      announce('price-alert', f.alert);
    } else if (f.type === 'error') {
      typing.textContent = '';
      show('error', f.message);
    }
  };

  /** @param {string} text what is sent @param {string} [shown] what the log shows (a choice's label) */
  const say = (text, shown = text) => {
    retireCards();
    log.querySelector('.ga-intro')?.remove();
    show('user', shown);
    showChoices([]);
    const frame = JSON.stringify({ type: 'message', id: `m${Date.now().toString(36)}-${sent++}`, text });
    if (welcomed && ws?.readyState === WebSocket.OPEN) ws.send(frame);
    else outbox.push(frame);
  };

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const text = input.value.trim();
    if (!text) return;
    input.value = '';
    say(text);
  });
  // A phone keyboard opening shrinks the panel: the newest message stays in view.
  new ResizeObserver(toBottom).observe(log);

  /** The widget's small public face: send a message as if typed; the server the widget talks to. */
  /** @type {any} */ (window).GroceryAgent = { say, server: server.origin, tokenKey };
  if (draw()) connect();
  else {
    // Embedded with one tag: the drawing helpers come from the same server, before any message.
    const helpers = el('script', { src: new URL('/widget-draw.js', server).href });
    helpers.addEventListener('load', connect);
    document.head.append(helpers);
  }
})();
