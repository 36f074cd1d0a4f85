/* Previews of notes and glossary terms without leaving the text; loaded by the pages of
 * the brief that have them. A note reference, a glossary reference or a paragraph's permalink
 * (see bodyFor) shows a preview in a popover: on hover (after a short delay), on keyboard
 * focus, or on a first tap. The popover stays while the pointer is over the link or
 * the popover, or focus is in either; Escape, the close button or a tap elsewhere
 * dismiss it, and Escape returns focus to the link. A second tap, or Enter, follows
 * the link as it does without JavaScript. (WCAG 2.2 SC 1.4.13.) */
(function () {
  'use strict';
  var SHOW_DELAY = 200;
  var HIDE_DELAY = 350;
  var current = null;
  var timer = 0;
  var pressed = null;
  var quiet = false;
  var wanted = null;
  var scripts = ((document.currentScript || {}).src || '').replace(/[^\/]*$/, '');

  /* The glossary's previews are one file for the whole site, not a copy in every page:
     js/glossary.js sets window.briefGlossary to {actor id: preview HTML}. It is loaded, as
     a script so that it also loads from disk, when a glossary link is first approached. */
  function isGloss(link) {
    return link.getAttribute('role') === 'doc-glossref';
  }

  function loadGlossary() {
    if (window.briefGlossary || document.getElementById('gloss-data')) { return; }
    var script = document.createElement('script');
    script.id = 'gloss-data';
    script.src = scripts + 'glossary.js';
    script.onload = function () {
      var link = wanted;
      wanted = null;
      if (link) { open(link); }
    };
    document.head.appendChild(script);
  }

  function glossaryBody(id) {
    var html = window.briefGlossary && window.briefGlossary[id];
    if (!html) { return null; }
    var body = document.createElement('span');
    body.innerHTML = html;
    return body;
  }

  /* The preview's body: for a permalink, how to cite the paragraph; for a glossary reference,
     the actor's entry in js/glossary.js, named by the actor page the link leads to; for a note
     reference, the text of the note it leads to on the page. */
  function bodyFor(link) {
    if (link.classList.contains('permalink')) { return citation(link); }
    // Where the notes stand in the margin (js/sidenotes.js), a note needs no preview.
    if (link.getAttribute('role') === 'doc-noteref' && link.closest('.with-sidenotes')) { return null; }
    var ref = link.getAttribute('href') || '';
    if (isGloss(link)) { return glossaryBody(ref.replace(/^.*actor-|\.html.*$/g, '')); }
    if (ref.charAt(0) !== '#') { return null; }
    var target = document.getElementById(decodeURIComponent(ref.slice(1)));
    if (!target) { return null; }
    return target.querySelector('.note-text');
  }

  /* A paragraph's permalink previews how to cite the paragraph: the brief, the part's title
     and the paragraph number, and the address of the paragraph. */
  function citation(link) {
    var brief = document.getElementById('cite-brief');
    if (!brief) { return null; }
    var body = document.createElement('span');
    var label = document.createElement('strong');
    label.textContent = 'Cite this paragraph: ';
    body.appendChild(label);
    // The part is named by its heading: the page's, or on the single page its section's.
    var section = link.closest('section');
    var heading = (section && section.querySelector('h2')) || document.querySelector('main h1');
    var part = heading.cloneNode(true);
    part.querySelectorAll('.supplied-mark, .permalink').forEach(function (mark) { mark.remove(); });
    var where = part.textContent.trim() + ', paragraph ' + link.getAttribute('href').replace(/^.*-/, '');
    body.appendChild(document.createTextNode(brief.content.textContent.trim() + ', ' + where
        + ', ' + window.location.href.split('#')[0] + link.getAttribute('href') + '.'));
    return body;
  }

  function previewLink(node) {
    return node && node.closest ? node.closest('p > a.permalink, a[role=doc-noteref], a[role=doc-glossref]') : null;
  }

  function inside(node) {
    return current && node && (current.box.contains(node) || current.link === node);
  }

  function place(link, box) {
    if (window.matchMedia('(max-width: 40rem)').matches) {
      // On a phone the preview is a sheet along the bottom; keep the link above it.
      box.classList.add('popover-sheet');
      var hidden = link.getBoundingClientRect().bottom - (window.innerHeight - box.offsetHeight) + 12;
      if (hidden > 0) { window.scrollBy(0, hidden); }
      return;
    }
    var parent = box.offsetParent || document.body;
    var origin = parent.getBoundingClientRect();
    var rect = link.getBoundingClientRect();
    var width = box.offsetWidth;
    var left = Math.min(rect.left - origin.left, parent.clientWidth - width);
    box.style.left = Math.max(0, left) + 'px';
    box.style.top = (rect.bottom - origin.top + 6) + 'px';
  }

  function open(link) {
    clearTimeout(timer);
    if (current && current.link === link) { return; }
    close(false);
    var body = bodyFor(link);
    if (!body && isGloss(link) && !window.briefGlossary) {
      wanted = link;
      loadGlossary();
      return;
    }
    if (!body) { return; }
    var box = document.createElement('span');
    box.className = 'popover';
    box.id = 'preview-' + link.id;
    var text = document.createElement('span');
    text.className = 'popover-text';
    text.id = box.id + '-text';
    text.innerHTML = body.innerHTML;
    var dismiss = document.createElement('button');
    dismiss.type = 'button';
    dismiss.className = 'popover-close';
    dismiss.setAttribute('aria-label', 'Close preview');
    dismiss.textContent = '\u00d7';
    dismiss.addEventListener('click', function () { close(true); });
    box.appendChild(text);
    box.appendChild(dismiss);
    // Outside the flow of the text, so Tab goes from reference to reference; the text is
    // read to screen readers as the link's description, and Enter follows the link.
    (link.closest('main') || document.body).appendChild(box);
    link.setAttribute('aria-expanded', 'true');
    link.setAttribute('aria-describedby', text.id);
    current = { link: link, box: box };
    place(link, box);
  }

  function close(returnFocus) {
    clearTimeout(timer);
    wanted = null;
    if (!current) { return; }
    var link = current.link;
    var hadFocus = current.box.contains(document.activeElement);
    current.box.parentNode.removeChild(current.box);
    link.removeAttribute('aria-describedby');
    link.setAttribute('aria-expanded', 'false');
    current = null;
    if (returnFocus || hadFocus) {
      quiet = true;
      link.focus();
      quiet = false;
    }
  }

  function later(action, delay) {
    clearTimeout(timer);
    timer = setTimeout(action, delay);
  }

  document.addEventListener('mouseover', function (event) {
    var link = previewLink(event.target);
    if (link && isGloss(link)) { loadGlossary(); }
    if (link) {
      if (!current || current.link !== link) { later(function () { open(link); }, SHOW_DELAY); } else { clearTimeout(timer); }
    } else if (inside(event.target)) {
      clearTimeout(timer);
    }
  });

  document.addEventListener('mouseout', function (event) {
    if (inside(event.relatedTarget) || previewLink(event.relatedTarget) === (current && current.link)) { return; }
    if (current && (inside(event.target) || previewLink(event.target) === current.link)) {
      later(function () { if (!current.box.contains(document.activeElement)) { close(false); } }, HIDE_DELAY);
    } else if (previewLink(event.target)) {
      clearTimeout(timer);
      wanted = null;
    }
  });

  document.addEventListener('focusin', function (event) {
    if (quiet) { return; }
    var link = previewLink(event.target);
    if (link && arriving(link)) { return; }
    if (link) { open(link); } else if (current && !inside(event.target)) { close(false); }
  });

  /* Arriving at a reference, by a back-link or an address ending in its id, gives it focus:
     that opens no preview, as the reader came to read the text around it. A key pressed
     after arriving (Tab away and back) makes focus on it open the preview again. */
  var keyed = false;
  function arriving(link) {
    return !keyed && link.matches(':target');
  }
  document.addEventListener('keydown', function (event) {
    keyed = event.key !== 'Enter';
  }, true);
  document.addEventListener('mousedown', function () {
    keyed = false;
  }, true);
  window.addEventListener('hashchange', function () {
    keyed = false;
    land();
  });

  /* On arrival at a reference, its sentence is highlighted until the reader moves on (where
     the browser can mark text without changing it: the CSS Custom Highlight API). */
  var SENTENCE_END = /[.!?]["”’)]*\s+(?=["“‘(]?[A-Z0-9])/g;
  function sentenceBefore(ref) {
    var paragraph = ref.closest('p');
    if (!paragraph) { return null; }
    var end = ref.closest('sup') || ref;
    var walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
    var nodes = [];
    var text = '';
    for (var node = walker.nextNode(); node; node = walker.nextNode()) {
      if (end.contains(node) || end.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING) { break; }
      // Note markers are left out, so that a sentence ending in one still ends.
      if (node.parentNode.closest('sup')) { continue; }
      nodes.push({ node: node, start: text.length });
      text += node.data;
    }
    var start = 0;
    var body = text.replace(/[.!?]["”’)]*\s*$/, '');
    SENTENCE_END.lastIndex = 0;
    for (var match = SENTENCE_END.exec(body); match; match = SENTENCE_END.exec(body)) { start = match.index + match[0].length; }
    var range = document.createRange();
    for (var i = nodes.length - 1; i >= 0; i--) {
      if (nodes[i].start <= start) { range.setStart(nodes[i].node, Math.min(start - nodes[i].start, nodes[i].node.data.length)); break; }
    }
    range.setEndAfter(end);
    return range;
  }

  function land() {
    if (!window.CSS || !CSS.highlights || !window.Highlight) { return; }
    var id = decodeURIComponent(window.location.hash.slice(1));
    var target = id && document.getElementById(id);
    var range = target && target.getAttribute('role') === 'doc-noteref' ? sentenceBefore(target) : null;
    CSS.highlights.delete('landing');
    if (range) { CSS.highlights.set('landing', new window.Highlight(range)); }
  }
  ['pointerdown', 'keydown', 'wheel', 'touchmove'].forEach(function (type) {
    document.addEventListener(type, function () {
      if (window.CSS && CSS.highlights) { CSS.highlights.delete('landing'); }
    }, { passive: true });
  });
  land();

  /* A press that finds the popover closed opens it (a tap on a phone, where focus may
     open it a moment before the click); one that finds it open follows the link. */
  document.addEventListener('mousedown', function (event) {
    var link = previewLink(event.target);
    pressed = link ? { link: link, wasOpen: !!current && current.link === link } : null;
  });

  document.addEventListener('click', function (event) {
    var link = previewLink(event.target);
    var firstPress = pressed && pressed.link === link && !pressed.wasOpen;
    pressed = null;
    var previews = link && (bodyFor(link) || (isGloss(link) && !window.briefGlossary));
    if (previews && (firstPress || !current || current.link !== link)) {
      event.preventDefault();
      open(link);
    } else if (current && !inside(event.target)) {
      close(false);
    }
  });

  document.addEventListener('keydown', function (event) {
    if ((event.key === 'Escape' || event.key === 'Esc' || event.keyCode === 27) && current) {
      event.preventDefault();
      close(true);
    }
  });
}());
