// The reserve's yearly pipeline (steps per stage and year), drawn with the locally served ECharts.
(function () {
  var node = document.getElementById("pipeline-chart");
  var data = document.getElementById("pipeline-data");
  if (!node || !data || typeof echarts === "undefined") { return; }
  var pipeline = JSON.parse(data.textContent);
  var colours = { entered: "#8fa8c8", cultivating: "#5b8def", applied: "#f0ad4e", certified: "#5cb85c", failed: "#d9534f" };
  var chart = echarts.init(node, null, { renderer: "svg" });
  chart.setOption({
    animation: false,
    title: { text: "后备培育库年度进展(各阶段转入企业数)", left: "center", textStyle: { fontSize: 14 } },
    tooltip: { trigger: "axis" },
    legend: { bottom: 0 },
    xAxis: { type: "category", data: pipeline.years.map(String) },
    yAxis: { type: "value", minInterval: 1, name: "家" },
    series: pipeline.series.map(function (s) {
      return { type: "bar", name: s.name, data: s.counts, itemStyle: { color: colours[s.stage] } };
    })
  });
  node.setAttribute("data-rendered", "1");
  window.addEventListener("resize", function () { chart.resize(); });
})();
