// plainsum review: the outputs' filter, and lighting up what a link leads to.
// It reads the page only through our own data- attributes; it never writes markup.
(function () {
  "use strict";
  var only = document.getElementById("only-fails");
  var lang = document.getElementById("lang-filter");
  var audience = document.getElementById("audience-filter");
  var shown = document.getElementById("shown");
  var todo = document.getElementById("only-todo");  // absent when nothing is to settle

  // the checklist's filter: only the items a note still marks TODO
  function applyTodo() {
    document.querySelectorAll("#checklist li.entry").forEach(function (entry) {
      entry.hidden = Boolean(todo && todo.checked) && !entry.classList.contains("is-todo");
    });
  }

  function apply() {
    var cards = document.querySelectorAll("article.output");
    var count = 0;
    cards.forEach(function (card) {
      var show = (!only.checked || card.dataset.passed === "0") &&
        (!lang.value || card.dataset.lang === lang.value) &&
        (!audience.value || card.dataset.audience === audience.value);
      card.hidden = !show;
      if (show) { count += 1; }
    });
    document.querySelectorAll("section.aud").forEach(function (section) {
      section.hidden = !section.querySelector("article.output:not([hidden])");
    });
    document.querySelectorAll("section.lang").forEach(function (section) {
      var chosen = !lang.value || section.dataset.lang === lang.value;
      var any = section.querySelector("article.output:not([hidden])");
      section.hidden = !chosen || (!any && section.dataset.fails !== "1");
    });
    shown.textContent = (only.checked && !count ? "nothing fails: " : "") + count + " of " +
      cards.length + " outputs shown";
  }

  function reveal(target) {
    if (todo && todo.checked && target.closest("#checklist li.entry[hidden]")) {
      todo.checked = false;
      applyTodo();
    }
    if (target.closest("[hidden]")) {
      only.checked = false; lang.value = ""; audience.value = "";
      apply();
    }
  }

  function flash() {
    document.querySelectorAll(".flash").forEach(function (el) { el.classList.remove("flash"); });
    var id = decodeURIComponent(location.hash.slice(1));
    if (!id) { return; }
    var target = document.getElementById(id);
    if (!target) { return; }
    reveal(target);
    target.classList.add("flash");
    if (id.indexOf("src-") === 0) {
      var key = id.slice(4);
      document.querySelectorAll("[data-items]").forEach(function (el) {
        if (el.dataset.items.split(" ").indexOf(key) >= 0) { el.classList.add("flash"); }
      });
    }
    target.scrollIntoView({block: "center"});
  }

  // the reviewer's ticks on the checklist, kept in this browser for this sheet, each
  // under a digest of its item as shown (a changed fact loses its tick)
  var store = "plainsum-review:" + document.body.dataset.store;
  var boxes = document.querySelectorAll(".entry input[type=checkbox]");
  var ticked = document.getElementById("ticked");
  // the command that settles the ticked items' TODO notes, quoted for a POSIX shell
  var settleBox = document.getElementById("settle-box");
  var settleHint = settleBox ? settleBox.textContent : "";
  function quoted(word) {
    return /^[A-Za-z0-9_.\/-]+$/.test(word) ? word : "'" + word.replace(/'/g, "'\\''") + "'";
  }
  function settleCommand() {
    if (!settleBox) { return; }
    var names = [];
    boxes.forEach(function (box) {
      var item = box.closest(".entry");
      if (box.checked && item.dataset.settle) { names.push(quoted(item.dataset.settle)); }
    });
    if (!names.length) { settleBox.textContent = settleHint; return; }
    settleBox.textContent = "To settle the TODO notes of the " + names.length +
      " ticked item" + (names.length === 1 ? "" : "s") + ", run: ";
    var code = document.createElement("code");
    code.id = "settle-cmd";
    code.textContent = ["plainsum", "settle", quoted(settleBox.dataset.sheet)]
      .concat(names).join(" ");
    settleBox.appendChild(code);
  }
  function remember() {
    var done = [];
    boxes.forEach(function (box) {
      if (box.checked) { done.push(box.closest(".entry").dataset.tick); }
    });
    ticked.textContent = done.length + " of " + boxes.length + " ticked";
    settleCommand();
    try { window.localStorage.setItem(store, JSON.stringify(done)); } catch (e) { /* none */ }
  }
  try {
    var saved = JSON.parse(window.localStorage.getItem(store) || "[]");
    boxes.forEach(function (box) {
      box.checked = saved.indexOf(box.closest(".entry").dataset.tick) >= 0;
    });
  } catch (e) { /* a browser that keeps nothing for a file: the ticks last this visit */ }
  boxes.forEach(function (box) { box.addEventListener("change", remember); });
  settleCommand();
  ticked.textContent = Array.prototype.filter.call(boxes, function (b) { return b.checked; })
    .length + " of " + boxes.length + " ticked";

  [only, lang, audience].forEach(function (el) { el.addEventListener("change", apply); });
  if (todo) { todo.addEventListener("change", applyTodo); }
  window.addEventListener("hashchange", flash);
  window.addEventListener("beforeprint", function () {
    document.querySelectorAll("details").forEach(function (d) { d.open = true; });
  });
  apply();
  applyTodo();
  flash();
}());
