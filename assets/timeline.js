/* Timeline filters: by person and by year, in the page, with no round trip. The choice
 * is kept in the URL (?nguoi=…&nam=…) so a filtered timeline can be linked. */
(function () {
  "use strict";
  var filters = document.querySelector(".filters");
  if (!filters) return;
  var person = document.getElementById("loc-nguoi");
  var year = document.getElementById("loc-nam");
  var status = filters.querySelector(".filter-status");
  var events = Array.prototype.slice.call(document.querySelectorAll(".timeline .event"));
  filters.hidden = false;

  function apply(remember) {
    var who = person.value;
    var when = year ? year.value : "";
    var visible = 0;
    events.forEach(function (event) {
      var show = (!who || event.getAttribute("data-people").indexOf(" " + who + " ") >= 0) &&
        (!when || event.getAttribute("data-year") === when);
      event.hidden = !show;
      if (show) visible += 1;
    });
    document.querySelectorAll(".timeline section.month, .timeline section.year").forEach(function (section) {
      section.hidden = !section.querySelector(".event:not([hidden])");
    });
    status.textContent = who || when ? "Đang hiện " + visible + " trên " + events.length + " sự kiện." : "";
    if (remember) {
      var params = new URLSearchParams(location.search);
      if (who) params.set("nguoi", who); else params.delete("nguoi");
      if (when) params.set("nam", when); else params.delete("nam");
      var search = params.toString();
      try { history.replaceState(null, "", location.pathname + (search ? "?" + search : "")); } catch (e) { /* file:// */ }
    }
  }

  var params = new URLSearchParams(location.search);
  if (params.get("nguoi")) person.value = params.get("nguoi");
  if (year && params.get("nam")) year.value = params.get("nam");
  person.addEventListener("change", function () { apply(true); });
  if (year) year.addEventListener("change", function () { apply(true); });
  apply(false);
})();
