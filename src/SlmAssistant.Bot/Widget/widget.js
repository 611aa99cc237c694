/*
 * SlmAssistant chat widget. One line on any page:
 *   <script src="https://assistant.example/widget.js" data-title="Help" data-color="#1f5f4a" data-domain="return-policy" async></script>
 * adds a launcher button that opens Web Chat connected to this host's Direct Line. The conversation token is kept in
 * sessionStorage, so reloading the page resumes the same conversation with its history.
 */
(function () {
  'use strict';

  var script = document.currentScript;
  if (!script || window.__slmAssistantWidget) {
    return;
  }
  window.__slmAssistantWidget = true;

  var src = new URL(script.src, window.location.href);
  var base = src.origin + src.pathname.replace(/\/widget\.js$/, '');
  var title = script.getAttribute('data-title') || 'Chat with us';
  var colorAttribute = script.getAttribute('data-color') || '';
  var color = /^#[0-9a-f]{3,8}$/i.test(colorAttribute) ? colorAttribute : '#0f6cbd';
  var domain = script.getAttribute('data-domain') || '';
  var storageKey = 'slm-assistant-widget:' + base + ':' + domain;
  var started = false;

  function load() {
    try {
      return JSON.parse(window.sessionStorage.getItem(storageKey)) || {};
    } catch (e) {
      return {};
    }
  }

  function save(changes) {
    var session = load();
    Object.keys(changes).forEach(function (key) { session[key] = changes[key]; });
    try {
      window.sessionStorage.setItem(storageKey, JSON.stringify(session));
    } catch (e) {
      // Storage may be off (private mode): the chat still works, a reload just starts over.
    }
  }

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text) node.textContent = text;
    return node;
  }

  var style = element('style');
  style.textContent =
    '.slm-w-launcher{position:fixed;right:20px;bottom:20px;z-index:2147483000;width:60px;height:60px;border-radius:50%;border:0;' +
    'background:' + color + ';color:#fff;box-shadow:0 4px 14px rgba(0,0,0,.25);cursor:pointer;display:flex;align-items:center;justify-content:center}' +
    '.slm-w-launcher:focus-visible,.slm-w-close:focus-visible{outline:3px solid #ffbf47;outline-offset:2px}' +
    '.slm-w-panel{position:fixed;right:20px;bottom:92px;z-index:2147483000;width:380px;max-width:calc(100vw - 24px);height:600px;' +
    'max-height:calc(100vh - 120px);background:#fff;border-radius:12px;box-shadow:0 8px 30px rgba(0,0,0,.3);display:flex;' +
    'flex-direction:column;overflow:hidden;font-family:system-ui,-apple-system,"Segoe UI",sans-serif}' +
    '.slm-w-panel[hidden]{display:none}' +
    '.slm-w-header{background:' + color + ';color:#fff;padding:12px 16px;display:flex;align-items:center;justify-content:space-between;font-weight:600}' +
    '.slm-w-close{background:transparent;border:0;color:#fff;font-size:22px;line-height:1;cursor:pointer;padding:0 4px}' +
    '.slm-w-chat{flex:1;min-height:0}' +
    '.slm-w-status{padding:16px;color:#444;font-size:14px}' +
    '@media (max-width:480px){.slm-w-panel{right:0;bottom:0;width:100vw;max-width:100vw;height:100vh;max-height:100vh;border-radius:0}}';
  document.head.appendChild(style);

  var launcher = element('button', 'slm-w-launcher');
  launcher.type = 'button';
  launcher.setAttribute('aria-label', 'Open chat: ' + title);
  launcher.setAttribute('aria-expanded', 'false');
  launcher.innerHTML =
    '<svg width="28" height="28" viewBox="0 0 24 24" aria-hidden="true" fill="currentColor">' +
    '<path d="M4 4h16a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H9l-5 4v-4a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2z"/></svg>';

  var panel = element('section', 'slm-w-panel');
  panel.hidden = true;
  panel.setAttribute('role', 'dialog');
  panel.setAttribute('aria-label', title);
  var header = element('div', 'slm-w-header');
  header.appendChild(element('span', null, title));
  var close = element('button', 'slm-w-close', '\u00d7');
  close.type = 'button';
  close.setAttribute('aria-label', 'Close chat');
  header.appendChild(close);
  var chat = element('div', 'slm-w-chat');
  var status = element('div', 'slm-w-status', 'Connecting\u2026');
  chat.appendChild(status);
  panel.appendChild(header);
  panel.appendChild(chat);
  document.body.appendChild(panel);
  document.body.appendChild(launcher);

  function loadWebChat() {
    if (window.WebChat) {
      return Promise.resolve(window.WebChat);
    }
    return new Promise(function (resolve, reject) {
      var tag = document.createElement('script');
      tag.src = base + '/webchat/webchat.js';
      tag.async = true;
      tag.onload = function () { resolve(window.WebChat); };
      tag.onerror = function () { reject(new Error('Web Chat could not be loaded.')); };
      document.head.appendChild(tag);
    });
  }

  function getToken() {
    var previous = load();
    return fetch(base + '/api/widget/token', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ token: previous.token || null, domain: domain || null })
    }).then(function (response) {
      if (!response.ok) {
        return response.json().catch(function () { return {}; }).then(function (problem) {
          throw new Error(problem.detail || ('The chat service answered ' + response.status + '.'));
        });
      }
      return response.json();
    });
  }

  function start() {
    started = true;
    Promise.all([loadWebChat(), getToken()]).then(function (results) {
      var WebChat = results[0];
      var session = results[1];
      save({ token: session.token, conversationId: session.conversationId, userId: session.userId });
      var directLine = WebChat.createDirectLine({ token: session.token, domain: base + '/v3/directline', webSocket: true });

      // Direct Line refreshes its token while the page is open; keep the newest so a reload can resume.
      window.setInterval(function () {
        if (directLine.token) save({ token: directLine.token });
      }, 60000);
      chat.removeChild(status);
      WebChat.renderWebChat({
        directLine: directLine,
        userID: session.userId,
        username: 'You',
        locale: document.documentElement.lang || navigator.language || 'en-US',
        styleOptions: {
          accent: color,
          bubbleFromUserBackground: color,
          bubbleFromUserTextColor: '#ffffff',
          bubbleBorderRadius: 10,
          bubbleFromUserBorderRadius: 10,
          botAvatarInitials: 'AI',
          hideUploadButton: true,
          suggestedActionLayout: 'stacked',
          sendTypingIndicator: false
        }
      }, chat);
    }).catch(function (error) {
      started = false;
      status.textContent = 'The chat is unavailable right now. ' + (error && error.message ? error.message : '');
    });
  }

  function setOpen(open) {
    panel.hidden = !open;
    launcher.setAttribute('aria-expanded', open ? 'true' : 'false');
    launcher.setAttribute('aria-label', (open ? 'Close chat: ' : 'Open chat: ') + title);
    save({ open: open });
    if (open && !started) {
      start();
    }
    if (open) {
      window.setTimeout(function () {
        var input = chat.querySelector('input[type="text"], textarea');
        if (input) input.focus();
      }, 300);
    }
  }

  launcher.addEventListener('click', function () { setOpen(panel.hidden); });
  close.addEventListener('click', function () { setOpen(false); launcher.focus(); });
  document.addEventListener('keydown', function (event) {
    // Escape in a dialog of Web Chat's own (a citation) closes that dialog, not the chat.
    if (event.key === 'Escape' && !panel.hidden && !panel.querySelector('dialog[open]')) {
      setOpen(false);
      launcher.focus();
    }
  });

  // A reload of a page whose chat was open reopens it, on the same conversation.
  if (load().open) {
    setOpen(true);
  }
})();
