// marsad dashboard: timeline, network and map drawn as plain SVG, no libraries.
// Every string from the data is set with textContent, never parsed as markup.
"use strict";
(function () {
  const SVG = "http://www.w3.org/2000/svg";
  const QUAD_COLOURS = { 0: "#adb5bd", 1: "#2b8a3e", 2: "#74b816", 3: "#f08c00", 4: "#c92a2a" };

  function el(name, attrs, parent) {
    const node = document.createElementNS(SVG, name);
    for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, String(v));
    if (parent) parent.appendChild(node);
    return node;
  }
  function label(parent, x, y, text, attrs) {
    const t = el("text", Object.assign({ x: x, y: y }, attrs || {}), parent);
    t.textContent = text;
    return t;
  }
  function tip(node, text) {
    el("title", {}, node).textContent = text;
  }
  function empty(chart, message) {
    const p = document.createElement("p");
    p.className = "empty";
    p.textContent = message;
    chart.appendChild(p);
  }

  function timeline(chart, data) {
    const days = data.days || [];
    if (!days.length) return empty(chart, "No dated event matches these filters.");
    const W = 1000, H = 320, L = 40, B = 30, T = 10;
    const svg = el("svg", { viewBox: `0 0 ${W} ${H}`, id: "timeline-svg" }, chart);
    const first = Date.parse(days[0].date), last = Date.parse(days[days.length - 1].date);
    const span = Math.max(1, Math.round((last - first) / 86400000) + 1);
    const bw = (W - L - 10) / span;
    const max = Math.max(...days.map((d) => d.total));
    const y = (n) => (n / max) * (H - B - T);
    el("line", { x1: L, y1: H - B, x2: W - 10, y2: H - B, class: "axis" }, svg);
    el("line", { x1: L, y1: T, x2: L, y2: H - B, class: "axis" }, svg);
    label(svg, L - 4, T + 8, String(max), { "text-anchor": "end" });
    label(svg, L - 4, H - B, "0", { "text-anchor": "end" });
    for (const d of days) {
      const i = Math.round((Date.parse(d.date) - first) / 86400000);
      let base = H - B;
      for (const q of ["1", "2", "3", "4", "0"]) {
        const n = d.quad[q] || 0;
        if (!n) continue;
        const h = y(n);
        const bar = el("rect", {
          x: L + i * bw, y: base - h, width: Math.max(bw * 0.85, 0.8), height: h,
          fill: QUAD_COLOURS[q], class: "bar quad" + q,
        }, svg);
        tip(bar, `${d.date}: ${n} events, quad ${q} (${d.total} that day)`);
        base -= h;
      }
    }
    const ticks = Math.min(6, days.length);
    for (let k = 0; k < ticks; k++) {
      const d = days[Math.round((k * (days.length - 1)) / Math.max(1, ticks - 1))];
      const i = Math.round((Date.parse(d.date) - first) / 86400000);
      label(svg, L + i * bw, H - B + 16, d.date, { "text-anchor": "middle" });
    }
  }

  function network(chart, data) {
    const nodes = (data.nodes || []).map((n, i) => Object.assign({}, n, { i: i }));
    const edges = data.edges || [];
    if (!edges.length) return empty(chart, "No actor-recipient pair matches these filters.");
    const W = 1000, H = 640;
    const byId = new Map(nodes.map((n) => [n.id, n]));
    nodes.forEach((n, i) => {
      const a = (2 * Math.PI * i) / nodes.length;
      n.x = W / 2 + (W / 3) * Math.cos(a);
      n.y = H / 2 + (H / 3) * Math.sin(a);
    });
    const links = edges.map((e) => ({ s: byId.get(e.source), t: byId.get(e.target), e: e }));
    for (let step = 0; step < 250; step++) {  // a small force layout, deterministic
      const cool = 1 - step / 250;
      for (const a of nodes) {
        a.dx = (W / 2 - a.x) * 0.04; a.dy = (H / 2 - a.y) * 0.06;
        for (const b of nodes) {
          if (a === b) continue;
          const dx = a.x - b.x, dy = a.y - b.y, d2 = Math.max(dx * dx + dy * dy, 25);
          a.dx += (dx / d2) * 400; a.dy += (dy / d2) * 400;
        }
      }
      for (const { s, t } of links) {
        if (s === t) continue;
        const dx = t.x - s.x, dy = t.y - s.y, d = Math.sqrt(dx * dx + dy * dy) || 1;
        const f = (d - 120) * 0.02;
        s.dx += (dx / d) * f; s.dy += (dy / d) * f; t.dx -= (dx / d) * f; t.dy -= (dy / d) * f;
      }
      for (const n of nodes) {
        n.x = Math.min(W - 60, Math.max(60, n.x + n.dx * cool * 2));
        n.y = Math.min(H - 20, Math.max(20, n.y + n.dy * cool * 2));
      }
    }
    const svg = el("svg", { viewBox: `0 0 ${W} ${H}`, id: "network-svg" }, chart);
    const defs = el("defs", {}, svg);
    for (const q of [1, 2, 3, 4]) {
      const m = el("marker", { id: "arrow" + q, viewBox: "0 0 10 10", refX: 10, refY: 5,
        markerWidth: 9, markerHeight: 9, markerUnits: "userSpaceOnUse", orient: "auto-start-reverse" }, defs);
      el("path", { d: "M0,0L10,5L0,10z", fill: QUAD_COLOURS[q] }, m);
    }
    const maxE = Math.max(...edges.map((e) => e.events));
    for (const { s, t, e } of links) {
      const q = Math.min(4, Math.max(1, Math.round(e.quad || 0)));
      const r = 3 + 2 * Math.sqrt(t.events);
      const dx = t.x - s.x, dy = t.y - s.y, d = Math.sqrt(dx * dx + dy * dy) || 1;
      const path = s === t
        ? `M${s.x},${s.y}c-30,-40 30,-40 0,0`
        : `M${s.x},${s.y}Q${(s.x + t.x) / 2 - dy * 0.15},${(s.y + t.y) / 2 + dx * 0.15} ${t.x - (dx / d) * r},${t.y - (dy / d) * r}`;
      const line = el("path", { d: path, class: "edge", stroke: QUAD_COLOURS[q],
        "stroke-width": 1 + (4 * e.events) / maxE, "marker-end": `url(#arrow${q})` }, svg);
      tip(line, `${e.source} → ${e.target}: ${e.events} events, mean quad ${e.quad}`);
    }
    for (const n of nodes) {
      const g = el("g", { class: "node-group" }, svg);
      const c = el("circle", { cx: n.x, cy: n.y, r: 3 + 2 * Math.sqrt(n.events), class: "node" }, g);
      tip(c, `${n.id} (${n.country || "?"}): ${n.events} events`);
      label(g, n.x + 6, n.y - 6, n.id);
    }
  }

  function map(chart, data) {
    const places = data.places || [];
    fetch("/static/world.json").then((r) => r.json()).then((world) => {
      let x0 = 180, x1 = 180, y0 = 90, y1 = 90;
      if (places.length) {
        const xs = places.map((p) => p.lon + 180), ys = places.map((p) => 90 - p.lat);
        x0 = Math.min(...xs); x1 = Math.max(...xs); y0 = Math.min(...ys); y1 = Math.max(...ys);
      }
      let w = Math.max(x1 - x0 + 20, 60), h = w / 2;
      if (y1 - y0 + 10 > h) { h = y1 - y0 + 10; w = 2 * h; }
      w = Math.min(w, 360); h = Math.min(h, 180);
      const cx = Math.min(Math.max((x0 + x1) / 2, w / 2), 360 - w / 2);
      const cy = Math.min(Math.max((y0 + y1) / 2, h / 2), 180 - h / 2);
      const svg = el("svg", { viewBox: `${cx - w / 2} ${cy - h / 2} ${w} ${h}`, id: "map-svg" }, chart);
      el("rect", { x: 0, y: 0, width: 360, height: 180, fill: "#f1f6fb" }, svg);
      for (let lon = 0; lon <= 360; lon += 10) el("line", { x1: lon, y1: 0, x2: lon, y2: 180, class: "grat" }, svg);
      for (let lat = 0; lat <= 180; lat += 10) el("line", { x1: 0, y1: lat, x2: 360, y2: lat, class: "grat" }, svg);
      for (const c of world.countries) {
        const p = el("path", { d: c.d, class: "land", "fill-rule": "evenodd" }, svg);
        tip(p, c.name);
      }
      const max = Math.max(1, ...places.map((p) => p.events));
      const scale = w / 120;
      for (const p of places) {
        const dot = el("circle", { cx: p.lon + 180, cy: 90 - p.lat,
          r: scale * (0.4 + 2.2 * Math.sqrt(p.events / max)), class: "dot" }, svg);
        tip(dot, `${p.name} (${p.country}): ${p.events} events`);
      }
      if (!places.length) empty(chart, "No located event matches these filters.");
    });
  }

  // the article page: show the English gloss of the highlight under the pointer or focus
  const gloss = document.getElementById("gloss");
  if (gloss) {
    const show = (event) => {
      const mark = event.target.closest && event.target.closest("mark.hl");
      if (mark) gloss.textContent = mark.getAttribute("title");
    };
    document.addEventListener("mouseover", show);
    document.addEventListener("focusin", show);
  }

  const chart = document.getElementById("chart");
  const source = document.getElementById("page-data");
  if (chart && source) {
    const data = JSON.parse(source.textContent);
    ({ timeline: timeline, network: network, map: map })[chart.dataset.view](chart, data);
  }
})();
