/*
 * Rolebook's page script: copy buttons, the three-state theme toggle (system, light, dark), the
 * table of contents with the current section marked (folded behind a button on narrow screens),
 * section anchors, tables that stack on phones, folding of long policy blocks, search across the
 * site (opened with '/'), and the live parameter form that rewrites the policy and command
 * snippets for the reader's own account.
 *
 * One file, no framework, no inline handlers: the page's Content-Security-Policy allows only
 * scripts from the site itself. Without this script the page still works; its snippets simply
 * keep their placeholders.
 *
 * Load it from <head> (plain or `defer`): the remembered theme is applied at once, before the body
 * paints; everything else waits for the document.
 *
 * Markup it relies on (Asciidoctor html5 plus the shared HTML contract):
 *   #header, #content            toolbar, toc and anchors are placed relative to these if present
 *   #toc a[href="#id"]           Asciidoctor's toc; built from #content h2[id], h3[id] when absent
 *   pre.rolebook-json > code     policy JSON; rewritten when data-target is empty or absent
 *   pre.rolebook-command > code  command text; same rule for data-target
 *   script#rolebook-parameters   {"parameters":[{name,label,placeholder,in,pattern,patternHint,
 *                                example,default,maxLength}]} in the manifest's order
 *   #rolebook-form               where the form goes (else just before the first snippet); any
 *                                .rolebook-nojs inside it is removed once the form is built
 *   pre[data-base-statements=N]  a joined document whose first N statements are its base policy's:
 *                                folded away behind a button (they stay in the text)
 *   js/search-index.js           beside this script: window.rolebookSearchIndex = {entries:
 *                                [{page, title, url (site-relative), text}]}, loaded on first search
 * Storage keys: rolebook.theme ("dark"|"light"; absent = follow the system), rolebook.parameters
 * (JSON of typed values).
 * Shared links: #account=…&region=… (a fragment without '=' is a section anchor, left alone).
 */
