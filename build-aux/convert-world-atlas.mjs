#!/usr/bin/env node
// Convert Natural Earth 1:110m admin-0 countries (npm package world-atlas v2,
// public domain) into the compact outline file data/world-110m.json that the
// Cairo map widget draws. Countries that the 1:110m file leaves out (small
// states and islands such as SG, HK, MO, BH, MT, MV, MU) are taken from the
// 1:50m file of the same package and marked "detail": "50m".
// This is a one-off conversion; the output is committed,
// the npm packages are NOT (run it from a scratch folder outside the repo).
//
// Re-run with:
//   apt-get install -y iso-codes        # provides /usr/share/iso-codes/json/iso_3166-1.json
//   mkdir -p /tmp/worldconv && cd /tmp/worldconv
//   npm init -y && npm install world-atlas@2 topojson-client@3
//   node /work/main/build-aux/convert-world-atlas.mjs \
//        node_modules/world-atlas/countries-110m.json \
//        /work/main/data/world-110m.json
//
// Arguments (all optional):
//   argv[2]  input TopoJSON  (default: node_modules/world-atlas/countries-110m.json, relative to cwd)
//   argv[3]  output JSON     (default: ../data/world-110m.json next to this script)
//   argv[4]  1:50m TopoJSON  (default: countries-50m.json in the folder of argv[2])
// `topojson-client` is resolved from the current working directory, so run the
// script from the folder where you did the npm install.
//
// Output format:
//   { "about": ..., "scale": 100,
//     "countries": [ { "code": "JP", "name": "Japan", "label": [lon, lat],
//                      "polygons": [ [ ring, hole, ... ], ... ] },
//                    { "code": "SG", "name": "Singapore", "detail": "50m", ... }, ... ] }
//   Entries without "detail" come from the 1:110m file; entries with
//   "detail": "50m" are countries absent from 1:110m, taken from 1:50m
//   (same encoding, label rule and antimeridian handling).
//   Each ring is a flat integer array [x0, y0, dx1, dy1, dx2, dy2, ...] with
//   x = round(lon * 100), y = round(lat * 100); the first point is absolute,
//   the others are deltas from the previous point. Rings are implicitly closed
//   (the first point is not repeated at the end) and have >= 3 points.
//   Polygons that cross the antimeridian are split at ±180°, and the
//   Antarctica ring is closed along the south pole (lat -90), so the data can
//   be drawn directly with a plain equirectangular projection.
//   "label" is the area-weighted centroid of the country's largest polygon
//   (rounded to 0.1°); if that centroid falls outside the polygon, it is moved
//   along its latitude to the middle of the nearest inside span.
//   If the output would exceed MAX_BYTES, the rings of the 1:50m entries are
//   thinned: a point closer than SIMPLIFY_DEG to the previous kept point is
//   dropped, keeping at least 4 points per ring (1:110m entries are untouched).

import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const SCALE = 100;
const MAX_BYTES = 250 * 1000;   // keep the committed file under 250 KB
const SIMPLIFY_DEG = 0.05;      // thinning distance for 1:50m rings, if needed
const ISO_JSON = '/usr/share/iso-codes/json/iso_3166-1.json';

const scriptDir = path.dirname(fileURLToPath(import.meta.url));
const input = path.resolve(process.argv[2] || 'node_modules/world-atlas/countries-110m.json');
const output = path.resolve(process.argv[3] || path.join(scriptDir, '..', 'data', 'world-110m.json'));
const input50 = path.resolve(process.argv[4] || path.join(path.dirname(input), 'countries-50m.json'));

// Resolve topojson-client from the cwd (the scratch npm folder), not from the repo.
const requireCwd = createRequire(path.join(process.cwd(), 'noop.js'));
const { feature, merge } = requireCwd('topojson-client');

let atlasVersion = 'unknown';
try {
  atlasVersion = JSON.parse(fs.readFileSync(path.join(path.dirname(input), 'package.json'), 'utf8')).version;
} catch { /* input not inside the npm package */ }

