/* Previews of notes and glossary terms without leaving the text; loaded by the pages of
 * the brief that have them. A link marked data-preview whose source (see bodyFor) holds a
 * [data-preview-body] or a note's .note-text shows a copy of that body in a popover: on hover (after a short delay), on keyboard
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
  var GLOSS = '#gloss-';
  var scripts = ((document.currentScript || {}).src || '').replace(/[^\/]*$/, '');

  /* The glossary's previews are one file for the whole site, not a copy in every page:
     js/glossary.js sets window.briefGlossary to {actor id: preview HTML}. It is loaded, as
     a script so that it also loads from disk, when a glossary link is first approached. */
  function isGloss(link) {
    return (link.getAttribute('data-preview') || '').indexOf(GLOSS) === 0;
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

  /* The preview's source: the element named by data-preview, else the link's own
     in-page target; the source itself or an element inside it marked data-preview-body, or
     a note's text. */
  function bodyFor(link) {
    if (link.hasAttribute('data-cite')) { return citation(link); }
    var ref = link.getAttribute('data-preview') || link.getAttribute('href') || '';
    if (isGloss(link)) { return glossaryBody(ref.slice(GLOSS.length)); }
    if (ref.charAt(0) !== '#') { return null; }
    var target = document.getElementById(decodeURIComponent(ref.slice(1)));
    if (!target) { return null; }
    return target.hasAttribute('data-preview-body') ? target : target.querySelector('[data-preview-body], .note-text');
  }

  /* A paragraph's permalink previews how to cite the paragraph: the brief, the part and
     the paragraph number, and the address of the paragraph. */
  function citation(link) {
    var brief = document.getElementById('cite-brief');
    if (!brief) { return null; }
    var body = document.createElement('span');
    var label = document.createElement('strong');
    label.textContent = 'Cite this paragraph: ';
    body.appendChild(label);
    body.appendChild(document.createTextNode(brief.content.textContent.trim() + ', ' + link.getAttribute('data-cite')
        + ', ' + window.location.href.split('#')[0] + link.getAttribute('href') + '.'));
    return body;
  }

  function previewLink(node) {
    return node && node.closest ? node.closest('a[data-preview]') : null;
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
    if (link) { open(link); } else if (current && !inside(event.target)) { close(false); }
  });

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
