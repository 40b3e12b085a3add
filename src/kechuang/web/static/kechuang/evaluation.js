// Evaluation pages: a run's progress (polls its JSON status, reloads when done) and the class-probability chart
// of a county's result (ECharts served locally). No inline script: this file is the only code.
(function () {
  var run = document.getElementById("run");
  if (run && (run.getAttribute("data-status") === "queued" || run.getAttribute("data-status") === "running")) {
    var url = run.getAttribute("data-status-url");
    var delay = 500;
    var poll = function () {
      fetch(url, { headers: { Accept: "application/json" }, credentials: "same-origin" })
        .then(function (response) { if (!response.ok) { throw new Error(String(response.status)); } return response.json(); })
        .then(function (state) {
          document.getElementById("run-status").textContent = state.status_name;
          document.getElementById("run-stage").textContent = state.stage;
          document.getElementById("run-progress").value = state.progress;
          document.getElementById("run-percent").textContent = Math.round(state.progress * 100) + "%";
          run.setAttribute("data-status", state.status);
          if (state.status === "done") { window.location.reload(); return; }
          if (state.status === "failed") {
            var error = document.getElementById("run-error");
            error.textContent = state.error ? state.error.text : "评价未能完成";
            error.hidden = false;
            document.getElementById("run-message").textContent = "评价未能完成,请根据上方的提示处理后重新开始。";
            return;
          }
          delay = Math.min(delay * 1.3, 2000);
          window.setTimeout(poll, delay);
        })
        .catch(function () { document.getElementById("run-message").textContent = "无法获取进度,请刷新本页面。"; });
    };
    window.setTimeout(poll, delay);
  }
  var node = document.getElementById("p-chart");
  var data = document.getElementById("p-chart-data");
  if (node && data && typeof echarts !== "undefined") {
    var rows = JSON.parse(data.textContent);
    var chart = echarts.init(node, null, { renderer: "svg" });
    chart.setOption({
      animation: false,
      tooltip: { trigger: "axis" },
      xAxis: { type: "category", data: rows.map(function (r) { return r[0] + " 类"; }) },
      yAxis: { type: "value", max: 100, axisLabel: { formatter: "{value}%" } },
      series: [{ type: "bar", data: rows.map(function (r) { return Math.round(r[1] * 1000) / 10; }),
        label: { show: true, position: "top", formatter: "{c}%" } }]
    });
    node.setAttribute("data-rendered", "1");
  }
})();
