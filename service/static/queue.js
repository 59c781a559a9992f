// Queue page: the whole row opens the item (the 「#id」 link stays for the keyboard and for a new tab).
(function () {
  "use strict";
  document.querySelectorAll("table.queue tr.item[data-href]").forEach(function (row) {
    row.addEventListener("click", function (e) {
      if (e.target.closest("a, button, input, select")) return;
      if (window.getSelection && String(window.getSelection()).length) return; // copying a case number
      if (e.ctrlKey || e.metaKey) { window.open(row.dataset.href, "_blank"); return; }
      location.href = row.dataset.href;
    });
  });
})();
