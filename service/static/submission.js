// Submission page: choosing a field outlines the box it was read from on the page image;
// the correction forms check what is typed the way the server will (service/corrections.py
// decides; this only spares a round trip).
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
    if (!row.dataset.box) return; // nothing read for this field: no box, and none left from before
    const box = JSON.parse(row.dataset.box);
    const fig = Array.from(document.querySelectorAll("figure.page")).find(function (f) {
      return f.dataset.source === row.dataset.source && f.dataset.page === row.dataset.page;
    });
    if (!fig || !box) return;
    const el = fig.querySelector(".box");
    el.style.left = (box[0] * 100) + "%";
    el.style.top = (box[1] * 100) + "%";
    el.style.width = ((box[2] - box[0]) * 100) + "%";
    el.style.height = ((box[3] - box[1]) * 100) + "%";
    el.hidden = false;
    el.title = row.querySelector("th").textContent;
    fig.scrollIntoView({ behavior: "smooth", block: "center" });
  }

  document.querySelectorAll("tr.field").forEach(function (row) {
    row.tabIndex = 0;
    row.addEventListener("click", function (e) {
      if (e.target.closest("details, form, a, button")) return;
      outline(row);
    });
    row.addEventListener("keydown", function (e) {
      if (e.key === "Enter" && e.target === row) outline(row);
    });
  });

  // -- the page's mirror of the server's checks ------------------------------------------
  const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const CHECK = "10X98765432";
  const REGIONS = ["11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
    "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65", "71",
    "81", "82", "83"];

  function idProblem(raw) {
    const s = raw.replace(/\s/g, "").toUpperCase();
    if (!/^\d{17}[\dX]$/.test(s)) return "身份证号码应为 18 位（前 17 位为数字，末位为数字或 X），现为 " + s.length + " 位。";
    if (REGIONS.indexOf(s.slice(0, 2)) < 0) return "身份证号码前两位「" + s.slice(0, 2) + "」不是有效的地区代码，请核对。";
    const y = +s.slice(6, 10), m = +s.slice(10, 12), d = +s.slice(12, 14);
    const born = new Date(Date.UTC(y, m - 1, d));
    if (y < 1900 || born.getUTCMonth() !== m - 1 || born.getUTCDate() !== d) {
      return "身份证号码第 7 至 14 位「" + s.slice(6, 14) + "」不是有效的出生日期，请核对。";
    }
    let total = 0;
    for (let i = 0; i < 17; i++) total += (+s[i]) * WEIGHTS[i];
    const expected = CHECK[total % 11];
    if (s[17] !== expected) {
      return "身份证号码校验位不符：按前 17 位计算，第 18 位应为「" + expected + "」，现为「" + s[17] + "」；请对照原件逐位核对。";
    }
    return "";
  }

  function amountProblem(raw, pattern) {
    const plain = raw.replace(/[,，]/g, "").replace(/^[¥￥]/, "").replace(/元$/, "");
    if (!new RegExp(pattern).test(plain)) return "「" + raw + "」不是有效的金额；请以元为单位填写数字，至多两位小数，如 19665.59。";
    if (+plain <= 0) return "金额应大于零。";
    return "";
  }

  document.querySelectorAll("form.correction").forEach(function (form) {
    const input = form.querySelector("[name=value]");
    const message = form.parentElement.querySelector(".field-error");
    form.addEventListener("submit", function (e) {
      const raw = input.value.trim();
      let problem = raw ? "" : (input.tagName === "SELECT" ? "请从列表中选择一项。" : "更正值不能为空；如该项确无记载，请在审核意见中说明。");
      if (!problem && form.dataset.kind === "id_number") problem = idProblem(raw);
      if (!problem && form.dataset.kind === "amount") problem = amountProblem(raw, input.dataset.pattern);
      if (!problem) return;
      e.preventDefault();
      if (message) { message.textContent = problem; message.hidden = false; }
      input.setAttribute("aria-invalid", "true");
      input.focus();
    });
  });

  const invalid = document.querySelector("form.correction [aria-invalid=true]");
  if (invalid) { invalid.scrollIntoView({ block: "center" }); invalid.focus(); }
})();
