/* Biên niên search. Runs in the reader's browser with no server, from file:// too:
 * classic scripts only (no fetch, no modules, no workers). The index is loaded on first
 * use in pieces, newest first: one piece, then older ones only while a search finds
 * fewer than a page of results, up to the manifest's budget of events for each ask of
 * the reader (the first search, then each "Tìm thêm"). It is searched over text
 * folded without diacritics, so that "lang son" finds "Lạng Sơn"; typed with
 * diacritics, exact matches rank first. */
(function () {
  "use strict";
  var form = document.querySelector("form.search");
  if (!form || !document.body) return;
  var root = document.body.getAttribute("data-root") || "./";
  var input = form.querySelector("input[type=search]");
  var MAX_RESULTS = 20;
  var MARKS = /[\u0300-\u036f]/g;
  var SEPARATORS = /[^0-9a-z\u00c0-\uffff]+/;
  var foldCache = Object.create(null);
  var docs = [];
  var loadState = "idle";  // idle, loading, ready (nothing loading; older pieces may wait)
  var files = [];
  var counts = [];
  var requested = 0;  // pieces asked for so far, in order
  var arrived = 0;
  var listed = false;  // the manifest is in: files and counts are known
  var wantAll = false;
  var wantMore = false;
  // Events the current ask (the first search, or the reader's last "Tìm thêm") may load by
  // itself, and those it asked for: a word found nowhere must not pull in the whole index.
  var budget = Infinity;
  var spent = 0;
  var active = -1;
  var shown = [];

  var list = document.createElement("ul");
  list.id = "ket-qua-tim-kiem";
  list.className = "search-results";
  list.setAttribute("role", "listbox");
  list.setAttribute("aria-label", "Kết quả tìm kiếm");
  list.hidden = true;
  var status = document.createElement("p");
  status.className = "search-status visually-hidden";
  status.setAttribute("role", "status");
  status.setAttribute("aria-live", "polite");
  form.appendChild(list);
  form.appendChild(status);
  input.setAttribute("role", "combobox");
  input.setAttribute("aria-controls", list.id);
  input.setAttribute("aria-expanded", "false");
  input.setAttribute("aria-autocomplete", "list");
  input.setAttribute("aria-keyshortcuts", "/");

  /* One folded character for each character of NFC text, so that positions in the
   * folded text are positions in the original (for highlighting). */
  function foldChar(c) {
    var f = foldCache[c];
    if (f === undefined) {
      f = c.normalize("NFD").replace(MARKS, "").replace(/đ/g, "d").replace(/Đ/g, "D").toLowerCase();
      if (f.length !== 1) f = c.toLowerCase().length === 1 ? c.toLowerCase() : c;
      // Made anew from its code so that V8 stores it (and every string built from it)
      // one byte per character: searching such strings is several times faster.
      f = String.fromCharCode(f.charCodeAt(0));
      foldCache[c] = f;
    }
    return f;
  }

  function fold(text) {
    var out = "";
    for (var i = 0; i < text.length; i++) {
      var code = text.charCodeAt(i);
      out += code < 128 ? text[i].toLowerCase() : foldChar(text[i]);
    }
    return out;
  }

  /* " lang son " : folded, punctuation as spaces, a space before every word. Punctuation
   * to spaces: besides making words, this keeps the string one byte per character ("–"
   * and "“" would make it two), which V8 searches several times faster. */
  function haystack(text) {
    text = text.normalize("NFC");
    // Each character to its code through a table, the string made from the codes at
    // once: adding the characters to a string one by one took three times as long, most
    // of the time a first search spent preparing what it loaded. Text with an emoji (a
    // surrogate pair) goes the long way, where it becomes two spaces so that positions
    // still line up.
    if (codeBuffer.length < text.length + 2) codeBuffer = new Uint16Array(2 * text.length + 2);
    var codes = codeBuffer.subarray(0, text.length + 2);
    codes[0] = codes[text.length + 1] = 32;
    for (var i = 0; i < text.length; i++) {
      var code = text.charCodeAt(i);
      if (code >= 0xd800 && code <= 0xdfff) return " " + fold(text).replace(/[^\p{L}\p{N}]/gu, function (m) { return " ".repeat(m.length); }) + " ";
      var folded = HAYSTACK_CODES[code];
      codes[i + 1] = folded >= 0 ? folded : learnHaystackCode(code);
    }
    var out = "";
    for (var at = 0; at < codes.length; at += 8192) out += String.fromCharCode.apply(null, codes.subarray(at, at + 8192));
    return out;
  }
  var codeBuffer = new Uint16Array(4096);

  /* What haystack makes of each character: folded, or a space where it is neither a
   * letter nor a number; -1 until first met. */
  var HAYSTACK_CODES = new Int32Array(65536).fill(-1);
  function learnHaystackCode(code) {
    var folded = fold(String.fromCharCode(code));
    return (HAYSTACK_CODES[code] = /[\p{L}\p{N}]/u.test(folded) ? folded.charCodeAt(0) : 32);
  }

  /* Which 3- and 4-letter word beginnings the body has, as bits: a term whose beginning
   * is missing cannot be in the body, so most bodies are never scanned for it. */
  function prefixBit(word) {
    var bit = ((word.charCodeAt(0) * 31 + word.charCodeAt(1)) * 31 + word.charCodeAt(2)) & 1023;
    // Four letters tell "lang" from "lanh" (bits 2048-3071); three are all a short word has.
    return word.length >= 4 ? 2048 + ((bit * 31 + word.charCodeAt(3)) & 1023) : bit;
  }

  /* The same for two words in a row (bits 1024-2047): the whole first word and the
   * beginning of the next, so that a phrase is looked for only in bodies that may hold it. */
  function pairBit(first, second) {
    var hash = 7;
    for (var i = 0; i < first.length; i++) hash = (hash * 31 + first.charCodeAt(i)) | 0;
    hash = (hash * 31 + 32) | 0;
    for (var j = 0; j < 3; j++) hash = (hash * 31 + second.charCodeAt(j)) | 0;
    return 1024 + (hash & 1023);
  }

  function hasBit(bits, bit) { return (bits[bit >> 5] & (1 << (bit & 31))) !== 0; }

  function bodySignature(body) {
    var bits = new Int32Array(96);
    var words = body.split(" ");
    for (var i = 0; i < words.length; i++) {
      var word = words[i];
      var bit;
      if (word.length >= 3) {
        bit = prefixBit(word.slice(0, 3));
        bits[bit >> 5] |= 1 << (bit & 31);
      }
      if (word.length >= 4) {
        bit = prefixBit(word);
        bits[bit >> 5] |= 1 << (bit & 31);
      }
      if (i > 0 && word.length >= 3) {
        bit = pairBit(words[i - 1], word);
        bits[bit >> 5] |= 1 << (bit & 31);
      }
    }
    return bits;
  }

  function prepare(doc) {
    var people = (doc.p || []).join(" · ");
    var t = haystack(doc.t), p = haystack(people), s = haystack(doc.s || ""), l = haystack(doc.l || "");
    return {
      bits: null,  // made after the first results are on screen (see signLater)
      doc: doc,
      t: t,
      l: l,
      // Title, people, kicker and lead in one string, in that order of weight: one
      // search finds the weightiest field a word is in; the ends tell which field.
      h: t + p + s + l,
      ends: [t.length, t.length + p.length, t.length + p.length + s.length],
      w: " " + (doc.w || "") + " ",
      exact: [doc.t, doc.s || "", people, doc.l || ""].join(" \n ").normalize("NFC").toLowerCase()
    };
  }

  window.BIENNIEN_SEARCH = {
    manifest: function (manifest) {
      files = manifest.files;
      counts = manifest.counts || [];
      if (manifest.budget) budget = manifest.budget;
      listed = true;
      // The people and the newest events, side by side: every search needs both. The
      // people (a small file) are not counted in the budget.
      for (var i = 0; i < Math.min(2, files.length); i++) request();
      spent = counts[1] || 0;
      if (!files.length) loadState = "ready";
    },
    /* For benchmarks and tests: the ranked results for a query over what is loaded. */
    find: function (query) { return search(query).map(function (r) { return r.entry.doc; }); },
    ready: function () { return loadState === "ready"; },
    load: ensureLoaded,
    /* For benchmarks: load every piece (ready() tells when). */
    loadAll: function () { wantAll = true; ensureLoaded(); if (idle()) settle(); },
    loaded: function () { return arrived; },
    add: function (payload) {
      for (var i = 0; i < payload.docs.length; i++) docs.push(prepare(payload.docs[i]));
      // The first pair, for the first results at once; older pieces come while a search
      // goes on finding too few, and it reads every piece again: sign them now.
      if (arrived >= 2) signNow(); else signLater();
      arrived += 1;
      if (arrived < requested) return;  // the people and the newest events come as a pair: search once both are in
      if (input.value.trim()) run(input.value, false);
      else settle();
    }
  };

  /* The bodies' signatures (which word beginnings each holds) let a search skip most
   * bodies without reading them, but making them costs more than one search reading
   * every body of a piece: they are made a few hundred at a time after each piece
   * arrives, between the reader's searches, and a search uses those that are made. */
  var signed = 0;
  var signing = false;
  function signNow(limit) {
    var stop = Math.min(docs.length, limit === undefined ? docs.length : signed + limit);
    for (; signed < stop; signed++) docs[signed].bits = bodySignature(docs[signed].doc.w || "");
  }
  function signLater() {
    if (signing) return;
    signing = true;
    setTimeout(function sign() {
      signNow(300);
      if (signed < docs.length) setTimeout(sign, 0);
      else signing = false;
    }, 50);
  }

  function request() {
    loadState = "loading";
    spent += counts[requested] || 0;
    addScript(files[requested]);
    requested += 1;
  }

  /* The manifest is in and no piece is on its way. */
  function idle() { return listed && arrived === requested; }

  /* With nothing on its way: the next older piece, while the search on screen found
   * fewer than a page of results (found) and the piece fits in what is left of the ask's
   * budget, or when the reader asked for more (one piece at least); else ready. */
  function settle(found) {
    var fits = spent + (counts[requested] || 0) <= budget;
    if (requested < files.length && (wantAll || wantMore || (found < MAX_RESULTS && fits))) request();
    else loadState = "ready";
    wantMore = false;
  }

  /* The events in pieces not asked for yet, and in those asked for (searched once in;
   * the first file is the people's). */
  function eventsIn(from, to) {
    var events = 0;
    for (var i = from; i < to; i++) events += counts[i] || 0;
    return events;
  }
  function waiting() { return eventsIn(requested, files.length); }
  function searched() { return eventsIn(1, requested); }

  function more() {
    if (!idle() || requested >= files.length) return;  // (a piece on its way; or nothing left)
    wantMore = true;
    spent = 0;  // a new ask: another budget's worth
    settle();
    render(input.value, search(input.value));
  }

  function addScript(path) {
    var script = document.createElement("script");
    script.src = root + path;
    script.onerror = function () {
      loadState = "failed";
      say("Không tải được chỉ mục tìm kiếm (" + path + ").");
    };
    document.head.appendChild(script);
  }

  function ensureLoaded() {
    if (loadState !== "idle") return;
    loadState = "loading";
    addScript("search/index.js");
  }

  function say(text) { status.textContent = text; }

  function terms(query) {
    return fold(query.normalize("NFC")).split(SEPARATORS).filter(Boolean);
  }

  var FIELD_WEIGHTS = [8, 6, 4, 2];
  var PHRASE_WEIGHTS = [12, 10, 5, 5];

  function fieldOf(entry, at) {
    var ends = entry.ends;
    return at < ends[0] ? 0 : at < ends[1] ? 1 : at < ends[2] ? 2 : 3;
  }

  function score(entry, query) {
    var total = 0;
    for (var i = 0; i < query.needles.length; i++) {
      var needle = query.needles[i];
      var at = entry.h.indexOf(needle);
      if (at >= 0) total += FIELD_WEIGHTS[fieldOf(entry, at)];
      else if (query.bits[i] >= 0 && entry.bits && !hasBit(entry.bits, query.bits[i])) return 0;
      else if (entry.w.indexOf(needle) >= 0) total += 1;
      else return 0;
    }
    if (query.needles.length > 1) {
      var where = entry.h.indexOf(query.phrase);
      if (where >= 0) total += PHRASE_WEIGHTS[fieldOf(entry, where)];
      else if ((!entry.bits || query.pairs.every(function (bit) { return hasBit(entry.bits, bit); })) && entry.w.indexOf(query.phrase) >= 0) total += 4;
    }
    if (entry.doc.k === "p") total += 4;
    if (query.exact) {
      if (entry.exact.indexOf(query.exact) >= 0) total += 15;
      for (var j = 0; j < query.exactWords.length; j++) if (entry.exact.indexOf(query.exactWords[j]) >= 0) total += 3;
    }
    return total;
  }

  function search(query) {
    var words = terms(query);
    if (!words.length) return [];
    var typed = query.normalize("NFC").toLowerCase().trim();
    var hasMarks = /[^\u0000-\u007f]/.test(typed);
    var prepared = {
      needles: words.map(function (w) { return " " + w; }),
      bits: words.map(function (w) { return w.length >= 3 ? prefixBit(w) : -1; }),
      phrase: " " + words.join(" "),
      pairs: words.slice(1).map(function (w, i) { return w.length >= 3 ? pairBit(words[i], w) : -1; })
        .filter(function (bit) { return bit >= 0; }),
      exact: hasMarks ? typed : "",
      exactWords: hasMarks ? typed.split(/\s+/).filter(function (w) { return /[^\u0000-\u007f]/.test(w); }) : []
    };
    // Keep only the best MAX_RESULTS while scanning: sorting every match of a common
    // word would cost more than the matching.
    var best = [];
    for (var i = 0; i < docs.length; i++) {
      var s = score(docs[i], prepared);
      if (s <= 0) continue;
      var result = { entry: docs[i], score: s };
      if (best.length === MAX_RESULTS && compare(result, best[best.length - 1]) >= 0) continue;
      var at = best.length;
      while (at > 0 && compare(result, best[at - 1]) < 0) at -= 1;
      best.splice(at, 0, result);
      if (best.length > MAX_RESULTS) best.pop();
    }
    return best;
  }

  /* Higher score first, then the newer, then by address: a total order, so the same
   * query always lists the same results. */
  function compare(a, b) {
    return b.score - a.score || (a.entry.doc.i < b.entry.doc.i ? 1 : a.entry.doc.i > b.entry.doc.i ? -1 : 0) ||
      (a.entry.doc.u < b.entry.doc.u ? -1 : a.entry.doc.u > b.entry.doc.u ? 1 : 0);
  }

  /* The text with every word that starts with a query term wrapped in <mark>. */
  function highlighted(text, folded, words) {
    var marks = [];
    words.forEach(function (word) {
      var needle = " " + word;
      var at = folded.indexOf(needle);
      while (at >= 0) {
        marks.push([at, at + word.length]);
        at = folded.indexOf(needle, at + 1);
      }
    });
    marks.sort(function (a, b) { return a[0] - b[0]; });
    var fragment = document.createDocumentFragment();
    var position = 0;
    marks.forEach(function (m) {
      if (m[0] < position) return;
      fragment.appendChild(document.createTextNode(text.slice(position, m[0])));
      var mark = document.createElement("mark");
      mark.textContent = text.slice(m[0], m[1]);
      fragment.appendChild(mark);
      position = m[1];
    });
    fragment.appendChild(document.createTextNode(text.slice(position)));
    return fragment;
  }

  function snippet(entry, words) {
    var doc = entry.doc;
    var lead = (doc.l || "").normalize("NFC");
    var folded = entry.l.slice(1, -1);
    var first = -1;
    words.forEach(function (w) {
      var at = (" " + folded).indexOf(" " + w);
      if (at >= 0 && (first < 0 || at < first)) first = at;
    });
    var start = first > 60 ? lead.lastIndexOf(" ", first - 40) + 1 : 0;
    var end = Math.min(lead.length, start + 180);
    var piece = lead.slice(start, end);
    var foldedPiece = " " + folded.slice(start, end);
    var node = document.createElement("p");
    if (start > 0) node.appendChild(document.createTextNode("…"));
    node.appendChild(highlighted(piece, foldedPiece, words).cloneNode(true));
    if (end < lead.length) node.appendChild(document.createTextNode("…"));
    return node;
  }

  function render(query, results) {
    var words = terms(query);
    list.textContent = "";
    active = -1;
    shown = results;
    input.removeAttribute("aria-activedescendant");
    var left = loadState === "ready" ? waiting() : 0;
    // Until every piece is in, "not found" is only about the newest articles.
    var within = left ? " trong " + searched() + " bài mới nhất" : "";
    if (!results.length) {
      var none = document.createElement("li");
      none.className = "no-results";
      // An option (a listbox holds nothing else) that cannot be chosen: only read.
      none.setAttribute("role", "option");
      none.setAttribute("aria-disabled", "true");
      none.textContent = loadState === "ready" ? "Không tìm thấy kết quả cho «" + query.trim() + "»" + within + "." : "Đang tải chỉ mục tìm kiếm…";
      list.appendChild(none);
    }
    results.forEach(function (result, index) {
      var doc = result.entry.doc;
      var item = document.createElement("li");
      item.id = "kq-" + index;
      item.setAttribute("role", "option");
      item.setAttribute("aria-selected", "false");
      var kind = document.createElement("span");
      kind.className = "kind";
      kind.textContent = doc.k === "p" ? "Nhân vật · " + doc.n + " sự kiện · " + doc.d : "Sự kiện · " + doc.d;
      var link = document.createElement("a");
      link.href = root + doc.u;
      link.tabIndex = -1;
      link.appendChild(highlighted(doc.t.normalize("NFC"), result.entry.t.slice(0, -1), words));
      item.appendChild(link);
      item.appendChild(document.createElement("br"));
      item.appendChild(kind);
      if (doc.k === "e") item.appendChild(snippet(result.entry, words));
      else if (doc.s) {
        var role = document.createElement("p");
        role.textContent = doc.s;
        item.appendChild(role);
      }
      item.addEventListener("mousedown", function (event) { event.preventDefault(); });
      item.addEventListener("click", function (event) {
        if (event.target.closest("a")) return;
        location.href = link.href;
      });
      list.appendChild(item);
    });
    if (left) {
      // Older pieces wait until asked for, found something or not: a search stays a
      // small download.
      var further = document.createElement("li");
      further.id = "kq-them";
      further.className = "more-results";
      further.setAttribute("role", "option");
      further.setAttribute("aria-selected", "false");
      further.textContent = "Tìm thêm trong " + left + " bài cũ hơn";
      further.addEventListener("mousedown", function (event) { event.preventDefault(); });
      further.addEventListener("click", more);
      list.appendChild(further);
    }
    list.hidden = false;
    input.setAttribute("aria-expanded", "true");
    say(loadState !== "ready" ? "Đang tải chỉ mục tìm kiếm…" :
      results.length ? results.length + " kết quả cho «" + query.trim() + "»" + (left ? " trong các bài mới nhất." : ".") :
      "Không tìm thấy kết quả" + within + ".");
  }

  function close() {
    list.hidden = true;
    active = -1;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
  }

  function urlWith(query) {
    var params = new URLSearchParams(location.search);
    if (query) params.set("q", query); else params.delete("q");
    var search = params.toString();
    return location.pathname + (search ? "?" + search : "") + location.hash;
  }

  /* A search gets one history entry: the first keystroke adds it, more typing updates
   * it, Enter settles it; so Back returns to the previous search or the page as opened. */
  function remember(query, commit) {
    try {
      var url = urlWith(query);
      var typing = history.state && history.state.typing;
      if (url === location.pathname + location.search + location.hash && (typing ? !commit : true)) return;
      var state = { q: query, typing: !commit };
      if (typing) history.replaceState(state, "", url); else history.pushState(state, "", url);
    } catch (e) { /* some file:// setups refuse history changes; search still works */ }
  }

  var timer = null;
  function run(query, push) {
    clearTimeout(timer);  // a search typed earlier must not land after this one
    if (!query.trim()) { close(); say(""); remember("", push); return; }
    ensureLoaded();
    var results = loadState === "ready" || docs.length ? search(query) : [];
    // Too few among the pieces loaded so far: older ones come in, newest first.
    if (idle()) settle(results.length);
    render(query, results);
    remember(query.trim(), push);
  }

  function move(step) {
    if (list.hidden) run(input.value, false);  // after Escape, the arrows show the list again
    var items = list.querySelectorAll("[role=option]:not([aria-disabled])");
    if (!items.length) return;
    if (active >= 0) items[active].setAttribute("aria-selected", "false");
    active = active < 0 ? (step > 0 ? 0 : items.length - 1) : (active + step + items.length) % items.length;
    items[active].setAttribute("aria-selected", "true");
    items[active].scrollIntoView({ block: "nearest" });
    input.setAttribute("aria-activedescendant", items[active].id);
  }

  input.addEventListener("focus", ensureLoaded);
  input.addEventListener("input", function () {
    clearTimeout(timer);
    var query = input.value;
    timer = setTimeout(function () { run(query, false); }, 25);
  });
  input.addEventListener("keydown", function (event) {
    if (event.key === "ArrowDown") { event.preventDefault(); move(1); }
    else if (event.key === "ArrowUp") { event.preventDefault(); move(-1); }
    else if (event.key === "Escape") { if (!list.hidden) { event.preventDefault(); close(); } }
    else if (event.key === "Enter") {
      event.preventDefault();
      if (!list.hidden && active >= 0 && shown[active]) { location.href = root + shown[active].entry.doc.u; }
      else if (!list.hidden && active >= 0 && active === shown.length) { more(); }
      else { run(input.value, true); }
    }
  });
  input.addEventListener("blur", function () { setTimeout(close, 200); });
  form.addEventListener("submit", function (event) { event.preventDefault(); run(input.value, true); });
  document.addEventListener("keydown", function (event) {
    var target = event.target;
    var typing = target && (target.isContentEditable || /^(input|textarea|select)$/i.test(target.tagName));
    if (event.key === "/" && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      input.focus();
      input.select();
    }
  });
  window.addEventListener("popstate", function () {
    var query = new URLSearchParams(location.search).get("q") || "";
    input.value = query;
    if (query) run(query, false); else close();
  });

  var initial = new URLSearchParams(location.search).get("q");
  if (initial) {
    input.value = initial;
    run(initial, false);
    input.focus();
  }
})();
