// Positions for the actor network: a force-directed layout after
// Fruchterman and Reingold (1991). Linked actors pull together, actors
// closer than a few edge lengths push apart, and a pull towards the centre
// keeps the network's separate parts together. The layout is computed in
// free space and then scaled into the drawing; it starts from a circle, so
// the same network is always drawn the same way.

const EDGE = 60;        // the length an edge tends to, before scaling
const REACH = 2.5;      // actors further apart than REACH * EDGE do not push
const GRAVITY = 0.2;    // pull towards the centre, per unit of distance
const MAX_STRETCH = 1.6;  // one axis may be scaled this much more than the other

// nodes: [any]; links: [{source, target, weight}] by node index.
// Returns [{x, y}] inside width x height, `margin` from the edges.
export function forceLayout(nodes, links, {width, height, margin = 40, iterations = 320} = {}) {
  const n = nodes.length;
  if (n === 0) return [];
  if (n === 1) return [{x: width / 2, y: height / 2}];
  const k = EDGE;
  const start = (k * Math.sqrt(n)) / 2;
  const x = new Float64Array(n), y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    x[i] = start * Math.cos((2 * Math.PI * i) / n);
    y[i] = start * Math.sin((2 * Math.PI * i) / n);
  }
  let temperature = start / 2;
  const cooling = Math.pow(0.02, 1 / iterations);
  const reach2 = (REACH * k) ** 2;
  const dx = new Float64Array(n), dy = new Float64Array(n);
  for (let it = 0; it < iterations; it++) {
    dx.fill(0);
    dy.fill(0);
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        let ex = x[i] - x[j], ey = y[i] - y[j];
        let d2 = ex * ex + ey * ey;
        if (d2 > reach2) continue;
        if (d2 < 0.01) {  // on top of each other: part them, the same way each time
          ex = (i % 2) - 0.5;
          ey = (j % 2) - 0.5;
          d2 = ex * ex + ey * ey;
        }
        const f = (k * k) / d2;
        dx[i] += ex * f; dy[i] += ey * f;
        dx[j] -= ex * f; dy[j] -= ey * f;
      }
    }
    for (const link of links) {
      const s = link.source, t = link.target;
      const ex = x[s] - x[t], ey = y[s] - y[t];
      const d = Math.sqrt(ex * ex + ey * ey) || 0.01;
      const f = (d / k) * (1 + 0.3 * Math.log(1 + (link.weight || 1)));
      dx[s] -= ex * f; dy[s] -= ey * f;
      dx[t] += ex * f; dy[t] += ey * f;
    }
    for (let i = 0; i < n; i++) {
      dx[i] -= x[i] * GRAVITY;
      dy[i] -= y[i] * GRAVITY;
      const d = Math.sqrt(dx[i] * dx[i] + dy[i] * dy[i]) || 1;
      const step = Math.min(d, temperature);
      x[i] += (dx[i] / d) * step;
      y[i] += (dy[i] / d) * step;
    }
    temperature *= cooling;
  }
  // Into the drawing: scaled to fill it, one axis stretched a little at most.
  let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
  for (let i = 0; i < n; i++) {
    minX = Math.min(minX, x[i]); maxX = Math.max(maxX, x[i]);
    minY = Math.min(minY, y[i]); maxY = Math.max(maxY, y[i]);
  }
  const w = maxX - minX || 1, h = maxY - minY || 1;
  const innerW = width - 2 * margin, innerH = height - 2 * margin;
  let sx = innerW / w, sy = innerH / h;
  const s = Math.min(sx, sy);
  sx = Math.min(sx, s * MAX_STRETCH);
  sy = Math.min(sy, s * MAX_STRETCH);
  const offX = margin + (innerW - w * sx) / 2, offY = margin + (innerH - h * sy) / 2;
  const out = [];
  for (let i = 0; i < n; i++) out.push({x: offX + (x[i] - minX) * sx, y: offY + (y[i] - minY) * sy});
  return out;
}
