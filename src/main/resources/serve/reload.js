/* Preview only, never in the built site: asks the preview server for the next build (the
 * server answers when it is done), brings the open page up to date when a good build is
 * ready, and shows the build's problems over the page while it fails.
 *
 * A page whose new version differs from the one on show only in the text of its body (a word
 * changed in a paragraph, a heading retitled) is mended where it stands: those texts are set
 * in the open page, which keeps its place, its scroll and what its scripts made of it. Any
 * other difference (an element or attribute added, removed or changed, anything in the head)
 * reloads the page, as does a page this script cannot compare. */
(function () {
  'use strict';
  var me = document.currentScript;
  var seen = Number(me.getAttribute('data-version'));
  var known = -1;
  var overlay = null;
  /* The page as the server sent it, parsed but never shown: what the next version is compared
     with, since the open page has been changed by its scripts. Null until it is known. */
  var sent = null;
  var sentHead = '';

  function show(problems) {
    if (!overlay) {
      overlay = document.createElement('div');
      overlay.setAttribute('role', 'alert');
      overlay.style.cssText = 'position:fixed;left:0;right:0;bottom:0;max-height:50vh;overflow:auto;z-index:9;'
          + 'margin:0;padding:1rem;background:#5a0d0d;color:#fff;font:14px/1.5 monospace;white-space:pre-wrap';
      document.body.appendChild(overlay);
    }
    overlay.textContent = 'The last change broke the build; this is the last good page.\n\n' + problems.join('\n');
  }

  function parse(html) {
    return new DOMParser().parseFromString(html, 'text/html');
  }

  /* The build a served page comes from, as the server wrote it on this script's element. */
  function versionOf(page) {
    var script = page.querySelector('script[src^="/__preview/"]');
    return script ? Number(script.getAttribute('data-version')) : -1;
  }

  /* The fingerprint of the file a served page was read from, written there too. */
  function digestOf(page) {
    var script = page.querySelector('script[src^="/__preview/"]');
    return script ? script.getAttribute('data-digest') : null;
  }

  function sameAttributes(a, b) {
    if (a.attributes.length !== b.attributes.length) { return false; }
    for (var i = 0; i < a.attributes.length; i++) {
      if (b.getAttribute(a.attributes[i].name) !== a.attributes[i].value) { return false; }
    }
    return true;
  }

  /* The head without this script, whose build number changes with every version. */
  function head(page) {
    var copy = page.head.cloneNode(true);
    copy.querySelectorAll('script[src^="/__preview/"]').forEach(function (script) { script.remove(); });
    return copy.innerHTML;
  }

  /* Adds to {@code texts} each text of {@code next} that differs from its place in {@code was},
     as the path of child indexes that leads to it; false if anything else differs. */
  function textsChanged(was, next, path, texts) {
    var before = was.childNodes;
    var after = next.childNodes;
    if (before.length !== after.length) { return false; }
    for (var i = 0; i < before.length; i++) {
      var a = before[i];
      var b = after[i];
      if (a.nodeType !== b.nodeType) { return false; }
      if (a.nodeType === Node.ELEMENT_NODE) {
        if (a.tagName !== b.tagName || !sameAttributes(a, b) || !textsChanged(a, b, path.concat(i), texts)) { return false; }
        // A template's content is not among its children: any change in it reloads.
        if (a.tagName === 'TEMPLATE' && a.innerHTML !== b.innerHTML) { return false; }
      } else if (a.nodeValue !== b.nodeValue) {
        if (a.nodeType !== Node.TEXT_NODE) { return false; }
        texts.push({ path: path.concat(i), was: a.nodeValue, now: b.nodeValue });
      }
    }
    return true;
  }

  /* Sets the changed texts in the open page; false, with nothing set, unless each stands
     where it stood in the page as sent. Scripts add their elements after the page's own. */
  function mend(next) {
    var texts = [];
    if (!sent || sentHead !== head(next) || !sameAttributes(sent.documentElement, next.documentElement)
        || !sameAttributes(sent.body, next.body) || !textsChanged(sent.body, next.body, [], texts)) {
      return false;
    }
    var nodes = texts.map(function (text) {
      var node = document.body;
      for (var i = 0; node && i < text.path.length; i++) { node = node.childNodes[text.path[i]]; }
      return node && node.nodeType === Node.TEXT_NODE && node.nodeValue === text.was ? node : null;
    });
    if (nodes.indexOf(null) >= 0) { return false; }
    nodes.forEach(function (node, i) { node.nodeValue = texts[i].now; });
    return true;
  }

  /* The first request answers at once, so a page opened while the build is broken shows
     why; each later one waits for a build newer than the last one heard of. With a good
     build, the answer brings this page as that build made it: this page is mended to it,
     or reloaded if it cannot be, or if the build has no such page. */
  function poll() {
    var request = new XMLHttpRequest();
    request.open('GET', '/__preview/state?page=' + encodeURIComponent(path()) + (known < 0 ? '' : '&after=' + known));
    request.onload = function () {
      var state = JSON.parse(request.responseText);
      var page = state.page ? parse(state.page) : null;
      // The page as sent is this one only if it was read from the same file: a build may
      // have been swapped in between, before its number was.
      if (known < 0 && page && digestOf(page) === me.getAttribute('data-digest')) {
        keep(page);
      }
      known = state.version;
      if (state.problems.length > 0) {
        show(state.problems);
      } else if (state.version !== seen) {
        if (!page || versionOf(page) < seen || !mend(page)) {
          window.location.reload();
          return;
        }
        seen = versionOf(page);
        keep(page);
        clear();
      } else {
        clear();
      }
      poll();
    };
    request.onerror = function () { setTimeout(poll, 1000); };
    request.send();
  }

  /* The page's path as the server names its files: decoded, unless it cannot be. */
  function path() {
    try {
      return decodeURIComponent(window.location.pathname);
    } catch (malformed) {
      return window.location.pathname;
    }
  }

  function keep(page) {
    sent = page;
    sentHead = head(page);
  }

  function clear() {
    if (overlay) {
      overlay.remove();
      overlay = null;
    }
  }

  poll();
}());
