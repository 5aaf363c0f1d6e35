/* Verideck site: math typesetting, dark-mode toggle, search as you type. No inline script anywhere. */
(function () {
  'use strict';
  var doc = document.documentElement;
  var body = document.body;
  var root = body.getAttribute('data-root') || '';
  var staticMode = body.getAttribute('data-mode') === 'static';

  /* ---- theme ---- */
  var THEME_KEY = 'verideck-theme';
  function storedTheme() { try { return localStorage.getItem(THEME_KEY); } catch (e) { return null; } }
  function systemDark() { return window.matchMedia && window.matchMedia('(prefers-color-scheme: dark)').matches; }
  function theme() { return doc.getAttribute('data-theme') || (systemDark() ? 'dark' : 'light'); }
  var saved = storedTheme();
  if (saved === 'dark' || saved === 'light') doc.setAttribute('data-theme', saved);
  var toggle = document.getElementById('theme-toggle');
  function label() { if (toggle) toggle.setAttribute('title', theme() === 'dark' ? 'Switch to light mode' : 'Switch to dark mode'); }
  if (toggle) {
    label();
    toggle.addEventListener('click', function () {
      var next = theme() === 'dark' ? 'light' : 'dark';
      doc.setAttribute('data-theme', next);
      try { localStorage.setItem(THEME_KEY, next); } catch (e) { /* private mode */ }
      label();
    });
  }

  /* ---- math ---- */
  function renderMath(scope) {
    if (!window.katex) return;
    var spans = scope.querySelectorAll('span.math');
    for (var i = 0; i < spans.length; i++) {
      var el = spans[i];
      if (el.getAttribute('data-tex') !== null) continue;
      var tex = el.textContent;
      el.setAttribute('data-tex', tex);
      try {
        window.katex.render(tex, el, { displayMode: el.classList.contains('math-display'), throwOnError: false,
          trust: false, strict: 'ignore', maxExpand: 500, maxSize: 20 });
      } catch (e) {
        el.textContent = tex;
        el.classList.add('math-failed');
      }
    }
  }
  renderMath(document);
  /* Typesetting changes heights: land on the heading the link points at again. */
  if (location.hash.length > 1) {
    var target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
    if (target) target.scrollIntoView();
  }

  /* ---- search ---- */
  var input = document.getElementById('q');
  var panel = document.getElementById('results');
  if (!input || !panel) return;
  var onSearchPage = /(^|\/)search\.html$/.test(location.pathname);
  var timer = null, seq = 0, active = -1, engine = null;

  function esc(s) {
    return String(s == null ? '' : s).replace(/[&<>"']/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
    });
  }
  function links() { return panel.querySelectorAll('a.hit'); }
  function setActive(i) {
    var all = links();
    if (!all.length) { active = -1; return; }
    active = (i + all.length) % all.length;
    for (var k = 0; k < all.length; k++) all[k].classList.toggle('active', k === active);
    all[active].scrollIntoView({ block: 'nearest' });
  }
  function show(html) { panel.innerHTML = html; panel.hidden = false; active = -1; renderMath(panel); }
  function hide() { panel.hidden = true; panel.innerHTML = ''; active = -1; }

  function render(q, hits) {
    if (!hits.length) { show('<p class="status">No results for <strong>' + esc(q) + '</strong>.</p>'); return; }
    var groups = [], byKey = {};
    hits.forEach(function (h) {
      var key = h.lecture == null ? 'other' : 'L' + h.lecture;
      if (!byKey[key]) {
        byKey[key] = { title: h.lecture == null ? 'Other cards' : 'Lecture ' + h.lecture + (h.lectureTitle ? ': ' + h.lectureTitle : ''), hits: [] };
        groups.push(byKey[key]);
      }
      byKey[key].hits.push(h);
    });
    var html = '<p class="status">' + hits.length + (hits.length === 1 ? ' result' : ' results') + ' for <strong>' + esc(q) + '</strong></p>';
    groups.forEach(function (g) {
      html += '<section class="group"><h2>' + esc(g.title) + '</h2><ol>';
      g.hits.forEach(function (h) {
        /* titleHtml and snippetHtml are built and escaped by the site itself. */
        html += '<li><a class="hit" data-kind="' + esc(h.kind) + '" href="' + esc(root + h.url) + '"><span class="hit-title">' +
          h.titleHtml + '</span><span class="snippet">' + h.snippetHtml + '</span></a></li>';
      });
      html += '</ol></section>';
    });
    show(html);
    if (staticMode) highlight(q);
  }

  /* Static mode: mark the query words in the snippets (outside formulas). */
  function highlight(q) {
    var words = q.toLowerCase().split(/[\s\p{P}]+/u).filter(function (w) { return w.length > 1; });
    if (!words.length) return;
    var re = new RegExp('(' + words.map(function (w) { return w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'); }).join('|') + ')', 'gi');
    panel.querySelectorAll('.snippet, .hit-title').forEach(function (el) {
      var walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT, null), nodes = [], n;
      while ((n = walker.nextNode())) if (!n.parentNode.closest('.katex')) nodes.push(n);
      nodes.forEach(function (t) {
        if (!re.test(t.nodeValue)) return;
        re.lastIndex = 0;
        var span = document.createElement('span');
        span.innerHTML = esc(t.nodeValue).replace(re, '<mark>$1</mark>');
        t.parentNode.replaceChild(span, t);
      });
    });
  }

  function serverSearch(q, mine) {
    fetch(root + 'api/search?limit=20&q=' + encodeURIComponent(q), { headers: { 'Accept': 'application/json' } })
      .then(function (r) { return r.json().then(function (j) { return { ok: r.ok, body: j }; }); })
      .then(function (res) {
        if (mine !== seq) return;
        if (!res.ok) { show('<p class="status">' + esc(res.body.error || 'Search failed.') + '</p>'); return; }
        render(q, res.body.hits);
      })
      .catch(function () { if (mine === seq) show('<p class="status">Search is not available right now.</p>'); });
  }

  /* Static mode: the index holds the server's analyzed terms (stems, TeX tokens); search-analysis.json
     maps the words seen in the content to those terms and lists the synonym rules, analyzed the same way. */
  function loadEngine() {
    if (engine) return engine;
    var text = function (r) { if (!r.ok) throw new Error(r.status); return r.text(); };
    engine = Promise.all([fetch(root + 'search-index.json').then(text), fetch(root + 'search-analysis.json').then(text)])
      .then(function (files) {
        var js = JSON.parse(files[0]);
        var terms = js.index.map(function (e) { return e[0]; }).sort();
        var ms = window.MiniSearch.loadJS(js, { fields: ['title', 'text', 'tags'],
          storeFields: ['kind', 'url', 'titleHtml', 'snippetHtml', 'lecture', 'lectureTitle'] });
        return { ms: ms, analysis: JSON.parse(files[1]), terms: terms };
      });
    return engine;
  }
  /* The query's terms: each word through the dictionary ("" is a stop word; an unknown word, such as
     one still being typed, stays as it is and is matched as a prefix). */
  function firstAtLeast(terms, w) {
    var lo = 0, hi = terms.length;
    while (lo < hi) { var mid = (lo + hi) >> 1; if (terms[mid] < w) lo = mid + 1; else hi = mid; }
    return lo;
  }
  /* A word the content never used ("standardizing" when the notes say "standardizes"): unless it is
     the start of an index term (a word being typed), its longest prefix that is an index term (a stem). */
  function resolve(w, e) {
    var words = e.analysis.words, terms = e.terms;
    if (Object.prototype.hasOwnProperty.call(words, w)) return words[w];
    var i = firstAtLeast(terms, w);
    if (i < terms.length && terms[i].lastIndexOf(w, 0) === 0) return w;
    for (var k = w.length - 1; k >= 4; k--) {
      var p = w.slice(0, k), j = firstAtLeast(terms, p);
      if (j < terms.length && terms[j] === p) return p;
    }
    return w;
  }
  function queryTerms(q, e) {
    var out = [];
    q.toLowerCase().split(/[\n\r\p{Z}\p{P}\p{S}]+/u).forEach(function (w) {
      if (!w) return;
      var t = resolve(w, e);
      if (t) out.push(t);
    });
    return out;
  }
  function sameAt(terms, i, phrase) {
    if (i + phrase.length > terms.length) return false;
    for (var k = 0; k < phrase.length; k++) if (terms[i + k] !== phrase[k]) return false;
    return true;
  }
  function phraseQuery(phrase) {
    return phrase.length === 1 ? phrase[0] : { combineWith: 'AND', queries: phrase.slice() };
  }
  /* A MiniSearch query tree: every term must match; a run of terms that is a synonym phrase matches
     any of the phrase's alternatives instead (longest phrase first, as the server's synonym filter). */
  function queryTree(terms, rules) {
    var parts = [], i = 0;
    while (i < terms.length) {
      var best = null, len = 0;
      rules.forEach(function (r) {
        r.match.forEach(function (p) { if (p.length > len && sameAt(terms, i, p)) { best = r; len = p.length; } });
      });
      if (!best) { parts.push(terms[i]); i++; continue; }
      var alts = best.expand.map(phraseQuery);
      parts.push({ combineWith: 'OR', queries: alts });
      i += len;
    }
    return { combineWith: 'AND', queries: parts };
  }
  function staticSearch(q, mine) {
    loadEngine().then(function (e) {
      if (mine !== seq) return;
      var terms = queryTerms(q, e);
      if (!terms.length) { render(q, []); return; }
      var opts = { prefix: true, fuzzy: function (t) { return t.length > 4 ? 0.2 : 0; }, boost: { title: 3, tags: 2 },
        tokenize: function (s) { return [s]; }, processTerm: function (t) { return t; } };
      var hits = e.ms.search(queryTree(terms, e.analysis.synonyms), opts);
      if (!hits.length) {
        opts.fuzzy = 0.2;
        hits = e.ms.search({ combineWith: 'OR', queries: terms }, opts);
      }
      render(q, hits.slice(0, 20));
    }).catch(function () { if (mine === seq) show('<p class="status">The search index could not be loaded.</p>'); });
  }

  function run(q) {
    var mine = ++seq;
    q = q.trim();
    if (onSearchPage) {
      var url = new URL(location.href);
      if (q) url.searchParams.set('q', q); else url.searchParams.delete('q');
      history.replaceState(null, '', url.pathname + url.search);
    }
    if (!q) { hide(); return; }
    if (staticMode) staticSearch(q, mine); else serverSearch(q, mine);
  }

  input.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(function () { run(input.value); }, 120);
  });
  input.addEventListener('keydown', function (e) {
    if (e.key === 'ArrowDown') { e.preventDefault(); setActive(active + 1); }
    else if (e.key === 'ArrowUp') { e.preventDefault(); setActive(active - 1); }
    else if (e.key === 'Enter') {
      var all = links();
      if (active >= 0 && all[active]) { e.preventDefault(); location.href = all[active].href; }
    } else if (e.key === 'Escape') { hide(); input.blur(); }
  });
  document.addEventListener('keydown', function (e) {
    if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey) return;
    var t = e.target;
    if (t && (t.tagName === 'INPUT' || t.tagName === 'TEXTAREA' || t.isContentEditable)) return;
    e.preventDefault();
    input.focus();
    input.select();
  });

  var initial = new URLSearchParams(location.search).get('q');
  if (initial) { input.value = initial; run(initial); }
})();
