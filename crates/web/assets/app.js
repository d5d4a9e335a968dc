// The invoice form's live totals: the draft goes to /api/v1/calc (the
// same engine that stores it) as the user types; saving posts it to
// /api/v1/invoices. The page works without this script for reading.
// The import form's upload progress: the same multipart POST, sent with
// XMLHttpRequest so the bar can follow the bytes; the answer (the report
// page) replaces the page. Without script the form posts as usual.
(function () {
  "use strict";
  var form = document.getElementById("import-form");
  if (!form || !window.XMLHttpRequest || !window.FormData) return;
  var bar = document.getElementById("upload-progress");
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var xhr = new XMLHttpRequest();
    xhr.open("POST", form.action);
    xhr.upload.addEventListener("progress", function (e) {
      if (!bar || !e.lengthComputable) return;
      bar.hidden = false;
      bar.max = e.total;
      bar.value = e.loaded;
    });
    xhr.addEventListener("load", function () {
      document.open();
      document.write(xhr.responseText);
      document.close();
    });
    if (bar) { bar.hidden = false; bar.removeAttribute("value"); }
    xhr.send(new FormData(form));
  });
})();

(function () {
  "use strict";
  var form = document.getElementById("invoice-form");
  if (!form) return;
  var csrf = (document.querySelector('meta[name="csrf-token"]') || {}).content || "";
  var lang = form.dataset.lang === "en" ? "en" : "id";
  var value = function (id) { return document.getElementById(id).value.trim(); };

  function draft() {
    return {
      kind: "output",
      date: value("date"),
      trx_code: value("trx_code"),
      reference: value("reference"),
      buyer: { tin: value("buyer_tin"), name: value("buyer_name"), address: value("buyer_address") },
      lines: [{
        name: value("line_name") || "-",
        price: value("line_price") || "0",
        qty: value("line_qty") || "0",
        discount: value("line_discount") || "0"
      }]
    };
  }

  function send(url, method) {
    return fetch(url, {
      method: method || "POST",
      credentials: "same-origin",
      headers: { "Content-Type": "application/json", "X-CSRF-Token": csrf, "Accept-Language": lang },
      body: JSON.stringify(draft())
    });
  }

  function showFindings(list) {
    var ul = document.getElementById("live-findings");
    ul.textContent = "";
    (list || []).forEach(function (f) {
      var li = document.createElement("li");
      li.className = f.severity;
      li.textContent = f.code + " " + f.path + ": " + f.message;
      ul.appendChild(li);
    });
  }

  function show(invoice) {
    var t = invoice.totals || {};
    document.getElementById("live-dpp").textContent = t.tax_base || "0";
    document.getElementById("live-dpp-other").textContent = t.other_tax_base || "0";
    document.getElementById("live-ppn").textContent = t.vat || "0";
    document.getElementById("live-ppnbm").textContent = t.stlg || "0";
    showFindings(invoice.findings);
  }

  var timer = null, asked = 0;
  function recalc() {
    clearTimeout(timer);
    timer = setTimeout(function () {
      var mine = ++asked;
      send("/api/v1/calc").then(function (r) { return r.json(); }).then(function (body) {
        if (mine !== asked) return; // an older answer arriving late
        if (body.totals) show(body); else showFindings(body.details);
      }).catch(function () {});
    }, 120);
  }
  form.addEventListener("input", recalc);
  form.addEventListener("change", recalc);
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    send(form.dataset.save || "/api/v1/invoices", form.dataset.method).then(function (r) {
      return r.json().then(function (body) { return { status: r.status, body: body }; });
    }).then(function (answer) {
      if ((answer.status === 201 || answer.status === 200) && answer.body.id) {
        window.location.href = "/invoices/" + answer.body.id;
      } else {
        showFindings(answer.body.details && answer.body.details.length && answer.body.details[0].code
          ? answer.body.details
          : [{ severity: "error", code: answer.body.code, path: "", message: answer.body.message }]);
      }
    });
  });
  // Editing: the form starts from the stored draft (one line).
  if (form.dataset.load) {
    fetch(form.dataset.load, { credentials: "same-origin" }).then(function (r) { return r.json(); })
      .then(function (invoice) {
        var set = function (id, v) { if (v !== null && v !== undefined) document.getElementById(id).value = v; };
        var buyer = invoice.buyer || {};
        var line = (invoice.lines || [])[0] || {};
        set("date", invoice.date); set("trx_code", invoice.trx_code); set("reference", invoice.reference);
        set("buyer_tin", buyer.tin); set("buyer_name", buyer.name); set("buyer_address", buyer.address);
        set("line_name", line.name); set("line_price", line.price); set("line_qty", line.qty);
        set("line_discount", line.discount);
        recalc();
      });
  } else {
    recalc();
  }
})();
