// The batch check's page: while the job runs, poll its JSON status, show the progress, reload when it ends.
(function () {
  var node = document.getElementById("batch");
  if (!node || node.getAttribute("data-running") !== "1") { return; }
  var url = node.getAttribute("data-status-url");
  var bar = document.getElementById("batch-progress");
  var stage = document.getElementById("batch-stage");
  function poll() {
    fetch(url, {headers: {"Accept": "application/json"}, credentials: "same-origin"})
      .then(function (r) { return r.json(); })
      .then(function (s) {
        if (bar) { bar.value = s.progress; }
        if (stage) { stage.textContent = s.stage; }
        if (s.status === "done" || s.status === "failed") { window.location.reload(); return; }
        window.setTimeout(poll, 1000);
      })
      .catch(function () { window.setTimeout(poll, 3000); });
  }
  window.setTimeout(poll, 500);
})();
