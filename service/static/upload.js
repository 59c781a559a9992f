// Clerk upload page: several files dropped at once, one submission, per-file progress, then status polling.
(function () {
  "use strict";
  const csrf = document.querySelector('meta[name="csrf-token"]').content;
  const form = document.getElementById("upload-form");
  const drop = document.getElementById("drop");
  const input = document.getElementById("file-input");
  const list = document.getElementById("file-list");
  const submit = document.getElementById("submit");
  const statusBox = document.getElementById("bundle-status");
  const noteBox = document.getElementById("bundle-note");
  const choose = document.getElementById("choose");
  let files = [];

  function size(n) { return n > 1048576 ? (n / 1048576).toFixed(1) + " MB" : Math.ceil(n / 1024) + " KB"; }

  function show() {
    const body = list.querySelector("tbody");
    body.innerHTML = "";
    files.forEach(function (f, i) {
      const tr = document.createElement("tr");
      tr.innerHTML = '<td></td><td></td><td><progress max="100" value="0"></progress> <span class="pct">0%</span></td>' +
        '<td><button type="button" class="link remove">移除</button></td>';
      tr.children[0].textContent = f.name;
      tr.children[1].textContent = size(f.size);
      tr.dataset.index = i;
      const remove = tr.querySelector("button.remove");
      remove.setAttribute("aria-label", "移除 " + f.name);
      remove.addEventListener("click", function () {
        files.splice(i, 1);
        show();
        (list.querySelector("button.remove") || drop).focus();
      });
      body.appendChild(tr);
    });
    list.hidden = files.length === 0;
    submit.disabled = files.length === 0;
  }

  function add(fileList) {
    for (const f of fileList) {
      if (!files.some(function (g) { return g.name === f.name && g.size === f.size; })) files.push(f);
    }
    show();
  }

  ["dragenter", "dragover"].forEach(function (t) {
    drop.addEventListener(t, function (e) { e.preventDefault(); drop.classList.add("over"); });
  });
  ["dragleave", "drop"].forEach(function (t) {
    drop.addEventListener(t, function (e) { e.preventDefault(); drop.classList.remove("over"); });
  });
  drop.addEventListener("drop", function (e) { add(e.dataTransfer.files); });
  // The keyboard opens the chooser too: Enter or Space on the drop area or on its label.
  [drop, choose].forEach(function (el) {
    el.addEventListener("keydown", function (e) {
      if (e.key !== "Enter" && e.key !== " ") return;
      if (el === drop && e.target !== drop) return; // the label handles its own keys
      e.preventDefault();
      input.click();
    });
  });
  input.addEventListener("change", function () { add(input.files); input.value = ""; });
  // The account facts' own chooser, in the page's words (a browser's native button speaks its own language).
  const accountsInput = document.getElementById("accounts-input");
  const accountsName = document.getElementById("accounts-name");
  const chooseAccounts = document.getElementById("choose-accounts");
  accountsInput.addEventListener("change", function () {
    accountsName.textContent = accountsInput.files.length ? accountsInput.files[0].name : "未选择";
  });
  chooseAccounts.addEventListener("keydown", function (e) {
    if (e.key !== "Enter" && e.key !== " ") return;
    e.preventDefault();
    accountsInput.click();
  });

  function setProgress(loaded) {
    // One request carries every file in order; each file's bar fills as its bytes go out.
    let offset = 0;
    list.querySelectorAll("tbody tr").forEach(function (tr, i) {
      const f = files[i];
      const pct = Math.max(0, Math.min(100, Math.round(100 * (loaded - offset) / Math.max(1, f.size))));
      tr.querySelector("progress").value = pct;
      tr.querySelector(".pct").textContent = pct + "%";
      offset += f.size;
    });
  }

  // Every message is built from text nodes: file names and the server's details come from
  // senders and are never parsed as HTML (a file named <img onerror=…>.pdf stays a name).
  function say(text, cls, id) {
    statusBox.hidden = false;
    statusBox.className = "status " + (cls || "");
    statusBox.textContent = text;
    if (id) {
      const a = document.createElement("a");
      a.href = "/submissions/" + encodeURIComponent(id);
      a.textContent = "查看材料 #" + id;
      statusBox.append(" ", a);
    }
  }

  const NAMES = { queued: "排队中", processing: "识别中", done: "已完成", failed: "失败" };

  // What must stay in sight while the status line changes: 「相同材料已受理过」 and a case
  // received before on another date.
  function note(text) {
    noteBox.hidden = !text;
    noteBox.textContent = text || "";
  }

  function sameCase(s) {
    if (!s.same_case || !s.same_case.length) return "";
    return "注意：本案已于" + s.same_case.map(function (e) { return e.received_on + "（材料 #" + e.id + "）"; }).join("、") +
      "受理过；请核对是否为重复送达，或是否为同一案件的新请求。";
  }

  function poll(id, earlier) {
    fetch("/api/v1/submissions/" + id + "?same_case=1", { credentials: "same-origin" })
      .then(function (r) { return r.json(); })
      .then(function (s) {
        if (s.status === "done") {
          say("识别完成：" + NAMES[s.status] + "。", "ok", id);
          note([earlier, sameCase(s)].filter(Boolean).join(" "));
          return;
        }
        if (s.status === "failed") {
          say("处理失败：" + (s.error || ""), "bad", id); return;
        }
        say(NAMES[s.status] + "：已完成 " + s.pages_done + "/" + (s.pages_total || "?") + " 页。", "busy", id);
        setTimeout(function () { poll(id, earlier); }, 1000);
      })
      .catch(function () { setTimeout(function () { poll(id, earlier); }, 2000); });
  }

  form.addEventListener("submit", function (e) {
    e.preventDefault();
    if (!files.length) return;
    const data = new FormData();
    files.forEach(function (f) { data.append("files", f, f.name); });
    data.append("pack", form.pack.value);
    if (form.today.value) data.append("today", form.today.value);
    const accounts = document.getElementById("accounts-input").files[0];
    const send = function (accountsText) {
      if (accountsText) data.append("accounts", accountsText);
      const xhr = new XMLHttpRequest();
      xhr.open("POST", "/api/v1/submissions");
      xhr.setRequestHeader("X-CSRF-Token", csrf);
      xhr.upload.onprogress = function (ev) { if (ev.lengthComputable) setProgress(ev.loaded * sumSizes() / ev.total); };
      xhr.onload = function () {
        let body = {};
        try { body = JSON.parse(xhr.responseText); } catch (err) { /* not JSON */ }
        if (xhr.status === 202) {
          setProgress(sumSizes());
          const earlier = body.created ? "" : "相同材料已受理过，本次未重复受理，显示的是原来的材料 #" + body.id + "。";
          say("已受理，编号 #" + body.id + "，等待识别……", "busy");
          note(earlier);
          files = [];
          list.querySelectorAll("button.remove").forEach(function (b) { b.disabled = true; });
          submit.disabled = true;
          poll(body.id, earlier);
        } else {
          const why = typeof body.detail === "string" && body.detail ? body.detail
            : "服务器未能处理（状态 " + xhr.status + "），请稍后重试。";
          say("上传未被接受：" + why, "bad");
          submit.disabled = false;
        }
      };
      xhr.onerror = function () { say("网络错误，请重试。", "bad"); submit.disabled = false; };
      submit.disabled = true;
      note("");
      say("正在上传……", "busy");
      xhr.send(data);
    };
    if (accounts) { accounts.text().then(send); } else { send(null); }
  });

  function sumSizes() { return files.reduce(function (a, f) { return a + f.size; }, 0); }
})();
