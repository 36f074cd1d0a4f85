/* Notes in the margin on wide screens, as in a well-set book: from the width at which the
 * margin column fits (75rem, the breakpoint in css/site.css), each note of the page's list, and
 * the lettered footnote, is drawn beside the line that cites it, or just below the note before
 * it where notes crowd. The
 * notes stay where they are in the document, at the foot, so that screen readers meet each
 * once and the page reads the same without this script or on a narrower screen. */
(function () {
  'use strict';
  var WIDE = window.matchMedia('screen and (min-width: 75rem)');
  var SPACE = 10;
  var main = document.getElementById('main');
  if (!main) { return; }

  /* Each note with the reference on this page that it stands beside: its first one, the one its
     first in-page back-link leads to; in the order of the references. A note without one
     keeps all the notes at the foot, as does a browser without what the layout needs. */
  var notes = [];
  var placeable = !!window.ResizeObserver;
  main.querySelectorAll('section.endnotes:not([data-endnotes]) li[id], aside.footnote[id]').forEach(function (note) {
    var back = note.querySelector('a[role=doc-backlink][href^="#"]');
    var ref = back && document.getElementById(decodeURIComponent(back.getAttribute('href').slice(1)));
    if (ref) { notes.push({ note: note, ref: ref }); } else { placeable = false; }
  });
  if (!placeable || !notes.length) {
    main.classList.add('notes-at-foot');
    return;
  }
  notes.sort(function (a, b) {
    return a.ref.compareDocumentPosition(b.ref) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
  });

  /* The top of the line a reference stands on, as the superscript's box gives it. */
  function lineTop(ref) {
    return (ref.closest('sup') || ref).getBoundingClientRect().top;
  }

  function layout() {
    var wide = WIDE.matches;
    main.classList.toggle('with-sidenotes', wide);
    main.style.paddingBottom = '';
    notes.forEach(function (pair) { pair.note.style.top = ''; });
    if (!wide) { return; }
    var origin = main.getBoundingClientRect().top;
    var bottom = 0;
    notes.forEach(function (pair) {
      var top = Math.max(Math.round(lineTop(pair.ref) - origin), bottom);
      pair.note.style.top = top + 'px';
      bottom = top + pair.note.offsetHeight + SPACE;
    });
    // The last notes may reach below the text: the page grows to hold them.
    var below = bottom - main.offsetHeight;
    if (below > 0) { main.style.paddingBottom = below + 'px'; }
  }

  var pending = 0;
  function later() {
    if (!pending) { pending = window.requestAnimationFrame(function () { pending = 0; layout(); }); }
  }

  layout();
  new window.ResizeObserver(later).observe(main.querySelector('article') || main);
  if (WIDE.addEventListener) { WIDE.addEventListener('change', later); }
  if (document.fonts && document.fonts.ready) { document.fonts.ready.then(later); }
}());
