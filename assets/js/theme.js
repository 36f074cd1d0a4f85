/* The reader's choice of colours, light, dark or the system's (automatic), kept in the
 * browser between visits. Loaded in the head, before the page is drawn, so that a chosen
 * scheme shows from the first paint; the button that changes it is added to the footer. */
(function () {
  'use strict';
  var KEY = 'brief-theme';
  var NEXT = { auto: 'light', light: 'dark', dark: 'auto' };
  var NAMES = { auto: 'automatic', light: 'light', dark: 'dark' };
  var root = document.documentElement;

  function stored() {
    try { return window.localStorage.getItem(KEY); } catch (e) { return null; }
  }

  function apply(scheme) {
    if (scheme === 'light' || scheme === 'dark') { root.setAttribute('data-theme', scheme); }
    else { root.removeAttribute('data-theme'); }
  }

  apply(stored());

  /* Served over the web, the text face's regular and semibold (headings) are preloaded, so that
     they are in before the text is first drawn and nothing moves when they arrive. From disk,
     where they are at hand anyway, a preload would be refused (fonts load in CORS mode). */
  if (/^http/.test(location.protocol)) {
    ['regular', 'semibold'].forEach(function (cut) {
      var link = document.createElement('link');
      link.rel = 'preload';
      link.as = 'font';
      link.crossOrigin = '';
      link.href = document.currentScript.src.replace(/js\/theme\.js.*$/, 'fonts/source-serif-4-' + cut + '.woff2');
      document.head.appendChild(link);
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    var footer = document.querySelector('.site-footer');
    if (!footer) { return; }
    var line = document.createElement('p');
    line.className = 'theme-choice';
    var button = document.createElement('button');
    button.type = 'button';
    function label() {
      button.textContent = 'Colours: ' + NAMES[root.getAttribute('data-theme') || 'auto'];
    }
    button.addEventListener('click', function () {
      var scheme = NEXT[root.getAttribute('data-theme') || 'auto'];
      apply(scheme);
      try {
        if (scheme === 'auto') { window.localStorage.removeItem(KEY); } else { window.localStorage.setItem(KEY, scheme); }
      } catch (e) { /* storage refused: the choice lasts for this page */ }
      label();
    });
    label();
    line.appendChild(button);
    footer.appendChild(line);
  });
}());
