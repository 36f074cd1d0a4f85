/* Search over the brief, its notes and its glossary, without a server; loaded by the
 * search page only. It loads the index,
 * a script built with the site (a fetch of JSON would fail from file://), and lists the
 * entries that contain every word of the query, the last word also as the start of a
 * word, best first: words in a title count thrice, and the brief's own text counts twice
 * a note's or the glossary's. A word also finds its other spellings in the glossary
 * (Uighur finds Uyghur). */
(function () {
  'use strict';
  var MAX = 50;
  var list = document.querySelector('[data-search-results]');
  if (!list) { return; }
  var input = document.getElementById('q');
  var status = document.querySelector('[data-search-status]');
  var timer = 0;
  var spellings = {};

  function fold(text) {
    return text.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[\u2018\u2019]/g, "'");
  }

  function words(query) {
    return fold(query).split(/[^a-z0-9'$-]+/).filter(function (w) { return w.length > 0; });
  }

  function count(haystack, word, prefix) {
    var re = new RegExp('(^|[^a-z0-9])' + word.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&') + (prefix ? '' : '(?![a-z0-9])'), 'g');
    var n = 0;
    while (re.exec(haystack)) { n++; }
    return n;
  }

  /* The term and its other spellings; only the term as typed may match as a prefix. */
  function forms(term) {
    return [term].concat((spellings[term] || []).filter(function (w) { return w !== term; }));
  }

  function score(entry, terms) {
    var total = 0;
    for (var i = 0; i < terms.length; i++) {
      var hits = 0;
      forms(terms[i]).forEach(function (form, f) {
        var prefix = f === 0 && i === terms.length - 1;
        hits += count(entry.ft, form, prefix) * 3 + count(entry.fx, form, prefix);
      });
      if (hits === 0) { return 0; }
      total += hits;
    }
    return entry.k === 0 ? total * 2 : total;
  }

  /* The excerpt: some words around the first hit, with the hit marked. Built from text
     nodes, never from HTML, so the index cannot inject markup. */
  function excerpt(entry, typed) {
    var term = forms(typed).filter(function (form) { return count(entry.fx, form, true) > 0; })[0] || typed;
    var at = Math.max(0, entry.fx.search(new RegExp('(^|[^a-z0-9])' + term.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&'))));
    if (entry.fx.charAt(at) !== term.charAt(0)) { at++; }
    var start = Math.max(0, entry.x.lastIndexOf(' ', Math.max(0, at - 80)) + 1);
    var end = Math.min(entry.x.length, at + 160);
    if (end < entry.x.length && entry.x.lastIndexOf(' ', end) > at) { end = entry.x.lastIndexOf(' ', end); }
    var p = document.createElement('p');
    p.appendChild(document.createTextNode((start > 0 ? '\u2026' : '') + entry.x.slice(start, at)));
    var mark = document.createElement('mark');
    mark.textContent = entry.x.slice(at, at + term.length);
    p.appendChild(mark);
    p.appendChild(document.createTextNode(entry.x.slice(at + term.length, end) + (end < entry.x.length ? '\u2026' : '')));
    return p;
  }

  function show(query) {
    var terms = words(query);
    list.textContent = '';
    if (terms.length === 0) { status.textContent = ''; return; }
    var found = [];
    window.BRIEF_SEARCH_INDEX.forEach(function (entry, order) {
      var s = score(entry, terms);
      if (s > 0) { found.push({ entry: entry, score: s, order: order }); }
    });
    found.sort(function (a, b) { return b.score - a.score || a.order - b.order; });
    found.slice(0, MAX).forEach(function (hit) {
      var item = document.createElement('li');
      var link = document.createElement('a');
      link.href = hit.entry.u;
      link.textContent = hit.entry.t;
      item.appendChild(link);
      item.appendChild(excerpt(hit.entry, terms[0]));
      list.appendChild(item);
    });
    status.textContent = found.length === 0 ? 'Nothing found for \u201c' + query + '\u201d.'
        : found.length + (found.length === 1 ? ' result' : ' results') + ' for \u201c' + query + '\u201d'
          + (found.length > MAX ? ', the best ' + MAX + ' shown.' : '.');
  }

  function start() {
    (window.BRIEF_SEARCH_VARIANTS || []).forEach(function (group) {
      group.forEach(function (word) { spellings[word] = group; });
    });
    window.BRIEF_SEARCH_INDEX.forEach(function (entry) {
      entry.ft = fold(entry.t);
      entry.fx = fold(entry.x);
    });
    var query = new URLSearchParams(window.location.search).get('q') || '';
    input.value = query;
    show(query);
    input.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(function () {
        show(input.value);
        try { window.history.replaceState(null, '', '?q=' + encodeURIComponent(input.value)); } catch (e) { /* some browsers refuse on file:// */ }
      }, 150);
    });
  }

  var script = document.createElement('script');
  script.src = list.getAttribute('data-index');
  script.onload = start;
  document.head.appendChild(script);
}());
