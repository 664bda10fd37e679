"""A generated corpus of short news stories, the same for a given seed.

The Spark and Dask tests need a few thousand documents, more than the tables
of real sentences hold, with quotations attributed in every way quotex reads
(a cue after the quotation or before it, a pronoun, a paragraph's subject,
none), documents without quotations, curly and straight marks, and a mark
left open. Each story is made of sentences like those of the tests' news
tables, with names, places and verbs drawn at random.
"""

from __future__ import annotations

import random

GIVEN = ["Clara", "Peter", "Maria", "Tom", "Aisha", "Jens", "Ruth", "Daniel", "Elena", "Samuel"]
FAMILY = ["Holt", "Okafor", "Lopez", "Brennan", "Nakamura", "Stoltenberg", "Weber", "Adeyemi"]
TITLES = ["Finance Minister", "Mayor", "Senator", "Dr.", "Mrs.", "Mr.", "Judge", "Chief Executive"]
VERBS = ["said", "told reporters", "added", "warned", "insisted", "explained", "admitted"]
PLACES = ["Brussels", "Lagos", "Madrid", "the capital", "Osaka", "the harbour district"]
SAYINGS = [
    "We will not raise taxes this year",
    "The bridge stays closed until it is safe",
    "Nobody in this building saw the report before Tuesday",
    "Our unity is our strength",
    "It is too early to say what caused the fire",
    "The budget is balanced, and it will stay that way",
    "I have never met him",
    "We are ready",
]
NARRATION = [
    "The council met on Monday in {place}.",
    "Prices rose again in {place} last month.",
    "The vote was postponed after a long debate.",
    "Officials in {place} declined to comment.",
    "Residents called the plan “a disgrace” at the meeting.",
]


def documents(count: int, seed: int = 2026) -> list[tuple[int, str]]:
    """``count`` stories as ``(id, text)``, ids from 1, in order."""
    draw = random.Random(seed)
    return [(ident, _story(draw)) for ident in range(1, count + 1)]


def _story(draw: random.Random) -> str:
    paragraphs = [draw.choice(NARRATION).format(place=draw.choice(PLACES))]
    for _ in range(draw.randint(0, 5)):
        paragraphs.append(_paragraph(draw))
    return "\n\n".join(paragraphs)


def _paragraph(draw: random.Random) -> str:
    name = f"{draw.choice(GIVEN)} {draw.choice(FAMILY)}"
    title = draw.choice(TITLES)
    saying = draw.choice(SAYINGS)
    verb = draw.choice(VERBS)
    pronoun = draw.choice(["he", "she"])
    opening, closing = draw.choice([("“", "”"), ('"', '"')])
    forms = [
        f"{opening}{saying},{closing} {title} {name} {verb}.",
        f"{title} {name} {verb}: {opening}{saying}.{closing}",
        f"{name} arrived in {draw.choice(PLACES)}. {opening}{saying},{closing} {pronoun} said.",
        f"{name} looked tired. {opening}{saying}.{closing}",
        f"{opening}{saying},{closing} said {name}, and left. {opening}Not now.{closing}",
        f"{opening}{saying}, the spokesman began, and the line went dead.",
        draw.choice(NARRATION).format(place=draw.choice(PLACES)),
    ]
    return draw.choice(forms)
