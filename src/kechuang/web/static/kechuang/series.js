// One indicator's current values by year on its history page, drawn with the locally served ECharts.
(function () {
  var node = document.getElementById("series-chart");
  var data = document.getElementById("series-data");
  if (!node || !data || typeof echarts === "undefined") { return; }
  var series = JSON.parse(data.textContent);
  var chart = echarts.init(node, null, { renderer: "svg" });
  chart.setOption({
    animation: false,
    title: { text: series.title, left: "center", textStyle: { fontSize: 14 } },
    tooltip: { trigger: "axis" },
    xAxis: { type: "category", data: series.years },
    yAxis: { type: "value", name: series.unit },
    series: [{ type: "line", data: series.values, name: series.name }]
  });
  node.setAttribute("data-rendered", "1");
  window.addEventListener("resize", function () { chart.resize(); });
})();
