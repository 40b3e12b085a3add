// The light distribution on the board, drawn with the locally served ECharts (never a CDN).
(function () {
  var node = document.getElementById("light-chart");
  var data = document.getElementById("chart-data");
  if (!node || !data || typeof echarts === "undefined") { return; }
  var colours = { red: "#d9534f", yellow: "#f0ad4e", green: "#5cb85c" };
  var rows = JSON.parse(data.textContent);
  var chart = echarts.init(node, null, { renderer: "svg" });
  chart.setOption({
    animation: false,
    title: { text: "督办灯分布", left: "center", textStyle: { fontSize: 14 } },
    tooltip: { trigger: "item", formatter: "{b}灯:{c} 项({d}%)" },
    series: [{ type: "pie", radius: ["40%", "70%"], label: { formatter: "{b} {c}" },
      data: rows.map(function (r) { return { name: r.name, value: r.value, itemStyle: { color: colours[r.colour] } }; }) }]
  });
  node.setAttribute("data-rendered", "1");
  window.addEventListener("resize", function () { chart.resize(); });
})();
