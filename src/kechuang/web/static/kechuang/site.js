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
})();
