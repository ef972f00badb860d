// Instant filtering of the showcase's leaders by standard, role and whether they have
// a plan. Without JavaScript the form stays hidden, and the standard and role pages
// and the list of plans do the same job.
(function () {
  var form = document.getElementById('lf-filter');
  if (!form) return;
  var cards = document.querySelectorAll('[data-leader]');
  var status = document.getElementById('lf-filter-status');
  // What to say for 0, 1, 2... leaders shown, in the page's language.
  var said = JSON.parse(status.getAttribute('data-shown'));
  function apply() {
    var competency = form.elements.competency.value;
    var role = form.elements.role.value;
    var plan = form.elements.plan && form.elements.plan.checked;
    var shown = 0;
    cards.forEach(function (card) {
      var ids = ' ' + card.getAttribute('data-competencies') + ' ';
      var match = (!competency || ids.indexOf(' ' + competency + ' ') >= 0) && (!role || card.getAttribute('data-role') === role) && (!plan || card.getAttribute('data-plan') === 'yes');
      card.hidden = !match;
      if (match) shown += 1;
    });
    status.textContent = said[shown];
  }
  form.hidden = false;
  form.addEventListener('change', apply);
  form.addEventListener('submit', function (event) { event.preventDefault(); apply(); });
})();