if (!fs.existsSync(input50)) {
  console.error(`${input50} missing (1:50m TopoJSON from world-atlas@2)`);
  process.exit(1);
}
if (!fs.existsSync(ISO_JSON)) {
  console.error(`${ISO_JSON} missing: apt-get install -y iso-codes`);
  process.exit(1);
}
const numericToAlpha2 = new Map(
  JSON.parse(fs.readFileSync(ISO_JSON, 'utf8'))['3166-1'].map((e) => [e.numeric, e.alpha_2]));

// Features without a numeric id in Natural Earth / world-atlas.
const BY_NAME = {
  'Kosovo': 'XK',        // user-assigned code, not in ISO 3166-1
  'N. Cyprus': 'CY',     // merged into Cyprus
  'Somaliland': 'SO',    // merged into Somalia
};

const topo = JSON.parse(fs.readFileSync(input, 'utf8'));
const topo50 = JSON.parse(fs.readFileSync(input50, 'utf8'));

// ---- group TopoJSON geometries by ISO alpha-2 code --------------------------
function groupByCode(topology) {
  const groups = new Map(); // code -> { name, objs: [] }
  const unmapped = [];
  const mergedByName = [];
  for (const g of topology.objects.countries.geometries) {
    const name = g.properties && g.properties.name;
    let code = g.id !== undefined ? numericToAlpha2.get(String(g.id).padStart(3, '0')) : undefined;
    if (!code && name in BY_NAME) {
      code = BY_NAME[name];
      mergedByName.push(`${name} -> ${code}`);
    }
    if (!code) {
      unmapped.push(`${JSON.stringify(g.id)} ${name}`);
      continue;
    }
    if (!groups.has(code)) groups.set(code, { name: undefined, objs: [] });
    const grp = groups.get(code);
    // Prefer the name of the feature that carried the real numeric id.
    if (g.id !== undefined || grp.name === undefined) grp.name = name;
    grp.objs.push(g);
  }
  return { groups, unmapped, mergedByName, count: topology.objects.countries.geometries.length };
}
const g110 = groupByCode(topo);
const g50 = groupByCode(topo50);

// ---- geometry helpers -------------------------------------------------------
function polygonsOf(geometry) {
  if (!geometry) return [];
  if (geometry.type === 'Polygon') return [geometry.coordinates];
  if (geometry.type === 'MultiPolygon') return geometry.coordinates;
  return [];
}

// Drop the closing point of a GeoJSON ring.
function openRing(ring) {
  const r = ring.slice();
  if (r.length > 1 && r[0][0] === r[r.length - 1][0] && r[0][1] === r[r.length - 1][1]) r.pop();
  return r;
}

// Signed planar area (lon/lat degrees), positive = counter-clockwise.
function signedArea(ring) {
  let a = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    a += ring[j][0] * ring[i][1] - ring[i][0] * ring[j][1];
  }
  return a / 2;
}

// Make longitudes continuous. Returns { ring, wrap } where wrap is the
// total longitude travelled (±360 for a ring that encloses a pole).
function unwrap(ring) {
  const out = [[ring[0][0], ring[0][1]]];
  let jumped = false;
  for (let i = 1; i <= ring.length; i++) {
    const p = ring[i % ring.length];
    const prev = out[out.length - 1];
    let d = p[0] - ring[(i - 1) % ring.length][0];
    if (d > 180) { d -= 360; jumped = true; } else if (d < -180) { d += 360; jumped = true; }
    out.push([prev[0] + d, p[1]]);
  }
  const last = out.pop(); // position of ring[0] after one loop
  return { ring: out, wrap: last[0] - out[0][0], jumped };
}

