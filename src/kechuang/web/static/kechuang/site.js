// Small behaviours of every page, in a file: the Content-Security-Policy allows no inline script or handler.
(function () {
  // <form data-confirm="确定…?">: ask before submitting.
  document.addEventListener("submit", function (event) {
    var message = event.target.getAttribute("data-confirm");
    if (message && !window.confirm(message)) { event.preventDefault(); }
  });
  // <a data-back href="/">: back to the previous page when there is one, else follow the link.
  document.addEventListener("click", function (event) {
    var link = event.target.closest ? event.target.closest("a[data-back]") : null;
    if (link && window.history.length > 1) { event.preventDefault(); window.history.back(); }
  });
  // <a data-print href="#">: print the page (the printable 公示 of 揭榜挂帅).
  document.addEventListener("click", function (event) {
    var link = event.target.closest ? event.target.closest("a[data-print]") : null;
    if (link) { event.preventDefault(); window.print(); }
  });
  // Review page: a unit or target of the task table (<a class="to-source" href="#src-…">) scrolls the source pane, not
  // the page, to its place in the text, marks it and moves the focus there (the link works as an anchor without script).
  document.addEventListener("click", function (event) {
    var link = event.target.closest ? event.target.closest("a.to-source") : null;
    var mark = link ? document.getElementById(link.getAttribute("href").slice(1)) : null;
    var pane = mark ? mark.closest("pre") : null;
    if (!pane) { return; }
    event.preventDefault();
    document.querySelectorAll("mark.current").forEach(function (m) { m.classList.remove("current"); });
    mark.classList.add("current");
    pane.scrollTop += mark.getBoundingClientRect().top - pane.getBoundingClientRect().top - pane.clientHeight / 3;
    var inner = mark.querySelector("a");
    if (inner) { inner.focus({preventScroll: true}); }
  });
  // The header menu's <details> dropdowns open and close without script; this keeps aria-expanded true to them,
  // leaves one open at a time, and closes it on Escape (focus back on its summary) or on a click elsewhere.
  var menus = document.querySelectorAll("header.top details.menu");
  function close(menu) { menu.open = false; }
  menus.forEach(function (menu) {
    menu.addEventListener("toggle", function () {
      menu.querySelector("summary").setAttribute("aria-expanded", menu.open ? "true" : "false");
      if (menu.open) { menus.forEach(function (other) { if (other !== menu) { close(other); } }); }
    });
  });
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape") { return; }
    menus.forEach(function (menu) {
      if (menu.open) { close(menu); menu.querySelector("summary").focus(); }
    });
  });
  document.addEventListener("click", function (event) {
    menus.forEach(function (menu) { if (menu.open && !menu.contains(event.target)) { close(menu); } });
  });
  // Enterprise pickers (kechuang.web.enterprises.picker): the select holds a few of the region's enterprises; the
  // search box beside it asks the server for those matching a name or code and puts them in the select.
  document.querySelectorAll("input.pick-q").forEach(function (box) {
    var select = box.parentElement.querySelector("select"), timer = null;
    if (!select) { return; }
    box.addEventListener("input", function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(function () {
        var url = box.getAttribute("data-pick-url");
        url += (url.indexOf("?") < 0 ? "?" : "&") + "q=" + encodeURIComponent(box.value.trim());
        fetch(url, {credentials: "same-origin", headers: {Accept: "application/json"}})
          .then(function (response) { return response.ok ? response.json() : {results: []}; })
          .then(function (data) {
            var empty = select.querySelector('option[value=""]');
            select.textContent = "";
            if (empty) { select.appendChild(empty); }
            data.results.forEach(function (e) {
              var option = document.createElement("option");
              option.value = String(e.id);
              option.textContent = e.name;
              select.appendChild(option);
            });
            select.value = data.results.length ? String(data.results[0].id) : "";
            select.setAttribute("data-picked", String(data.results.length));
          });
      }, 250);
    });
  });
})();
