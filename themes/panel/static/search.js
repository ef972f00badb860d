// Search with Pagefind's index in pagefind/. Every page's box opens the search page,
// which searches as the reader types and filters by standard and by leader. Without
// JavaScript neither is shown. Opened from a folder (file://), browsers refuse to
// load the index, so the page says so and links to the list of everything instead.
(function () {
  var boxes = document.querySelectorAll('form[data-lf-search]');
  for (var i = 0; i < boxes.length; i += 1) boxes[i].hidden = false;

  var form = document.getElementById('lf-search');
  if (!form) return;
  var input = document.getElementById('lf-search-q');
  var standard = document.getElementById('lf-search-standard');
  var leader = document.getElementById('lf-search-leader');
  var status = document.getElementById('lf-search-status');
  var list = document.getElementById('lf-search-results');
  var more = document.getElementById('lf-search-more');
  var lang = document.documentElement.lang || 'en';
  // "{count} pieces of evidence found", one text per plural category.
  var found = JSON.parse(status.getAttribute('data-found'));
  var plural = new Intl.PluralRules(lang);
  var PER_LOAD = 10;

  function note(which) {
    var notes = document.querySelectorAll('[data-lf-note]');
    for (var i = 0; i < notes.length; i += 1) {
      notes[i].hidden = notes[i].getAttribute('data-lf-note') !== which;
    }
  }

  var params = new URLSearchParams(window.location.search);
  input.value = params.get('q') || '';
  if (standard) standard.value = params.get('standard') || '';
  if (leader) leader.value = params.get('leader') || '';

  if (window.location.protocol === 'file:') {
    note('server');
    return;
  }

  var pagefind = null;
  var results = [];
  var shown = 0;

  function filters() {
    var chosen = {};
    if (standard && standard.value) chosen.standard = standard.value;
    if (leader && leader.value) chosen.leader = leader.value;
    return chosen;
  }

  // The words searched for, to mark in each excerpt.
  function terms() {
    return input.value.toLocaleLowerCase(lang).split(/\s+/).filter(Boolean);
  }

  // An excerpt as text, with the words searched for marked: built node by node, so
  // nothing in a page's text can become markup.
  function excerpt(text) {
    var p = document.createElement('p');
    p.className = 'search-excerpt';
    var wanted = terms();
    text.split(/(\s+)/).forEach(function (word) {
      var bare = word.toLocaleLowerCase(lang).replace(/^[^\p{L}\p{N}]+/u, '');
      var hit = bare && wanted.some(function (t) { return bare.indexOf(t) === 0; });
      if (hit) {
        var mark = document.createElement('mark');
        mark.textContent = word;
        p.appendChild(mark);
      } else {
        p.appendChild(document.createTextNode(word));
      }
    });
    return p;
  }

  function item(data) {
    var li = document.createElement('li');
    var title = document.createElement('p');
    title.className = 'search-title';
    var a = document.createElement('a');
    a.href = data.url;
    a.textContent = data.meta.title || data.url;
    title.appendChild(a);
    li.appendChild(title);
    if (data.meta.leader) {
      var who = document.createElement('p');
      who.className = 'search-leader muted';
      who.textContent = data.meta.leader;
      li.appendChild(who);
    }
    li.appendChild(excerpt(data.plain_excerpt || ''));
    return li;
  }

  function showMore() {
    var next = results.slice(shown, shown + PER_LOAD);
    shown += next.length;
    more.hidden = shown >= results.length;
    return Promise.all(next.map(function (r) { return r.data(); })).then(function (all) {
      all.forEach(function (data) { list.appendChild(item(data)); });
    });
  }

  // The address keeps the search, so it can be shared and comes back with "Back".
  function remember() {
    var kept = new URLSearchParams();
    if (input.value) kept.set('q', input.value);
    var chosen = filters();
    Object.keys(chosen).forEach(function (k) { kept.set(k, chosen[k]); });
    var query = kept.toString();
    window.history.replaceState(null, '', query ? '?' + query : window.location.pathname);
  }

  function run() {
    remember();
    var chosen = filters();
    var query = input.value.trim();
    if (!query && Object.keys(chosen).length === 0) {
      results = [];
      list.replaceChildren();
      status.textContent = '';
      more.hidden = true;
      return;
    }
    pagefind.debouncedSearch(query || null, { filters: chosen }, 200).then(function (search) {
      // A later keystroke replaced this search.
      if (search === null) return;
      results = search.results;
      shown = 0;
      list.replaceChildren();
      var n = results.length;
      status.textContent = n === 0
        ? status.getAttribute('data-nothing')
        : (found[plural.select(n)] || found.other).replace('{count}', n.toLocaleString(lang));
      return showMore();
    });
  }

  import(new URL(form.getAttribute('data-index'), window.location.href).href)
    .then(function (loaded) {
      pagefind = loaded;
      return pagefind.options({ excerptLength: 28 });
    })
    .then(function () {
      // A district's index comes in parts, searched as one.
      var parts = (form.getAttribute('data-merge') || '').split(' ').filter(Boolean);
      return Promise.all(parts.map(function (part) {
        return pagefind.mergeIndex(new URL(part, window.location.href).pathname);
      }));
    })
    .then(function () {
      note('none');
      form.hidden = false;
      form.addEventListener('submit', function (event) { event.preventDefault(); run(); });
      input.addEventListener('input', run);
      if (standard) standard.addEventListener('change', run);
      if (leader) leader.addEventListener('change', run);
      more.addEventListener('click', function () { showMore(); });
      run();
    })
    .catch(function () { note('failed'); });
})();