// Sutherland-Hodgman clip of a ring against a half-plane lon*sign <= limit*sign.
function clipLon(ring, limit, keepBelow) {
  const inside = (p) => (keepBelow ? p[0] <= limit : p[0] >= limit);
  const out = [];
  for (let i = 0; i < ring.length; i++) {
    const cur = ring[i];
    const prev = ring[(i + ring.length - 1) % ring.length];
    const ci = inside(cur), pi = inside(prev);
    if (ci !== pi) {
      const t = (limit - prev[0]) / (cur[0] - prev[0]);
      out.push([limit, prev[1] + t * (cur[1] - prev[1])]);
    }
    if (ci) out.push(cur);
  }
  return out;
}
const clipWorld = (ring) => clipLon(clipLon(ring, 180, true), -180, false);
const shift = (ring, dx) => ring.map(([x, y]) => [x + dx, y]);

// Split a polygon (list of open rings) so that every ring lies within
// lon [-180, 180]; rings that enclose a pole are closed along lat ±90.
function fixAntimeridian(poly) {
  let needs = false;
  const rings = poly.map((r) => {
    const u = unwrap(r);
    if (u.jumped || r.some(([x]) => x < -180 || x > 180)) needs = true;
    if (Math.abs(u.wrap) > 180) {
      // Encloses a pole: close along the pole on the side the ring is on.
      const a = u.ring[0], b = u.ring[u.ring.length - 1];
      const endX = a[0] + u.wrap;
      const poleY = (u.ring.reduce((s, p) => s + p[1], 0) / u.ring.length) < 0 ? -90 : 90;
      const r2 = u.ring.slice();
      if (b[0] !== endX || b[1] !== a[1]) r2.push([endX, a[1]]);
      r2.push([endX, poleY], [a[0], poleY]);
      return r2;
    }
    return u.ring;
  });
  if (!needs) return [poly];
  const result = [];
  for (const dx of [-360, 0, 360]) {
    const outer = clipWorld(shift(rings[0], dx));
    if (outer.length < 3 || Math.abs(signedArea(outer)) < 1e-9) continue;
    const holes = rings.slice(1).map((h) => clipWorld(shift(h, dx)))
      .filter((h) => h.length >= 3 && Math.abs(signedArea(h)) > 1e-9);
    result.push([outer, ...holes]);
  }
  return result;
}

// Area (cos-lat corrected, for choosing the largest polygon) and planar centroid.
function polygonStats(poly) {
  let A = 0, cx = 0, cy = 0, areaCos = 0;
  poly.forEach((ring, k) => {
    let a = signedArea(ring);
    let sx = 0, sy = 0;
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const f = ring[j][0] * ring[i][1] - ring[i][0] * ring[j][1];
      sx += (ring[j][0] + ring[i][0]) * f;
      sy += (ring[j][1] + ring[i][1]) * f;
    }
    // Outer ring counts positive, holes negative, regardless of winding.
    const sgn = (k === 0 ? 1 : -1) * Math.sign(a || 1);
    A += sgn * a;
    cx += sgn * sx / 6;
    cy += sgn * sy / 6;
    const meanLat = ring.reduce((s, p) => s + p[1], 0) / ring.length;
    areaCos += (k === 0 ? 1 : -1) * Math.abs(a) * Math.cos(meanLat * Math.PI / 180);
  });
  return { area: areaCos, centroid: A !== 0 ? [cx / A, cy / A] : poly[0][0] };
}

function pointInPolygon(pt, poly) {
  let inside = false;
  for (const ring of poly) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i], [xj, yj] = ring[j];
      if ((yi > pt[1]) !== (yj > pt[1]) && pt[0] < (xj - xi) * (pt[1] - yi) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

// Move a point that lies outside the polygon to the middle of the closest
// inside span on the same latitude.
function insideLabel(pt, poly) {
  if (pointInPolygon(pt, poly)) return pt;
  const y = pt[1];
  const xs = [];
  for (const ring of poly) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i], [xj, yj] = ring[j];
      if ((yi > y) !== (yj > y)) xs.push((xj - xi) * (y - yi) / (yj - yi) + xi);
    }
  }
  xs.sort((a, b) => a - b);
  let best = null, bestDist = Infinity;
  for (let i = 0; i + 1 < xs.length; i += 2) {
    const [a, b] = [xs[i], xs[i + 1]];
    const d = pt[0] < a ? a - pt[0] : pt[0] > b ? pt[0] - b : 0;
    if (d < bestDist) { bestDist = d; best = [(a + b) / 2, y]; }
  }
  return best || pt;
}

