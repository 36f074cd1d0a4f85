/* Preview only, never in the built site: asks the preview server for the next build (the
 * server answers when it is done), reloads the page when a good build is ready, and shows
 * the build's problems over the page while it fails. */
(function () {
  'use strict';
  var me = document.currentScript;
  var seen = Number(me.getAttribute('data-version'));
  var known = -1;
  var overlay = null;

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

  /* The first request answers at once, so a page opened while the build is broken shows
     why; each later one waits for a build newer than the last one heard of. */
  function poll() {
    var request = new XMLHttpRequest();
    request.open('GET', '/__preview/state' + (known < 0 ? '' : '?after=' + known));
    request.onload = function () {
      var state = JSON.parse(request.responseText);
      known = state.version;
      if (state.problems.length > 0) {
        show(state.problems);
      } else if (state.version !== seen) {
        window.location.reload();
        return;
      } else if (overlay) {
        overlay.remove();
        overlay = null;
      }
      poll();
    };
    request.onerror = function () { setTimeout(poll, 1000); };
    request.send();
  }
  poll();
}());
