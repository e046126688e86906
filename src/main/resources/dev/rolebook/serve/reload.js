// Served only by `rolebook serve`: reloads the page after every rebuild. Never part of the site.
(function () {
  'use strict';
  var source = new EventSource('/__rolebook/events');
  source.addEventListener('reload', function () {
    window.location.reload();
  });
})();