// Round, drop consecutive duplicates, delta-encode.
function encodeRing(ring) {
  const pts = [];
  for (const [x, y] of ring) {
    const p = [Math.round(x * SCALE), Math.round(y * SCALE)];
    const q = pts[pts.length - 1];
    if (!q || q[0] !== p[0] || q[1] !== p[1]) pts.push(p);
  }
  while (pts.length > 1 && pts[0][0] === pts[pts.length - 1][0] && pts[0][1] === pts[pts.length - 1][1]) pts.pop();
  if (pts.length < 3) return null;
  const flat = [pts[0][0], pts[0][1]];
  for (let i = 1; i < pts.length; i++) flat.push(pts[i][0] - pts[i - 1][0], pts[i][1] - pts[i - 1][1]);
  return flat;
}

const r1 = (v) => Math.round(v * 10) / 10 + 0; // "+ 0" turns -0 into 0

// Drop points closer than `tol` degrees to the previous kept point; a ring
// keeps at least min(4, length) points (evenly spaced by index if thinning
// would leave fewer).
function thinRing(ring, tol) {
  const kept = [ring[0]];
  for (let i = 1; i < ring.length; i++) {
    const q = kept[kept.length - 1];
    if (Math.hypot(ring[i][0] - q[0], ring[i][1] - q[1]) >= tol) kept.push(ring[i]);
  }
  const min = Math.min(4, ring.length);
  if (kept.length >= min) return kept;
  const out = [];
  for (let k = 0; k < min; k++) out.push(ring[Math.floor((k * ring.length) / min)]);
  return out;
}

// ---- convert ----------------------------------------------------------------
const split = [], movedLabels = [], emptyCountries = [];
let droppedRings = 0;
function convertCountry(topology, code, grp, { detail, simplify } = {}) {
  const geometry = grp.objs.length > 1
    ? merge(topology, grp.objs)                   // dissolves the shared borders
    : feature(topology, grp.objs[0]).geometry;
  let polys = [];
  for (const p of polygonsOf(geometry)) {
    const open = p.map(openRing).filter((r) => r.length >= 3);
    if (!open.length) continue;
    const fixed = fixAntimeridian(open);
    if (fixed.length !== 1 || fixed[0] !== open) split.push(code);
    polys.push(...fixed);
  }
  if (simplify) polys = polys.map((p) => p.map((r) => thinRing(r, simplify)));
  if (!polys.length) { emptyCountries.push(code); return null; }
  // Label: centroid of the largest polygon (after antimeridian fix).
  let largest = null, largestArea = -Infinity;
  for (const p of polys) {
    const s = polygonStats(p);
    if (s.area > largestArea) { largestArea = s.area; largest = { poly: p, ...s }; }
  }
  let label = largest.centroid;
  const moved = insideLabel(label, largest.poly);
  if (moved !== label) {
    movedLabels.push(`${code} (${r1(label[0])},${r1(label[1])} -> ${r1(moved[0])},${r1(moved[1])})`);
    label = moved;
  }
  const encoded = [];
  for (const p of polys) {
    const outer = encodeRing(p[0]);
    if (!outer) { droppedRings += p.length; continue; }
    const rings = [outer];
    for (const h of p.slice(1)) {
      const e = encodeRing(h);
      if (e) rings.push(e); else droppedRings++;
    }
    encoded.push(rings);
  }
  if (!encoded.length) { emptyCountries.push(code); return null; }
  const entry = { code, name: grp.name };
  if (detail) entry.detail = detail;
  entry.label = [r1(label[0]), r1(label[1])];
  entry.polygons = encoded;
  return entry;
}

