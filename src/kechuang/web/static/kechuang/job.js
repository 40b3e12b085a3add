// The page of a background job: poll its JSON status, then open the result (download or review page).
// A failed job shows its Chinese message (which names the file), says what did not finish (方案识别 or the
// export, from data-failed-message) and offers the way to try again; polling stops. No inline script.
(function () {
  var node = document.getElementById("job");
  if (!node) { return; }
  var url = node.getAttribute("data-status-url");
  var statusNode = document.getElementById("job-status");
  var message = document.getElementById("job-message");
  var errorNode = document.getElementById("job-error");
  var started = Date.now();
  var LIMIT = 10 * 60 * 1000;  // stop after ten minutes: the page says to reload
  var failures = 0;
  var delay = 500;

  function stop(text) {
    message.textContent = text;
    node.setAttribute("data-status", "stopped");
  }

  function show(state) {
    statusNode.textContent = state.status_name;
    node.setAttribute("data-status", state.status);
    if (state.status === "done") {
      document.getElementById("job-done").hidden = false;
      message.textContent = "已完成。";
      window.location.assign(state.url);
      return true;
    }
    if (state.status === "failed") {
      var failed = node.getAttribute("data-failed-message");
      errorNode.textContent = state.error ? state.error.text : failed;
      errorNode.hidden = false;
      document.getElementById("job-title").textContent = node.getAttribute("data-failed-title");
      var retry = document.getElementById("job-retry");
      // an export of a plan no longer confirmed cannot be generated again: no link that leads to a 404
      retry.hidden = Boolean(state.error) && state.error.code === retry.getAttribute("data-not-after");
      stop(failed);
      return true;
    }
    return false;
  }

  function poll() {
    if (Date.now() - started > LIMIT) {
      stop("仍未完成,请稍后刷新本页面。");
      return;
    }
    fetch(url, { headers: { Accept: "application/json" }, credentials: "same-origin" })
      .then(function (response) {
        if (!response.ok) { throw new Error(String(response.status)); }
        return response.json();
      })
      .then(function (state) {
        failures = 0;
        if (!show(state)) {
          delay = Math.min(delay * 1.5, 3000);
          window.setTimeout(poll, delay);
        }
      })
      .catch(function () {
        failures += 1;
        if (failures >= 5) {
          stop("无法获取进度(网络或登录已过期),请刷新本页面。");
          return;
        }
        window.setTimeout(poll, 2000);
      });
  }

  var status = node.getAttribute("data-status");
  if (status === "queued" || status === "running") { window.setTimeout(poll, delay); }
})();
