// @ts-check
/**
 * The Grocery Agent chat widget. One tag adds it to any page:
 *
 *   <script src="http://localhost:3000/widget.js" defer></script>
 *
 * It draws a chat bubble that opens a chat panel. With `data-mount="#some-element"` the panel is
 * drawn inside that element instead, always open (the demo page does this). It speaks the
 * protocol in docs/web-chat-protocol.md and re-announces what it hears as window events, so a
 * page can draw more around it:
 *
 *   grocery-agent:welcome        detail: the welcome frame
 *   grocery-agent:list           detail: a list snapshot (after a reply, or a change from any channel)
 *   grocery-agent:price-history  detail: { productId, name, points: [{ at, priceCents }] }
 *   grocery-agent:price-alert    detail: a price alert
 *   grocery-agent:demo-store     detail: boolean
 *
 * Plain JavaScript, no framework and no build step.
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
.ga-inline{height:100%;min-height:420px;border:1px solid #d6dadf}
.ga-head{display:flex;align-items:center;justify-content:space-between;padding:10px 14px;background:#0b6b3a;color:#fff}
.ga-head h2{font-size:16px;margin:0}
.ga-close{background:none;border:0;color:#fff;font-size:20px;cursor:pointer}
.ga-demo{margin:0;padding:6px 14px;background:#fff4d6;color:#6b4b00;font-size:13px}
.ga-log{flex:1;overflow-y:auto;padding:10px 14px}
.ga-msg{margin:6px 0;padding:8px 10px;border-radius:10px;white-space:pre-wrap;max-width:88%}
.ga-user{margin-left:auto;background:#e3f2e9}
.ga-assistant{background:#f1f3f5}
.ga-alert{background:#fff4d6;border-left:4px solid #c98a00}
.ga-error{background:#fde8e8;color:#8a1c1c}
.ga-typing{margin:0 14px;font-size:13px;color:#5b6570;min-height:18px}
.ga-choices{display:flex;flex-wrap:wrap;gap:6px;padding:0 14px}
.ga-choices button,.ga-send{font:inherit;padding:6px 10px;border-radius:16px;border:1px solid #0b6b3a;background:#fff;color:#0b6b3a;cursor:pointer}
.ga-form{display:flex;gap:8px;padding:10px 14px;border-top:1px solid #e4e7eb}
.ga-form input{flex:1;font:inherit;padding:8px 10px;border:1px solid #9aa4ae;border-radius:8px}
.ga-send{background:#0b6b3a;color:#fff;border-radius:8px}
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
  const log = el('div', { class: 'ga-log', role: 'log', 'aria-live': 'polite', 'aria-label': 'Conversation' });
  const typing = el('p', { class: 'ga-typing', 'aria-hidden': 'true' });
  const choices = el('div', { class: 'ga-choices', role: 'group', 'aria-label': 'Suggested replies' });
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
    panel.classList.add('ga-inline');
    root.classList.add('ga-mounted');
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
    };
    bubble.addEventListener('click', () => setOpen(panel.hidden));
    close.addEventListener('click', () => setOpen(false));
    panel.addEventListener('keydown', (e) => e.key === 'Escape' && setOpen(false));
    root.append(bubble);
    document.body.append(root);
  }

  /** @param {'user' | 'assistant' | 'alert' | 'error'} role @param {string} text */
  const show = (role, text) => {
    const who = role === 'user' ? 'You' : role === 'alert' ? 'Price alert' : 'Grocery Agent';
    log.append(el('div', { class: `ga-msg ga-${role}` }, [el('span', { class: 'ga-sr' }, [`${who}: `]), text]));
    log.scrollTop = log.scrollHeight;
  };
  /** @param {{ label: string, value: string }[]} list */
  const showChoices = (list) => {
    choices.replaceChildren(
      ...list.map((c) => {
        const b = el('button', { type: 'button' }, [c.label]);
        b.addEventListener('click', () => say(c.value, c.label));
        return b;
      }),
    );
  };
  /** @param {{ name: string, priceCents: number, previousCents: number, text?: string }} a */
  const alertText = (a) => a.text ?? `${a.name} dropped to ${dollars(a.priceCents)} (was ${dollars(a.previousCents)}).`;
  /** @param {number} cents */
  const dollars = (cents) => `$${(cents / 100).toFixed(2)}`;

  // ---- the connection: hello on every (re)connect, resuming with the stored token.
  /** @type {WebSocket | undefined} */
  let ws;
  /** @type {string[]} frames waiting for the welcome */
  let outbox = [];
  let welcomed = false;
  let retry = 0;
  let sent = 0;

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
      demo.hidden = !f.demoStore;
      announce('demo-store', Boolean(f.demoStore));
      if (!welcomed && log.childElementCount === 0) {
        // A reply picked from buttons was sent as its value ("1"): show its label, as before the reload.
        let offered = [];
        for (const t of f.history) {
          const picked = t.role === 'user' && offered.find((c) => c.value === t.text);
          show(t.role, picked ? picked.label : t.text);
          if (t.role === 'assistant') offered = t.choices ?? [];
        }
        const last = f.history[f.history.length - 1];
        if (last?.role === 'assistant' && last.choices) showChoices(last.choices);
      }
      for (const a of f.alerts) show('alert', alertText(a));
      welcomed = true;
      announce('welcome', f);
      if (f.list) announce('list', f.list);
      for (const frame of outbox) ws?.send(frame);
      outbox = [];
    } else if (f.type === 'typing') {
      typing.textContent = 'Grocery Agent is typing…';
    } else if (f.type === 'reply') {
      typing.textContent = '';
      show('assistant', f.text);
      showChoices(f.choices ?? []);
      if (f.list) announce('list', f.list);
      if (f.priceHistory) announce('price-history', f.priceHistory);
    } else if (f.type === 'list_changed') {
      if (f.list) announce('list', f.list);
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
    show('user', shown);
    choices.replaceChildren();
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

  /** The widget's small public face: send a message as if typed. */
  /** @type {any} */ (window).GroceryAgent = { say };
  connect();
})();
