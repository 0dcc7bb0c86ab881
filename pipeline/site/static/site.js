// Two small enhancements; every page reads fully without them.
// 1. Document pages: clicking a highlight shows its row(s) in a panel.
// 2. Metrics page: filter the list by text, document, unit and indicator.
(function () {
  "use strict";

  var panel = document.getElementById("fact-panel");
  if (panel) {
    var anchorOf = function (el) { return el.id || el.getAttribute("data-of"); };
    var addRow = function (el) {
      var lines = (el.getAttribute("title") || "").split("\n");
      var box = document.createElement("div");
      box.className = "fact-row " + el.className.replace("hl ", "k-");
      var h = document.createElement("h3");
      h.textContent = lines[0];
      box.appendChild(h);
      var dl = document.createElement("dl");
      lines.slice(1).forEach(function (line) {
        var i = line.indexOf(": ");
        if (i < 0 || i === line.length - 2) return;
        var dt = document.createElement("dt");
        dt.textContent = line.slice(0, i);
        var dd = document.createElement("dd");
        dd.textContent = line.slice(i + 2);
        dl.appendChild(dt);
        dl.appendChild(dd);
      });
      box.appendChild(dl);
      var a = document.createElement("a");
      a.href = "#" + anchorOf(el);
      a.textContent = "Link to this fact";
      box.appendChild(a);
      panel.appendChild(box);
    };
    var show = function (el) {
      panel.textContent = "";
      var close = document.createElement("button");
      close.type = "button";
      close.className = "close";
      close.textContent = "×";
      close.setAttribute("aria-label", "Close");
      close.onclick = function () { panel.hidden = true; };
      panel.appendChild(close);
      // The clicked fact first, then the facts it sits in (a metric inside a finding).
      for (var e = el; e && e !== document.body; e = e.parentElement) {
        if (e.classList.contains("hl") && e.getAttribute("title")) addRow(e);
      }
      panel.hidden = panel.children.length < 2;
    };
    document.addEventListener("click", function (ev) {
      var el = ev.target.closest ? ev.target.closest(".hl") : null;
      if (el && !el.classList.contains("section")) show(el);
    });
    var fromHash = function () {
      if (location.hash.indexOf("#fact-") !== 0) return;
      var el = document.getElementById(decodeURIComponent(location.hash.slice(1)));
      if (el) show(el);
    };
    window.addEventListener("hashchange", fromHash);
    fromHash();
  }

  var form = document.getElementById("metric-filters");
  if (form) {
    var text = document.getElementById("f-text");
    var doc = document.getElementById("f-doc");
    var unit = document.getElementById("f-unit");
    var ind = document.getElementById("f-ind");
    var count = document.getElementById("f-count");
    var rows = Array.prototype.slice.call(document.querySelectorAll("table.metrics tbody tr"));
    var params = new URLSearchParams(location.search);
    if (params.get("doc")) doc.value = params.get("doc");
    if (params.get("indicator")) ind.value = params.get("indicator");
    var apply = function () {
      var words = text.value.toLowerCase().split(/\s+/).filter(Boolean);
      var shown = 0;
      rows.forEach(function (tr) {
        var ok = (!doc.value || tr.getAttribute("data-doc") === doc.value) &&
          (!unit.value || tr.getAttribute("data-unit") === unit.value) &&
          (!ind.value || tr.getAttribute("data-ind") === ind.value) &&
          words.every(function (w) { return tr.getAttribute("data-text").indexOf(w) >= 0; });
        tr.hidden = !ok;
        if (ok) shown += 1;
      });
      count.textContent = shown.toLocaleString("en-GB") + " of " + rows.length.toLocaleString("en-GB") + " metrics";
    };
    [text, doc, unit, ind].forEach(function (el) {
      el.addEventListener("input", apply);
      el.addEventListener("change", apply);
    });
    apply();
  }
})();