(() => {
  'use strict';

  const THEME_KEY = 'rolebook.theme';
  // The site's root, from this script's own URL (…/js/rolebook.js): the search index lives beside it.
  const SCRIPT_URL = document.currentScript ? document.currentScript.src : '';
  const VALUES_KEY = 'rolebook.parameters';
  const root = document.documentElement;

  /* ---- storage: private browsing or a file: page may refuse it; the page must work all the same ---- */

  function load(key) {
    try {
      return window.localStorage.getItem(key);
    } catch (e) {
      return null;
    }
  }

  function save(key, value) {
    try {
      if (value === null) {
        window.localStorage.removeItem(key);
      } else {
        window.localStorage.setItem(key, value);
      }
    } catch (e) {
      // Nothing to do: the choice then lasts for this page view only.
    }
  }

  /* ---- theme ---- */

  function storedTheme() {
    const t = load(THEME_KEY);
    return t === 'dark' || t === 'light' ? t : null;
  }

  // data-theme on <html> overrides prefers-color-scheme in the stylesheet; no attribute = follow the OS.
  function applyTheme(theme) {
    if (theme) {
      root.setAttribute('data-theme', theme);
    } else {
      root.removeAttribute('data-theme');
    }
  }

  applyTheme(storedTheme());

  /* ---- small DOM helpers ---- */

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) {
      node.className = className;
    }
    if (text !== undefined) {
      node.textContent = text;
    }
    return node;
  }

  let status; // one polite live region, so screen readers hear "Copied" and form changes

  function announce(message) {
    status.textContent = '';
    // A fresh text node after clearing makes assistive technology announce repeats too.
    window.setTimeout(() => { status.textContent = message; }, 50);
  }

  function toolbar() {
    let bar = document.querySelector('.rolebook-toolbar');
    if (!bar) {
      bar = el('div', 'rolebook-toolbar');
      // After the skip link, which stays the first thing a keyboard reaches.
      const skip = document.querySelector('body > .rolebook-skip');
      document.body.insertBefore(bar, skip ? skip.nextSibling : document.body.firstChild);
    }
    return bar;
  }

  // Three states: follow the system (no data-theme), light, dark. A click moves from "system" to
  // the theme the reader does not see now, then to the other one, then back to "system", so the
  // first click always changes the page.
  function osTheme() {
    return window.matchMedia && window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  }

  function nextTheme(chosen) {
    const os = osTheme();
    const other = os === 'dark' ? 'light' : 'dark';
    if (!chosen) {
      return other;
    }
    return chosen === other ? os : null;
  }

  function themeName(theme) {
    return theme ? theme : 'system (' + osTheme() + ')';
  }

  function setUpThemeToggle() {
    const button = el('button', 'rolebook-theme-toggle');
    button.type = 'button';
    function label() {
      const chosen = root.getAttribute('data-theme');
      button.textContent = 'Theme: ' + (chosen ? chosen : 'system');
      button.setAttribute('data-state', chosen ? chosen : 'system');
      button.setAttribute('aria-label', 'Theme: ' + themeName(chosen) + '. Switch to ' + themeName(nextTheme(chosen)));
    }
    button.addEventListener('click', () => {
      const next = nextTheme(root.getAttribute('data-theme'));
      applyTheme(next);
      save(THEME_KEY, next);
      label();
      announce('Theme: ' + themeName(next));
    });
    if (window.matchMedia) {
      const query = window.matchMedia('(prefers-color-scheme: dark)');
      if (query.addEventListener) {
        query.addEventListener('change', label);
      }
    }
    label();
    toolbar().appendChild(button);
  }

  /* ---- copying ---- */

  function copyText(text) {
    // The async clipboard needs a secure context (https or localhost); otherwise fall back.
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text).catch(() => legacyCopy(text));
    }
    return legacyCopy(text);
  }

  function legacyCopy(text) {
    return new Promise((resolve, reject) => {
      const area = el('textarea', 'rolebook-offscreen');
      area.value = text;
      area.setAttribute('readonly', '');
      const focused = document.activeElement;
      document.body.appendChild(area);
      area.select();
      let ok = false;
      try {
        ok = document.execCommand('copy');
      } catch (e) {
        ok = false;
      }
      area.remove();
      if (focused && focused.focus) {
        focused.focus();
      }
      if (ok) {
        resolve();
      } else {
        reject(new Error('copy refused'));
      }
    });
  }

  function flash(button, text, idle) {
    button.textContent = text;
    button.classList.add('is-done');
    window.clearTimeout(button.rolebookTimer);
    button.rolebookTimer = window.setTimeout(() => {
      button.textContent = idle;
      button.classList.remove('is-done');
    }, 2000);
  }

  function selectContents(node) {
    const range = document.createRange();
    range.selectNodeContents(node);
    const selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
  }

  // What a reader means to copy: the block's current text, less Asciidoctor's callout markers
  // (<i class="conum"><b>(1)</b>), which would break a pasted command.
  function copyableText(pre) {
    if (!pre.querySelector('.conum')) {
      return pre.textContent;
    }
    const clone = pre.cloneNode(true);
    clone.querySelectorAll('.conum + b, .conum').forEach(n => n.remove());
    return clone.textContent.replace(/[ \t]+$/gm, '');
  }

  // Each <pre> is wrapped so the button can sit over its corner without scrolling away with wide
  // lines, and so the block's text (what gets copied) never includes the button's label.
  function addCopyButtons() {
    document.querySelectorAll('pre').forEach(pre => {
      if (pre.parentNode.classList && pre.parentNode.classList.contains('rolebook-pre')) {
        return;
      }
      const wrap = el('div', 'rolebook-pre');
      pre.parentNode.insertBefore(wrap, pre);
      wrap.appendChild(pre);
      const button = el('button', 'rolebook-copy', 'Copy');
      button.type = 'button';
      button.setAttribute('aria-label', 'Copy this block');
      wrap.appendChild(button);
      button.addEventListener('click', () => {
        const text = copyableText(pre); // read now: the form may have rewritten the block
        copyText(text).then(() => {
          flash(button, 'Copied', 'Copy');
          announce('Copied to the clipboard');
          // A hook for tests and integrations: what was actually copied.
          pre.dispatchEvent(new CustomEvent('rolebook:copied', { bubbles: true, detail: { text: text } }));
        }, () => {
          selectContents(pre);
          flash(button, 'Press Ctrl+C', 'Copy');
          announce('Copying was refused; the text is selected, press Ctrl+C or Command+C');
        });
      });
    });
  }

  /* ---- section anchors and table of contents ---- */

  function contentRoot() {
    return document.getElementById('content') || document.body;
  }

  function sectionHeadings() {
    return Array.prototype.slice.call(contentRoot().querySelectorAll('h2[id], h3[id]'));
  }

  function addSectionAnchors() {
    sectionHeadings().forEach(h => {
      const label = 'Link to the section ' + h.textContent.trim();
      const own = h.querySelector('a.anchor');
      if (own) {
        // Asciidoctor's sectanchors are empty links: give them a name a screen reader can say.
        if (!own.hasAttribute('aria-label')) {
          own.setAttribute('aria-label', label);
        }
        return;
      }
      if (h.querySelector('a.rolebook-anchor')) {
        return;
      }
      const a = el('a', 'rolebook-anchor', '#');
      a.href = '#' + h.id;
      a.setAttribute('aria-label', label);
      h.appendChild(a);
    });
  }

  // Used only when the page has no Asciidoctor toc: h2 entries with their h3s nested below.
  function buildToc() {
    const headings = sectionHeadings();
    if (headings.length < 2) {
      return null;
    }
    const nav = el('nav', 'toc rolebook-toc-built');
    nav.id = 'toc';
    nav.setAttribute('aria-labelledby', 'toctitle');
    const title = el('div', '', 'Contents');
    title.id = 'toctitle';
    nav.appendChild(title);
    const top = el('ul', 'sectlevel1');
    let sub = null;
    nav.appendChild(top);
    headings.forEach(h => {
      const li = el('li');
      const a = el('a', '', h.textContent.trim());
      a.href = '#' + h.id;
      li.appendChild(a);
      if (h.tagName === 'H3' && top.lastElementChild) {
        if (!sub || sub.parentNode !== top.lastElementChild) {
          sub = el('ul', 'sectlevel2');
          top.lastElementChild.appendChild(sub);
        }
        sub.appendChild(li);
      } else {
        top.appendChild(li);
      }
    });
    const header = document.getElementById('header');
    if (header) {
      header.appendChild(nav);
    } else {
      const content = contentRoot();
      content.insertBefore(nav, content.firstChild);
    }
    return nav;
  }

  function setUpToc() {
    const toc = document.getElementById('toc') || buildToc();
    if (!toc) {
      return;
    }
    document.body.classList.add('rolebook-has-toc');
    foldableToc(toc);
    const entries = [];
    toc.querySelectorAll('a[href^="#"]').forEach(a => {
      const target = document.getElementById(decodeURIComponent(a.getAttribute('href').slice(1)));
      if (target) {
        entries.push({ heading: target, link: a });
      }
    });
    if (!entries.length || !('IntersectionObserver' in window)) {
      return;
    }
    entries.sort((x, y) => {
      return x.heading.compareDocumentPosition(y.heading) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
    });
    let current = null;
    // The current section is the last one whose heading has passed the top third of the window.
    // The observer only tells us *when* to look; positions decide *what* is current, which stays
    // right however fast the reader scrolls or jumps.
    function update() {
      // At the very bottom the last sections may be too short to reach that line: then the last
      // heading in sight is the current one.
      const atBottom = window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - 2;
      const line = atBottom ? window.innerHeight : window.innerHeight / 3;
      let found = entries[0];
      for (let i = 0; i < entries.length; i++) {
        if (entries[i].heading.getBoundingClientRect().top <= line) {
          found = entries[i];
        } else {
          break;
        }
      }
      if (found === current) {
        return;
      }
      if (current) {
        current.link.classList.remove('rolebook-current');
        current.link.removeAttribute('aria-current');
      }
      current = found;
      current.link.classList.add('rolebook-current');
      current.link.setAttribute('aria-current', 'location');
      // In the sidebar layout the toc scrolls by itself: keep the marked entry in view.
      if (toc.scrollHeight > toc.clientHeight) {
        const top = current.link.offsetTop - toc.clientHeight / 2;
        toc.scrollTop = Math.max(0, top);
      }
    }
    const observer = new IntersectionObserver(update, { rootMargin: '0px 0px -66% 0px' });
    entries.forEach(e => observer.observe(e.heading));
    // A marker after the content tells when the bottom comes into view.
    const end = el('div', 'rolebook-end');
    end.setAttribute('aria-hidden', 'true');
    document.body.appendChild(end);
    new IntersectionObserver(update).observe(end);
    update();
  }

  // Below the sidebar width the toc starts folded behind a button in its title (the stylesheet
  // only hides the list at those widths, so the sidebar is never affected).
  function foldableToc(toc) {
    const title = toc.querySelector('#toctitle');
    const list = toc.querySelector('ul');
    if (!title || !list || title.querySelector('.rolebook-toc-toggle')) {
      return;
    }
    if (!list.id) {
      list.id = 'rolebook-toc-list';
    }
    const label = el('span', 'rolebook-toc-label', title.textContent);
    const button = el('button', 'rolebook-toc-toggle', 'Contents');
    button.type = 'button';
    button.setAttribute('aria-controls', list.id);
    title.textContent = '';
    title.appendChild(label);
    title.appendChild(button);
    function set(open) {
      toc.classList.toggle('rolebook-toc-folded', !open);
      button.setAttribute('aria-expanded', open ? 'true' : 'false');
    }
    button.addEventListener('click', () => set(toc.classList.contains('rolebook-toc-folded')));
    // Following an entry on a phone folds the list again, so the section is what the reader sees.
    list.addEventListener('click', e => {
      if (e.target.closest('a') && getComputedStyle(button).display !== 'none') {
        set(false);
      }
    });
    set(false);
  }

  // Wide tables scroll inside their own box instead of widening the page on a phone; tables with
  // a header row get their column names on each cell, so a phone can show them as stacked cards.
  function wrapTables() {
    contentRoot().querySelectorAll('table.tableblock').forEach(table => {
      if (!table.parentNode.classList.contains('rolebook-table-scroll')) {
        const wrap = el('div', 'rolebook-table-scroll');
        table.parentNode.insertBefore(wrap, table);
        wrap.appendChild(table);
      }
      const heads = table.querySelectorAll(':scope > thead > tr > th');
      if (!heads.length) {
        return;
      }
      table.querySelectorAll(':scope > tbody > tr').forEach(tr => {
        Array.prototype.forEach.call(tr.children, (td, i) => {
          if (!td.hasAttribute('data-label') && heads[i]) {
            td.setAttribute('data-label', heads[i].textContent.trim());
          }
        });
      });
      table.classList.add('rolebook-stack');
    });
  }

  /* ---- long policy blocks ---- */

  const FOLD_LINES = 30;

  function lineCount(pre) {
    return pre.textContent.split('\n').length;
  }

  // Blocks longer than FOLD_LINES lines show their start and a button; the whole text stays in
  // the block, so copying, the form and the drift check always see the complete document.
  function foldLongBlocks() {
    document.querySelectorAll('pre.rolebook-json:not([data-base-statements])').forEach(pre => {
      const block = pre.closest('.listingblock') || pre.parentNode;
      if (block.querySelector('.rolebook-fold-bar')) {
        return;
      }
      const bar = el('div', 'rolebook-fold-bar');
      const button = el('button', 'rolebook-fold');
      button.type = 'button';
      bar.appendChild(button);
      block.appendChild(bar);
      function update(folded) {
        const lines = lineCount(pre);
        const long = lines > FOLD_LINES;
        bar.hidden = !long;
        block.classList.toggle('rolebook-folded', long && folded);
        button.textContent = folded ? 'Show all ' + lines + ' lines' : 'Fold to ' + FOLD_LINES + ' lines';
        button.setAttribute('aria-expanded', folded ? 'false' : 'true');
      }
      button.addEventListener('click', () => {
        const folded = !block.classList.contains('rolebook-folded');
        update(folded);
        if (folded) {
          block.scrollIntoView({ block: 'nearest' });
        }
      });
      update(true);
      // The form rewrites the block (and may hide or show lines): recount after each rewrite.
      new MutationObserver(() => update(block.classList.contains('rolebook-folded'))).observe(pre, { childList: true, subtree: true });
    });
  }

  // The offsets [start, end) of the first `count` statements of a policy's Statement array in
  // `text`, found by reading the JSON's structure (strings skipped), whatever its layout.
  function baseStatementRange(text, count) {
    const key = text.indexOf('"Statement"');
    if (key < 0 || count < 1) {
      return null;
    }
    let i = text.indexOf('[', key);
    let depth = 0;
    let seen = 0;
    let start = -1;
    for (i = i + 1; i < text.length; i++) {
      const c = text.charAt(i);
      if (c === '"') {
        for (i++; i < text.length && text.charAt(i) !== '"'; i++) {
          if (text.charAt(i) === '\\') {
            i++;
          }
        }
      } else if (c === '{' || c === '[') {
        if (depth === 0 && start < 0) {
          start = text.lastIndexOf('\n', i) + 1;
        }
        depth++;
      } else if (c === '}' || c === ']') {
        if (depth === 0) {
          return null;
        }
        depth--;
        if (depth === 0 && ++seen === count) {
          const comma = text.indexOf(',', i);
          const end = text.indexOf('\n', comma < 0 ? i : comma);
          return start < 0 || end < 0 ? null : [start, end + 1];
        }
      }
    }
    return null;
  }

  // The DOM position of character `offset` of `root`'s text.
  function positionAt(root, offset) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    let node;
    let seen = 0;
    while ((node = walker.nextNode())) {
      if (seen + node.data.length >= offset) {
        return { node: node, offset: offset - seen };
      }
      seen += node.data.length;
    }
    return null;
  }

  // A joined document (data-variants) shows its added statements; the base policy's statements,
  // shown in full above, are hidden behind a note and a button. They stay in the text.
  function foldJoinedBlocks() {
    document.querySelectorAll('pre.rolebook-json[data-base-statements]').forEach(pre => {
      const count = parseInt(pre.getAttribute('data-base-statements'), 10);
      const code = pre.querySelector('code') || pre;
      const block = pre.closest('.listingblock') || pre.parentNode;
      const button = el('button', 'rolebook-base-toggle');
      button.type = 'button';
      const content = pre.closest('.content') || pre.parentNode;
      content.parentNode.insertBefore(button, content);
      let hidden = true;
      function mark() {
        if (code.querySelector('.rolebook-base')) {
          return;
        }
        const range = baseStatementRange(code.textContent, count);
        const from = range && positionAt(code, range[0]);
        const to = range && positionAt(code, range[1]);
        if (!from || !to) {
          return;
        }
        const r = document.createRange();
        r.setStart(from.node, from.offset);
        r.setEnd(to.node, to.offset);
        const base = el('span', 'rolebook-base');
        base.appendChild(r.extractContents());
        r.insertNode(base);
        // The note is drawn by the stylesheet from data-note, so it is never part of the text.
        const note = el('span', 'rolebook-base-note');
        note.setAttribute('data-note', '    \u2026 the ' + count + ' statements of ' + pre.getAttribute('data-policy')
            + ' shown above \u2026\n');
        note.setAttribute('aria-hidden', 'true');
        base.parentNode.insertBefore(note, base);
      }
      function update() {
        block.classList.toggle('rolebook-base-hidden', hidden);
        button.textContent = hidden ? 'Show the ' + count + ' statements of ' + pre.getAttribute('data-policy') + ' too'
            : 'Show only the added statements';
        button.setAttribute('aria-expanded', hidden ? 'false' : 'true');
      }
      button.addEventListener('click', () => {
        hidden = !hidden;
        update();
      });
      mark();
      update();
      // The form rewrites the block's text: mark the base statements again in the new text.
      new MutationObserver(mark).observe(code, { childList: true });
    });
  }

  /* ---- parameter validation: mirrors dev.rolebook.substitute.ParameterValues ---- */

  // Characters that can never change a policy's meaning; quotes, backslash, white space, IAM
  // wildcards, policy-variable syntax and non-ASCII are refused before any pattern is tried.
  const SAFE_CHAR = /^[A-Za-z0-9_.:/+=,@-]$/;

  function hex(cp) {
    const h = cp.toString(16).toUpperCase();
    return 'U+' + (h.length < 4 ? '0000'.slice(h.length) + h : h);
  }

  // Characters a reader would not see faithfully (controls, zero-width and bidi format
  // characters, separators other than the plain space...): the same set as Java's Quote.invisible.
  const INVISIBLE = /^[\p{Cc}\p{Cf}\p{Cs}\p{Cn}\p{Co}\p{Zl}\p{Zp}]$/u;
  const SPACE_SEPARATOR = /^\p{Zs}$/u;

  function printable(cp) {
    const ch = String.fromCodePoint(cp);
    return !INVISIBLE.test(ch) && (ch === ' ' || !SPACE_SEPARATOR.test(ch));
  }

  // Shown as \uXXXX (\UXXXXXXXX beyond the BMP), as the command line does.
  function visible(value) {
    let out = '';
    for (const ch of value) {
      const cp = ch.codePointAt(0);
      if (printable(cp)) {
        out += ch;
      } else {
        const h = cp.toString(16).toUpperCase();
        out += cp > 0xffff ? '\\U' + h.padStart(8, '0') : '\\u' + h.padStart(4, '0');
      }
    }
    return out;
  }

  function firstUnsafe(value) {
    for (const ch of value) {
      if (!SAFE_CHAR.test(ch)) {
        const cp = ch.codePointAt(0);
        return (printable(cp) ? "'" + ch + "' " : '') + '(' + hex(cp) + ')';
      }
    }
    return 'a character that is not allowed';
  }

  function describe(p) {
    return p.patternHint ? p.patternHint : 'a value matching ' + p.pattern;
  }

  /** The problem with one value, worded as the Java check words it, or null when it is fine. */
  function check(p, value) {
    const shown = visible(value);
    for (const ch of value) {
      if (!SAFE_CHAR.test(ch)) {
        return p.name + " '" + shown + "' contains " + firstUnsafe(value) +
            ", which could change the policy's meaning; expected " + describe(p);
      }
    }
    // Java's matches() must cover the whole value; anchor likewise whatever the pattern says.
    // The pattern first, as in Java: it names the rule the reader knows.
    if (!new RegExp('^(?:' + p.pattern + ')$').test(value)) {
      return p.patternHint
          ? p.name + " '" + shown + "' is not " + p.patternHint + ' (pattern ' + p.pattern + ')'
          : p.name + " '" + shown + "' does not match the pattern " + p.pattern;
    }
    if (typeof p.maxLength === 'number' && value.length > p.maxLength) {
      return p.name + " '" + shown + "' is " + value.length + ' characters; the manifest allows at most ' + p.maxLength +
          " (maxLength of parameter '" + p.name + "')";
    }
    return null;
  }

  /* ---- substitution: mirrors dev.rolebook.substitute.Substitution ---- */

  function word(c) {
    return /[A-Za-z0-9_]/.test(c);
  }

  // One pass over the text as given, never a pass per parameter: every placeholder is found in
  // the original string, so a value that spells another parameter's placeholder (qualifier
  // ACCOUNT_ID, stack REGION) stays as typed, whatever order the page lists the parameters in.
  // A token parameter is replaced where its placeholder stands as a whole token (neighbours are
  // not letters, digits or '_'): cdk-hnb659fds-assets holds the token hnb659fds,
  // backgroundagent-devx does not hold backgroundagent-dev. At one position the longest
  // placeholder wins. The partition is replaced only as arn:<partition>: at the start of a policy
  // string; in a command (inLine) ARNs sit inside a longer line, so there it is replaced wherever
  // arn:<partition>: starts a token.
  function substitute(text, params, values, inLine) {
    const active = params.filter(p => typeof p.placeholder === 'string' && p.placeholder !== ''
        && Object.prototype.hasOwnProperty.call(values, p.name) && typeof values[p.name] === 'string'
        && values[p.name] !== p.placeholder);
    // Array sort is stable: placeholders of equal length keep the page's order, as in Java.
    const tokens = active.filter(p => p.in !== 'arn-partition')
        .sort((a, b) => b.placeholder.length - a.placeholder.length);
    const partition = active.find(p => p.in === 'arn-partition');
    if (!tokens.length && !partition) {
      return text;
    }
    const prefix = partition ? 'arn:' + partition.placeholder + ':' : null;
    let out = '';
    let i = 0;
    if (prefix && text.startsWith(prefix)) {
      out = 'arn:' + values[partition.name];
      i = 4 + partition.placeholder.length;
    }
    while (i < text.length) {
      const start = i === 0 || !word(text.charAt(i - 1));
      if (inLine && prefix && start && text.startsWith(prefix, i)) {
        out += 'arn:' + values[partition.name];
        i += 4 + partition.placeholder.length;
        continue;
      }
      const hit = start ? tokens.find(p => {
        const end = i + p.placeholder.length;
        return text.startsWith(p.placeholder, i) && (end === text.length || !word(text.charAt(end)));
      }) : undefined;
      if (hit) {
        out += values[hit.name];
        i += hit.placeholder.length;
      } else {
        out += text.charAt(i++);
      }
    }
    return out;
  }

  // Only string values change, never keys: a value can't alter the document's structure.
  function substituteTree(node, fn) {
    if (typeof node === 'string') {
      return fn(node);
    }
    if (Array.isArray(node)) {
      return node.map(e => substituteTree(e, fn));
    }
    if (node !== null && typeof node === 'object') {
      let out = {};
      Object.keys(node).forEach(k => {
        // defineProperty, not assignment: a key named "__proto__" must stay an ordinary member.
        Object.defineProperty(out, k, { value: substituteTree(node[k], fn), enumerable: true, writable: true, configurable: true });
      });
      return out;
    }
    return node;
  }

  /* ---- JSON highlighting, same span classes as the rendered page ---- */

  const JSON_TOKEN = /("(?:[^"\\]|\\.)*")(\s*:)?|(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)|\b(true|false|null)\b|([{}[\],])/g;

  function highlight(text) {
    const fragment = document.createDocumentFragment();
    let last = 0;
    let m;
    function span(cls, s) {
      fragment.appendChild(el('span', cls, s));
    }
    JSON_TOKEN.lastIndex = 0;
    while ((m = JSON_TOKEN.exec(text)) !== null) {
      if (m.index > last) {
        fragment.appendChild(document.createTextNode(text.slice(last, m.index)));
      }
      if (m[1] !== undefined && m[2] !== undefined) {
        // As the server does: white space before the colon stays plain text.
        span('tok-key', m[1]);
        if (m[2].length > 1) {
          fragment.appendChild(document.createTextNode(m[2].slice(0, -1)));
        }
        span('tok-punct', ':');
      } else if (m[1] !== undefined) {
        span('tok-str', m[1]);
      } else if (m[3] !== undefined) {
        span('tok-num', m[3]);
      } else if (m[4] !== undefined) {
        span('tok-lit', m[4]);
      } else {
        span('tok-punct', m[5]);
      }
      last = JSON_TOKEN.lastIndex;
    }
    if (last < text.length) {
      fragment.appendChild(document.createTextNode(text.slice(last)));
    }
    return fragment;
  }

  /* ---- the snippet blocks the form rewrites ---- */

  // Only blocks shown as written (data-target empty or absent) are rewritten: a block already
  // made for a named target has lost its placeholders, and rewriting what is left of them (its
  // ARN partition, say) would mix the reader's values with the target's.
  function asWritten(pre) {
    return !pre.getAttribute('data-target');
  }

  // Each block keeps its original markup and text, taken once: every rewrite starts from them, so
  // clearing a field, or an invalid value, always brings back the exact placeholders.
  function snippetBlocks(params) {
    const blocks = [];
    document.querySelectorAll('pre.rolebook-json').forEach(pre => {
      if (!asWritten(pre)) {
        return;
      }
      const code = pre.querySelector('code') || pre;
      const html = code.innerHTML;
      let tree;
      try {
        tree = JSON.parse(code.textContent);
      } catch (e) {
        console.error('rolebook: a policy block is not valid JSON, so it is left as it is', pre);
        return;
      }
      const unchanged = JSON.stringify(tree, null, 2);
      blocks.push(values => {
        const text = JSON.stringify(substituteTree(tree, s => substitute(s, params, values, false)), null, 2);
        show(pre, code, html, text === unchanged ? null : highlight(text));
      });
    });
    document.querySelectorAll('pre.rolebook-command').forEach(pre => {
      if (!asWritten(pre)) {
        return;
      }
      const code = pre.querySelector('code') || pre;
      const html = code.innerHTML;
      const original = code.textContent;
      const lines = commandLines(pre);
      if (lines) {
        blocks.push(values => {
          const text = buildCommand(lines, params, values);
          show(pre, code, html, text === original ? null : document.createTextNode(text));
        });
        return;
      }
      blocks.push(values => {
        const text = substitute(original, params, values, true);
        show(pre, code, html, text === original ? null : document.createTextNode(text));
      });
    });
    return blocks;
  }

  // A command drawn from lines (data-lines, written by dev.rolebook.substitute.CdkBootstrapCommand):
  // rebuilt by the same rules, so a line the placeholders lack (--qualifier, an optional policy)
  // appears when the values call for it.
  function commandLines(pre) {
    const data = pre.getAttribute('data-lines');
    if (!data) {
      return null;
    }
    try {
      const lines = JSON.parse(data);
      return Array.isArray(lines) ? lines : null;
    } catch (e) {
      console.error('rolebook: a command block has unreadable data-lines; it is rewritten as text', pre);
      return null;
    }
  }

  // The value in effect for a parameter: the reader's, else its default, else its placeholder
  // (a list parameter: its default choices, else none).
  function effectiveValue(p, values) {
    if (p && Object.prototype.hasOwnProperty.call(values, p.name)) {
      return values[p.name];
    }
    if (p && p.default !== undefined && p.default !== null) {
      return p.default;
    }
    return p && p.type === 'list' ? [] : (p ? p.placeholder : undefined);
  }

  function shellWord(s) {
    return "'" + s.split("'").join("'\\''") + "'";
  }

  function buildCommand(lines, params, values) {
    const byName = {};
    params.forEach(p => { byName[p.name] = p; });
    const effective = {};
    params.forEach(p => { effective[p.name] = effectiveValue(p, values); });
    const out = [];
    lines.forEach(l => {
      if (l.when) {
        const chosen = effective[l.when.parameter];
        if (!Array.isArray(chosen) || chosen.indexOf(l.when.includes) < 0) {
          return;
        }
      }
      if (l.unless && byName[l.unless.parameter] && effective[l.unless.parameter] === l.unless.value) {
        return;
      }
      out.push(l.prefix + shellWord(substitute(l.word, params, effective, false) + l.literal));
    });
    return out.join(' \\\n');
  }

  function show(pre, code, originalHtml, replacement) {
    if (replacement) {
      code.replaceChildren(replacement);
    } else if (code.innerHTML !== originalHtml) {
      code.innerHTML = originalHtml; // our own markup, captured from this page: safe to restore
    }
    pre.classList.toggle('rolebook-substituted', !!replacement);
  }

  /* ---- the parameter form ---- */

  function readParameters() {
    const block = document.getElementById('rolebook-parameters');
    if (!block) {
      return [];
    }
    try {
      const data = JSON.parse(block.textContent);
      return Array.isArray(data.parameters) ? data.parameters : [];
    } catch (e) {
      console.error('rolebook: the rolebook-parameters block is not valid JSON; no form is shown');
      return [];
    }
  }

  // "#account=123456789012&region=eu-west-1"; anything else (a section id) is not ours.
  function fragmentValues(params) {
    const hash = window.location.hash.slice(1);
    if (hash.indexOf('=') < 0) {
      return null;
    }
    const known = {};
    params.forEach(p => { known[p.name] = true; });
    const values = {};
    let any = false;
    hash.split('&').forEach(part => {
      const eq = part.indexOf('=');
      if (eq < 0) {
        return;
      }
      try {
        const name = decodeURIComponent(part.slice(0, eq));
        if (known[name] === true) {
          const value = decodeURIComponent(part.slice(eq + 1));
          const p = params.find(q => q.name === name);
          values[name] = p.type === 'list' ? listValue(p, value) : value;
          any = true;
        }
      } catch (e) {
        // A malformed escape: ignore that pair.
      }
    });
    return any ? values : null;
  }

  function fragmentOf(values, params) {
    return params
        .filter(p => values[p.name] !== undefined && values[p.name] !== '')
        .map(p => encodeURIComponent(p.name) + '=' +
            encodeURIComponent(Array.isArray(values[p.name]) ? values[p.name].join(',') : values[p.name]))
        .join('&');
  }

  // A list value as a link or the command line gives it ("ecs,lambda-microvm"), or as stored (an
  // array): only the parameter's choices, in the order of its choices.
  function listValue(p, value) {
    const given = Array.isArray(value) ? value : (typeof value === 'string' && value !== '' ? value.split(',') : []);
    return (p.choices || []).filter(c => given.indexOf(c) >= 0);
  }

  function storedValues() {
    try {
      const v = JSON.parse(load(VALUES_KEY) || '{}');
      return v && typeof v === 'object' ? v : {};
    } catch (e) {
      return {};
    }
  }

  function formHost(blocks) {
    let host = document.getElementById('rolebook-form');
    if (host) {
      return host;
    }
    // The page gave no place: put the form just before the first snippet (and its block title).
    const pre = document.querySelector('pre.rolebook-json, pre.rolebook-command');
    if (!pre || !blocks.length) {
      return null;
    }
    const first = pre.closest('.listingblock') || pre;
    host = el('div', 'rolebook-form-auto');
    host.id = 'rolebook-form';
    first.parentNode.insertBefore(host, first);
    return host;
  }

  // A list parameter: a group of checkboxes, one per choice, starting at its default.
  function listField(p) {
    const box = el('fieldset', 'rolebook-field rolebook-choices');
    box.appendChild(el('legend', '', p.label || p.name));
    const inputs = [];
    (p.choices || []).forEach(choice => {
      const id = 'rolebook-param-' + p.name + '-' + choice;
      const label = el('label', 'rolebook-choice');
      const input = el('input');
      input.type = 'checkbox';
      input.id = id;
      input.name = p.name;
      input.value = choice;
      label.appendChild(input);
      label.appendChild(document.createTextNode(' ' + choice));
      box.appendChild(label);
      inputs.push(input);
    });
    if (p.description) {
      box.appendChild(el('span', 'rolebook-hint', p.description));
    }
    const error = el('span', 'rolebook-error');
    error.hidden = true;
    return { param: p, inputs: inputs, error: error, box: box, list: true };
  }

  function checkedOf(f) {
    return f.inputs.filter(i => i.checked).map(i => i.value);
  }

  function sameList(a, b) {
    return a.length === b.length && a.every((v, i) => v === b[i]);
  }

  function field(p) {
    if (p.type === 'list') {
      return listField(p);
    }
    const id = 'rolebook-param-' + p.name;
    const box = el('div', 'rolebook-field');
    const label = el('label', '', p.label || p.name);
    label.htmlFor = id;
    const input = el('input');
    input.id = id;
    input.name = p.name;
    input.type = 'text';
    input.autocomplete = 'off';
    input.spellcheck = false;
    input.setAttribute('autocapitalize', 'off');
    if (/^\^?\[0-9\]\{[0-9,]+\}\$?$/.test(p.pattern)) {
      input.inputMode = 'numeric'; // digits only (the account ID): a phone shows its number pad
    }
    // Empty means "keep": the placeholder (or the default) is what the snippets then show.
    input.placeholder = p.default !== undefined && p.default !== null ? p.default : p.placeholder;
    const hint = el('span', 'rolebook-hint', p.patternHint || '');
    hint.id = 'rolebook-hint-' + p.name;
    const error = el('span', 'rolebook-error');
    error.id = 'rolebook-error-' + p.name;
    error.hidden = true;
    input.setAttribute('aria-describedby', hint.id + ' ' + error.id);
    box.appendChild(label);
    box.appendChild(input);
    box.appendChild(hint);
    box.appendChild(error);
    return { param: p, input: input, error: error, box: box };
  }

  function setUpForm() {
    const params = readParameters();
    if (!params.length) {
      return;
    }
    const blocks = snippetBlocks(params);
    let host = formHost(blocks);
    if (!host) {
      return;
    }
    host.querySelectorAll('.rolebook-nojs').forEach(n => n.remove());

    let form = el('form', 'rolebook-form');
    form.noValidate = true;
    form.setAttribute('aria-label', 'Your deployment values');
    const fields = params.map(field);
    fields.forEach(f => form.appendChild(f.box));
    const actions = el('div', 'rolebook-form-actions');
    const share = el('button', 'rolebook-share', 'Copy link with these values');
    share.type = 'button';
    const clear = el('button', 'rolebook-clear', 'Clear');
    clear.type = 'button';
    actions.appendChild(share);
    actions.appendChild(clear);
    form.appendChild(actions);
    const note = el('p', 'rolebook-form-status');
    note.id = 'rolebook-form-status';
    note.setAttribute('aria-live', 'polite');
    form.appendChild(note);
    host.appendChild(form);

    function raw() {
      const values = {};
      fields.forEach(f => {
        if (f.list) {
          // Given only when it differs from the default, so a default stays "not typed".
          const chosen = checkedOf(f);
          if (!sameList(chosen, listValue(f.param, f.param.default || []))) {
            values[f.param.name] = chosen;
          }
        } else if (f.input.value !== '') {
          values[f.param.name] = f.input.value;
        }
      });
      return values;
    }

    function fill(values) {
      fields.forEach(f => {
        const v = values[f.param.name];
        if (f.list) {
          const chosen = v === undefined ? listValue(f.param, f.param.default || []) : listValue(f.param, v);
          f.inputs.forEach(i => { i.checked = chosen.indexOf(i.value) >= 0; });
        } else {
          f.input.value = typeof v === 'string' ? v : '';
        }
      });
    }

    // All or nothing: one bad value and every block goes back to its placeholders, so a reader
    // can never copy a policy that is half theirs and half someone else's.
    function apply() {
      const given = raw();
      const effective = {};
      let bad = 0;
      const open = [];
      fields.forEach(f => {
        const p = f.param;
        const v = given[p.name];
        if (f.list) {
          // Checkboxes offer only the choices: nothing to validate.
          effective[p.name] = v === undefined ? listValue(p, p.default || []) : v;
          return;
        }
        const problem = v === undefined ? null : check(p, v);
        f.error.textContent = problem || '';
        f.error.hidden = !problem;
        f.box.classList.toggle('is-invalid', !!problem);
        if (problem) {
          f.input.setAttribute('aria-invalid', 'true');
          bad++;
        } else {
          f.input.removeAttribute('aria-invalid');
        }
        if (v !== undefined) {
          effective[p.name] = v;
        } else if (p.default !== undefined && p.default !== null) {
          effective[p.name] = p.default;
        } else {
          open.push(p.placeholder);
        }
      });
      const values = bad ? {} : effective;
      blocks.forEach(rewrite => rewrite(values));
      let message;
      if (bad) {
        message = 'Fix the marked value; until then every snippet shows its placeholders.';
      } else if (Object.keys(given).length === 0) {
        message = 'The snippets show placeholders. Fill in your values to rewrite them.';
      } else if (open.length) {
        message = 'The snippets use your values; still placeholders: ' + open.join(', ') + '.';
      } else {
        message = 'The snippets use your values.';
      }
      note.textContent = message;
      form.classList.toggle('is-invalid', bad > 0);
      return given;
    }

    function remember(given) {
      save(VALUES_KEY, Object.keys(given).length ? JSON.stringify(given) : null);
      // A page opened from a shared link keeps its fragment in step, or a reload would bring
      // back the old values; a section-anchor fragment is left alone.
      if (fragmentValues(params) && window.history.replaceState) {
        const frag = fragmentOf(given, params);
        window.history.replaceState(null, '', window.location.pathname + window.location.search + (frag ? '#' + frag : ''));
      }
    }

    form.addEventListener('submit', e => {
      e.preventDefault(); // nothing is sent anywhere (the CSP forbids form submission anyway)
    });
    form.addEventListener('input', () => {
      remember(apply());
    });
    clear.addEventListener('click', () => {
      fill({});
      remember(apply());
      announce('Values cleared; the snippets show placeholders');
    });
    share.addEventListener('click', () => {
      const frag = fragmentOf(raw(), params);
      const url = window.location.href.split('#')[0] + (frag ? '#' + frag : '');
      copyText(url).then(() => {
        flash(share, 'Link copied', 'Copy link with these values');
        announce('Link copied to the clipboard');
      }, () => {
        flash(share, 'Copying refused', 'Copy link with these values');
      });
    });
    window.addEventListener('hashchange', () => {
      const values = fragmentValues(params);
      if (values) {
        fill(values);
        remember(apply());
      }
    });

    // A shared link wins over what this browser remembers.
    fill(fragmentValues(params) || storedValues());
    apply();
  }

  /* ---- search across every page of the site ---- */

  // The index (js/search-index.js, written when the site is rendered) is loaded from the site
  // itself the first time the search opens; it sets window.rolebookSearchIndex.
  let indexPromise = null;

  function searchIndex() {
    if (window.rolebookSearchIndex) {
      return Promise.resolve(window.rolebookSearchIndex);
    }
    if (!indexPromise) {
      indexPromise = new Promise((resolve, reject) => {
        const script = document.createElement('script');
        script.src = new URL('search-index.js', SCRIPT_URL || window.location.href).href;
        script.onload = () => (window.rolebookSearchIndex ? resolve(window.rolebookSearchIndex) : reject(new Error('empty index')));
        script.onerror = () => {
          indexPromise = null;
          reject(new Error('no index'));
        };
        document.head.appendChild(script);
      });
    }
    return indexPromise;
  }

  function siteRoot() {
    return new URL('../', SCRIPT_URL || window.location.href);
  }

  /**
   * Sections where every term (case-insensitive) occurs in the heading, the page's title or the
   * text; a term in the heading counts most, then in the page's title. At most 30, best first.
   */
  function findEntries(index, query) {
    const terms = query.toLowerCase().split(/\s+/).filter(t => t.length > 0);
    if (!terms.length) {
      return [];
    }
    const hits = [];
    index.entries.forEach((entry, order) => {
      const title = entry.title.toLowerCase();
      const page = entry.page.toLowerCase();
      const text = entry.text.toLowerCase();
      let score = 0;
      for (const t of terms) {
        if (title.indexOf(t) >= 0) {
          score += 10;
        } else if (page.indexOf(t) >= 0) {
          score += 3;
        } else if (text.indexOf(t) >= 0) {
          score += 1;
        } else {
          return;
        }
      }
      hits.push({ entry: entry, score: score, order: order, at: text.indexOf(terms[0]) });
    });
    hits.sort((a, b) => b.score - a.score || a.order - b.order);
    return hits.slice(0, 30);
  }

  function snippetOf(hit, term) {
    const text = hit.entry.text;
    if (hit.at < 0) {
      return text.slice(0, 140);
    }
    const start = Math.max(0, hit.at - 60);
    return (start > 0 ? '\u2026' : '') + text.slice(start, hit.at + term.length + 80) + '\u2026';
  }

  function setUpSearch() {
    const open = el('button', 'rolebook-search-open', 'Search');
    open.type = 'button';
    open.setAttribute('aria-keyshortcuts', '/');
    open.setAttribute('aria-label', 'Search the site (press /)');
    open.appendChild(el('kbd', '', '/'));
    const bar = toolbar();
    bar.insertBefore(open, bar.firstChild);

    const dialog = el('dialog', 'rolebook-search');
    dialog.setAttribute('aria-label', 'Search the site');
    const form = el('form', 'rolebook-search-form');
    form.setAttribute('role', 'search');
    const input = el('input', 'rolebook-search-input');
    input.type = 'search';
    input.placeholder = 'Search policies, actions, pages\u2026';
    input.setAttribute('aria-label', 'Search the site');
    input.setAttribute('aria-controls', 'rolebook-search-results');
    input.autocomplete = 'off';
    input.spellcheck = false;
    const close = el('button', 'rolebook-search-close', 'Close');
    close.type = 'button';
    form.appendChild(input);
    form.appendChild(close);
    const statusLine = el('p', 'rolebook-search-status');
    statusLine.setAttribute('aria-live', 'polite');
    const list = el('ul', 'rolebook-search-results');
    list.id = 'rolebook-search-results';
    dialog.appendChild(form);
    dialog.appendChild(statusLine);
    dialog.appendChild(list);
    document.body.appendChild(dialog);

    let links = [];
    let selected = -1;

    function select(i) {
      if (selected >= 0 && links[selected]) {
        links[selected].setAttribute('aria-selected', 'false');
      }
      selected = links.length ? (i + links.length) % links.length : -1;
      if (selected >= 0) {
        links[selected].setAttribute('aria-selected', 'true');
        links[selected].scrollIntoView({ block: 'nearest' });
      }
    }

    function show(index) {
      const query = input.value.trim();
      const hits = findEntries(index, query);
      list.replaceChildren();
      links = [];
      selected = -1;
      const root = siteRoot();
      const first = query.toLowerCase().split(/\s+/)[0] || '';
      hits.forEach(hit => {
        const li = el('li');
        const a = el('a');
        a.href = new URL(hit.entry.url, root).href;
        a.setAttribute('aria-selected', 'false');
        a.appendChild(el('span', 'rolebook-search-page', hit.entry.page));
        a.appendChild(el('span', 'rolebook-search-title', hit.entry.title));
        a.appendChild(el('span', 'rolebook-search-snippet', snippetOf(hit, first)));
        a.addEventListener('click', () => dialog.close());
        li.appendChild(a);
        list.appendChild(li);
        links.push(a);
      });
      if (!query) {
        statusLine.textContent = 'Type to search every page of this site. \u2191 \u2193 choose, Enter opens, Esc closes.';
      } else {
        statusLine.textContent = hits.length ? hits.length + (hits.length === 30 ? '+' : '') + ' sections match.' : 'Nothing matches.';
      }
      select(0);
    }

    function refresh() {
      searchIndex().then(show, () => {
        statusLine.textContent = 'The search index of this site could not be loaded.';
      });
    }

    function openSearch() {
      if (dialog.open) {
        input.focus();
        return;
      }
      dialog.showModal();
      input.focus();
      input.select();
      refresh();
    }

    open.addEventListener('click', openSearch);
    close.addEventListener('click', () => dialog.close());
    input.addEventListener('input', refresh);
    form.addEventListener('submit', e => {
      e.preventDefault();
      if (selected >= 0) {
        links[selected].click();
      }
    });
    input.addEventListener('keydown', e => {
      if (e.key === 'ArrowDown') {
        e.preventDefault();
        select(selected + 1);
      } else if (e.key === 'ArrowUp') {
        e.preventDefault();
        select(selected - 1);
      }
    });
    dialog.addEventListener('click', e => {
      if (e.target === dialog) {
        dialog.close(); // a click on the backdrop
      }
    });
    document.addEventListener('keydown', e => {
      if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey || dialog.open) {
        return;
      }
      const t = e.target;
      if (t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))) {
        return; // a slash typed into a field is text
      }
      e.preventDefault();
      openSearch();
    });
  }

  function init() {
    status = el('div', 'rolebook-offscreen');
    status.setAttribute('role', 'status');
    status.setAttribute('aria-live', 'polite');
    document.body.appendChild(status);
    setUpThemeToggle();
    setUpSearch();
    setUpToc();
    addSectionAnchors();
    wrapTables();
    setUpForm(); // before the copy buttons, which only read the blocks' text when clicked
    addCopyButtons();
    foldJoinedBlocks();
    foldLongBlocks();
    root.classList.add('rolebook-js');
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
})();
