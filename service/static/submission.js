// Submission page: choosing a field outlines the box it was read from on the page image.
(function () {
  "use strict";
  const status = document.getElementById("status");
  if (status && (status.dataset.status === "queued" || status.dataset.status === "processing")) {
    setTimeout(function () { location.reload(); }, 2000);
    return;
  }

  function clear() {
    document.querySelectorAll(".sheet .box").forEach(function (b) { b.hidden = true; });
    document.querySelectorAll("tr.field.selected").forEach(function (r) { r.classList.remove("selected"); });
  }

  function outline(row) {
    clear();
    row.classList.add("selected");
    const box = JSON.parse(row.dataset.box);
    const fig = Array.from(document.querySelectorAll("figure.page")).find(function (f) {
      return f.dataset.source === row.dataset.source && f.dataset.page === row.dataset.page;
    });
    if (!fig) return;
    const el = fig.querySelector(".box");
    el.style.left = (box[0] * 100) + "%";
    el.style.top = (box[1] * 100) + "%";
    el.style.width = ((box[2] - box[0]) * 100) + "%";
    el.style.height = ((box[3] - box[1]) * 100) + "%";
    el.hidden = false;
    el.title = row.querySelector("th").textContent;
    fig.scrollIntoView({ behavior: "smooth", block: "center" });
  }

  document.querySelectorAll("tr.field.has-box").forEach(function (row) {
    row.tabIndex = 0;
    row.addEventListener("click", function (e) {
      if (e.target.closest("details")) return;
      outline(row);
    });
    row.addEventListener("keydown", function (e) { if (e.key === "Enter") outline(row); });
  });
})();