const byCode = (a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
const countries110 = [];
for (const [code, grp] of g110.groups) {
  const c = convertCountry(topo, code, grp);
  if (c) countries110.push(c);
}
// Countries present in 1:50m but absent from 1:110m.
const missingCodes = [...g50.groups.keys()].filter((code) => !g110.groups.has(code)).sort();

const about = `Natural Earth admin-0 countries (public domain), via the npm package world-atlas ${atlasVersion}: ` +
  'entries without a "detail" key come from countries-110m.json (1:110m); entries with "detail": "50m" are ' +
  'countries missing from the 1:110m file (small states and islands) and come from countries-50m.json (1:50m)' +
  '%SIMPLIFIED%. Converted by build-aux/convert-world-atlas.mjs. Coordinates are degrees × 100, rounded to integers, ' +
  'each ring delta-encoded after its first point. Rings are implicitly closed (the first point is not repeated); ' +
  'polygons crossing the antimeridian are split at ±180° and Antarctica is closed along -90°. ' +
  'N. Cyprus is merged into CY, Somaliland into SO; Kosovo uses XK.';

// One country per line keeps the file diff-friendly.
function render(simplify) {
  const added = [];
  for (const code of missingCodes) {
    const c = convertCountry(topo50, code, g50.groups.get(code), { detail: '50m', simplify });
    if (c) added.push(c);
  }
  const countries = [...countries110, ...added].sort(byCode);
  const note = simplify
    ? ` (their rings thinned: points closer than ${simplify}° to the previous kept point dropped, at least 4 points per ring kept)`
    : '';
  const text = '{\n' +
    `"about": ${JSON.stringify(about.replace('%SIMPLIFIED%', note))},\n` +
    `"scale": ${SCALE},\n` +
    '"countries": [\n' +
    countries.map((c) => JSON.stringify(c)).join(',\n') +
    '\n]\n}\n';
  return { text, countries, added };
}

// Snapshot the per-run logs so that a second (simplified) pass does not
// report the 1:50m entries twice.
const logMark = { split: split.length, moved: movedLabels.length, empty: emptyCountries.length, dropped: droppedRings };
let out = render(0);
let simplified = false;
if (Buffer.byteLength(out.text) > MAX_BYTES) {
  const full = Buffer.byteLength(out.text);
  split.length = logMark.split; movedLabels.length = logMark.moved;
  emptyCountries.length = logMark.empty; droppedRings = logMark.dropped;
  out = render(SIMPLIFY_DEG);
  simplified = true;
  console.log(`unsimplified output ${full} bytes > ${MAX_BYTES}: thinned 1:50m rings at ${SIMPLIFY_DEG}°`);
}
const { text, countries, added } = out;
if (Buffer.byteLength(text) > MAX_BYTES) {
  console.error(`output is ${Buffer.byteLength(text)} bytes, over the ${MAX_BYTES}-byte limit`);
  process.exit(1);
}
fs.mkdirSync(path.dirname(output), { recursive: true });
fs.writeFileSync(output, text);

console.log(`world-atlas ${atlasVersion}: ${g110.count} features (110m) -> ${countries110.length} countries; ` +
  `+ ${added.length} countries from ${g50.count} features (50m)${simplified ? ', thinned' : ''} ` +
  `= ${countries.length} countries`);
console.log(`added from 50m: ${added.map((c) => c.code).join(' ') || 'none'}`);
console.log(`merged by name (110m): ${g110.mergedByName.join(', ') || 'none'}`);
console.log(`unmapped ids (110m): ${g110.unmapped.join(', ') || 'none'}`);
console.log(`unmapped ids (50m, skipped): ${g50.unmapped.join(', ') || 'none'}`);
console.log(`split at antimeridian: ${[...new Set(split)].join(', ') || 'none'}`);
console.log(`labels moved inside: ${movedLabels.join('; ') || 'none'}`);
console.log(`rings dropped (< 3 points after rounding): ${droppedRings}`);
console.log(`countries dropped (no ring left after rounding): ${emptyCountries.join(', ') || 'none'}`);
console.log(`wrote ${output}: ${Buffer.byteLength(text)} bytes (${(Buffer.byteLength(text) / 1024).toFixed(1)} KiB)`);
