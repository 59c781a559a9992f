// The reviewer's desk: a document's preview pages are fetched only when its preview is opened,
// so a page with many drafts loads no images nobody looks at.
(function () {
  "use strict";
  document.querySelectorAll("details.preview").forEach(function (d) {
    d.addEventListener("toggle", function () {
      const holder = d.querySelector(".preview-pages");
      if (!d.open || !holder || holder.dataset.loaded) return;
      holder.dataset.loaded = "1";
      const pages = parseInt(holder.dataset.pages, 10) || 0;
      for (let p = 1; p <= pages; p++) {
        const img = document.createElement("img");
        img.className = "preview-page";
        img.alt = holder.dataset.title + "第" + p + "页";
        img.src = holder.dataset.base + p + ".png?v=" + holder.dataset.version;
        holder.appendChild(img);
      }
    });
  });
  // A finding about a field outlines that field's box on the page, as choosing the field does.
  document.querySelectorAll("button.show-box").forEach(function (b) {
    b.addEventListener("click", function () {
      const row = document.querySelector('tr.field[data-field="' + b.dataset.field + '"]');
      if (row) row.click();
    });
  });
})();
