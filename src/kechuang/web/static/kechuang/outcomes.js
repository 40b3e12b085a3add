// Charts of 目标监测 (one per target: history, required trajectory, projection, goal) and of the leader cockpit,
// drawn with the locally served ECharts (never a CDN). The data sits in <script type="application/json"> blocks.
(function () {
  if (typeof echarts === "undefined") { return; }
  var colours = { red: "#d9534f", yellow: "#e0a100", green: "#3c9d4e" };
  function data(id) { var n = document.getElementById(id); return n ? JSON.parse(n.textContent) : null; }
  function draw(node, option) {
    var chart = echarts.init(node, null, { renderer: "svg" });
    option.animation = false;
    chart.setOption(option);
    node.setAttribute("data-rendered", "1");
    window.addEventListener("resize", function () { chart.resize(); });
    window.addEventListener("beforeprint", function () { chart.resize(); });
  }
  var targets = data("monitor-data");
  if (targets) {
    document.querySelectorAll(".target-chart").forEach(function (node) {
      var c = targets[node.getAttribute("data-target")];
      if (!c) { return; }
      var series = [
        { name: "实际值", type: "line", data: c.history, symbolSize: 6 },
        { name: "要求轨迹", type: "line", data: c.trajectory, lineStyle: { type: "dashed" }, symbol: "none" },
        { name: "预测", type: "line", data: c.projection, lineStyle: { type: "dotted" } }
      ];
      if (c.goal) { series.push({ name: "目标", type: "scatter", data: [c.goal], symbol: "diamond", symbolSize: 12 }); }
      draw(node, {
        tooltip: { trigger: "axis" }, legend: { top: 0 }, grid: { left: 50, right: 15, top: 30, bottom: 25 },
        xAxis: { type: "value", min: "dataMin", max: "dataMax", minInterval: 1, axisLabel: { formatter: function (v) { return String(v); } } },
        yAxis: { type: "value", name: c.unit, scale: true }, series: series
      });
    });
  }
  // Pie labels stay inside a narrow print column: a smaller pie, short label lines, long names broken, and the
  // empty slices left out (their labels piled up on one spot).
  var PIE_LABEL = { formatter: "{b} {c}", overflow: "break", width: 72 };
  var PIE_LINE = { length: 6, length2: 6 };
  function shown(items) { return items.filter(function (d) { return d.value > 0; }); }
  var cockpit = data("cockpit-data");
  if (cockpit) {
    var lights = document.getElementById("cockpit-lights");
    if (lights) {
      draw(lights, { tooltip: { trigger: "item" }, series: [{ type: "pie", radius: ["35%", "58%"], label: PIE_LABEL, labelLine: PIE_LINE,
        data: shown([["red", "红"], ["yellow", "黄"], ["green", "绿"]].map(function (p) {
          return { name: p[1], value: cockpit.lights[p[0]], itemStyle: { color: colours[p[0]] } }; })) }] });
    }
    var trend = document.getElementById("cockpit-trend");
    if (trend) {
      draw(trend, { tooltip: { trigger: "axis" }, legend: { top: 0 }, grid: { left: 40, right: 10, top: 30, bottom: 25 },
        xAxis: { type: "category", data: cockpit.trend.map(function (m) { return m.month; }) }, yAxis: { type: "value", minInterval: 1 },
        series: [["red", "红"], ["yellow", "黄"], ["green", "绿"]].map(function (p) {
          return { name: p[1], type: "bar", stack: "lights", itemStyle: { color: colours[p[0]] },
            data: cockpit.trend.map(function (m) { return m[p[0]]; }) }; }) });
    }
    var targetsNode = document.getElementById("cockpit-targets");
    if (targetsNode) {
      var t = cockpit.targets;
      draw(targetsNode, { tooltip: { trigger: "item" }, series: [{ type: "pie", radius: "55%", label: PIE_LABEL, labelLine: PIE_LINE,
        data: shown([{ name: "正常或达成", value: t.on_track, itemStyle: { color: colours.green } },
          { name: "存在风险", value: t.yellow, itemStyle: { color: colours.yellow } },
          { name: "明显滞后", value: t.red, itemStyle: { color: colours.red } },
          { name: "数据不足", value: t.unknown, itemStyle: { color: "#8a94a0" } }]) }] });
    }
  }
})();
