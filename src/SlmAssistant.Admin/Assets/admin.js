// SlmAssistant admin console: confirmations, and the upload page (drag and drop, live progress).
// Text from the server is only ever set with textContent, never parsed as HTML.
(function () {
  "use strict";

  const token = () => document.querySelector('meta[name="csrf-token"]')?.content ?? "";

  document.addEventListener("submit", (event) => {
    const form = event.target.closest("form[data-confirm]");
    if (form && !window.confirm(form.dataset.confirm)) {
      event.preventDefault();
    }
  });

  // The Content-Security-Policy allows no inline handlers: a select that submits its form says so with data-autosubmit.
  document.addEventListener("change", (event) => {
    if (event.target.matches("select[data-autosubmit]")) {
      event.target.form.submit();
    }
  });

  const root = document.getElementById("upload");
  if (!root) {
    return;
  }

  const dropzone = document.getElementById("dropzone");
  const input = document.getElementById("files");
  const domainInput = document.getElementById("domain");
  const list = document.getElementById("uploads");
  const summary = document.getElementById("queue-summary");
  const maxBytes = Number(root.dataset.maxBytes);
  const rejected = []; // files refused before they were queued: { fileName, domain, reason, at }
  let timer = null;

  const el = (tag, attrs = {}, ...children) => {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs)) {
      if (key === "text") node.textContent = value;
      else node.setAttribute(key, value);
    }
    for (const child of children) if (child) node.append(child);
    return node;
  };

  const size = (bytes) => bytes < 1024 ? `${bytes} B` : bytes < 1048576 ? `${(bytes / 1024).toFixed(1)} KB` : `${(bytes / 1048576).toFixed(1)} MB`;
  const busy = new Set(["extracting", "chunking", "embedding", "indexing"]);
  const badge = (state) => state === "ready" ? "ok" : state === "failed" ? "bad" : state === "queued" ? "idle" : "busy";
  // "file" items come from a run over folders: `slm ingest` (by cli) or start-up seeding (by seeding).
  const kinds = { upload: "upload", reindex: "re-index", file: "file" };
  const stepShare = { queued: 2, extracting: 15, chunking: 30, embedding: 40, indexing: 92, ready: 100, failed: 100 };

  function percent(item) {
    if (item.state === "embedding" && item.chunks > 0) {
      return 40 + Math.round(50 * item.chunksEmbedded / item.chunks);
    }
    return stepShare[item.state] ?? 5;
  }

  function row(item) {
    const state = item.state;
    const detail = state === "failed" ? item.error
      : state === "embedding" && item.chunks > 0 ? `embedding ${item.chunksEmbedded} of ${item.chunks} chunks`
      : state === "ready" ? `${item.chunks} chunks${item.outcome === "unchanged" ? " (unchanged)" : ""}`
      : state === "queued" ? "waiting for the indexer" : `${state}…`;
    const bar = el("div", { class: `progress ${state === "ready" ? "ok" : state === "failed" ? "bad" : ""}` }, el("span"));
    bar.firstChild.style.width = `${percent(item)}%`;
    return el("tr", { "data-upload-id": item.id, "data-state": state },
      el("td", {}, el("div", { class: "filename", text: item.fileName }), el("div", { class: "muted small source", text: item.source })),
      el("td", {}, el("span", { class: "tag", text: item.domain })),
      el("td", {}, el("span", { class: `badge ${badge(state)}`, text: state }), bar),
      el("td", { class: state === "failed" ? "error-text small" : "muted small", text: detail ?? "" }),
      el("td", { class: "num", text: size(item.sizeBytes) }),
      el("td", { class: "muted small", text: `${kinds[item.kind] ?? item.kind} by ${item.requestedBy}` }));
  }

  function rejectedRow(entry) {
    return el("tr", { "data-state": "rejected" },
      el("td", {}, el("div", { class: "filename", text: entry.fileName })),
      el("td", {}, el("span", { class: "tag", text: entry.domain || "—" })),
      el("td", {}, el("span", { class: "badge bad", text: "rejected" })),
      el("td", { class: "error-text small", text: entry.reason }),
      el("td", { class: "num", text: size(entry.size) }),
      el("td", { class: "muted small", text: "not stored" }));
  }

  function render(items) {
    if (items.length === 0 && rejected.length === 0) {
      return;
    }
    const body = el("tbody");
    rejected.forEach((entry) => body.append(rejectedRow(entry)));
    items.forEach((item) => body.append(row(item)));
    const table = el("table", { class: "table uploads" },
      el("thead", {}, el("tr", {}, ...["File", "Domain", "Status", "Details", "Size", "By"].map((h, i) => el("th", { class: i === 4 ? "num" : "", text: h })))),
      body);
    list.replaceChildren(table);
    const waiting = items.filter((i) => i.state === "queued").length;
    const working = items.filter((i) => busy.has(i.state)).length;
    summary.textContent = working + waiting > 0 ? `${working} indexing · ${waiting} queued` : "all done";
  }

  async function refresh() {
    try {
      const response = await fetch("/admin/api/uploads?take=50", { headers: { Accept: "application/json" }, credentials: "same-origin" });
      if (response.status === 401) {
        window.location.href = "/admin/login?returnUrl=/admin/upload";
        return;
      }
      const items = await response.json();
      render(items);
      const active = items.some((i) => i.state === "queued" || busy.has(i.state));
      schedule(active ? 1000 : 5000);
    } catch {
      schedule(3000);
    }
  }

  function schedule(ms) {
    clearTimeout(timer);
    timer = setTimeout(refresh, ms);
  }

  async function upload(file) {
    const domain = domainInput.value.trim();
    if (file.size > maxBytes) {
      rejected.unshift({ fileName: file.name, domain, size: file.size, reason: `the file is too large: the limit is ${size(maxBytes)}` });
      return;
    }
    const body = new FormData();
    body.append("domain", domain);
    body.append("files", file, file.name);
    try {
      const response = await fetch("/admin/api/uploads", { method: "POST", body, credentials: "same-origin", headers: { RequestVerificationToken: token() } });
      if (!response.ok) {
        const problem = await response.json().catch(() => ({}));
        const reason = problem.files?.[0]?.reason ?? Object.values(problem.errors ?? {}).flat()[0] ?? problem.detail ?? problem.title ?? `HTTP ${response.status}`;
        rejected.unshift({ fileName: file.name, domain, size: file.size, reason });
      }
    } catch (error) {
      rejected.unshift({ fileName: file.name, domain, size: file.size, reason: `the upload failed: ${error.message}` });
    }
  }

  async function uploadAll(files) {
    if (!domainInput.value.trim()) {
      domainInput.focus();
      domainInput.setCustomValidity("Choose or type a domain first.");
      domainInput.reportValidity();
      return;
    }
    domainInput.setCustomValidity("");
    summary.textContent = `uploading ${files.length} file${files.length === 1 ? "" : "s"}…`;
    await Promise.all(Array.from(files).map(upload));
    refresh();
  }

  dropzone.addEventListener("click", () => input.click());
  dropzone.addEventListener("keydown", (event) => {
    if (event.key === "Enter" || event.key === " ") {
      event.preventDefault();
      input.click();
    }
  });
  input.addEventListener("change", () => {
    if (input.files.length > 0) uploadAll(input.files).then(() => { input.value = ""; });
  });
  ["dragenter", "dragover"].forEach((type) => dropzone.addEventListener(type, (event) => {
    event.preventDefault();
    dropzone.classList.add("over");
  }));
  ["dragleave", "drop"].forEach((type) => dropzone.addEventListener(type, () => dropzone.classList.remove("over")));
  dropzone.addEventListener("drop", (event) => {
    event.preventDefault();
    if (event.dataTransfer?.files?.length) uploadAll(event.dataTransfer.files);
  });
  domainInput.addEventListener("input", () => domainInput.setCustomValidity(""));

  refresh();
})();
