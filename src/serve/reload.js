// leadfolio serve: reload the page when the site is rebuilt. Only ever added to pages
// by `leadfolio serve`, never by `leadfolio build`.
(function () {
  var events = new EventSource('/__leadfolio/events');
  events.addEventListener('reload', function () {
    events.close();
    window.location.reload();
  });
})();
