"""Who said it in newsroom layouts: wire copy, local papers, press releases.

Each case lists every quotation returned by default as ``(start, end,
speaker, cue, cue_lemma, rule, kind)``, as in ``test_attribution.py``. The
sentences are written for these tests, in the layouts of agency copy,
British and Irish local papers, press releases and "In their words" pages.
"""

from __future__ import annotations

import pytest

from tests.test_attribution import Row, check, xfail

DESCRIPTIONS = [
    pytest.param(
        "“Fundraising is not a problem,” said one Republican involved in the planning.",
        [(1, 30, "one Republican involved", "said", "say", "cue_after", "direct")],
        id="indefinite-one",
    ),
    pytest.param(
        "“She cut the prep time,” a former aide said.",
        [(1, 23, "a former aide", "said", "say", "cue_after", "direct")],
        id="indefinite-a",
    ),
    pytest.param(
        "“We were never told,” his wife said.",
        [(1, 20, "his wife", "said", "say", "cue_after", "direct")],
        id="possessive",
    ),
    pytest.param(
        "“We live in Satan's kingdom,” my father often said.",
        [(1, 28, "my father", "said", "say", "cue_after", "direct")],
        id="an-adverb-ends-the-description",
    ),
    pytest.param(
        "“It was all lies,” said a Trump supporter who runs the account.",
        [(1, 17, "a Trump supporter", "said", "say", "cue_after", "direct")],
        id="a-relative-clause-ends-the-description",
    ),
    pytest.param(
        "“In Syria my body was besieged,” says the 30-year-old.",
        [(1, 31, "the 30-year-old", "says", "say", "cue_after", "direct")],
        id="an-age-as-the-description",
    ),
    pytest.param(
        "“The kids do not like him,” this source told the Post.",
        [(1, 26, "this source", "told", "tell", "cue_after", "direct")],
        id="a-demonstrative-description",
    ),
    pytest.param(
        "“He is sincere,” said Clinton ally James Carville.",
        [(1, 15, "James Carville", "said", "say", "cue_after", "direct")],
        id="a-noun-in-ly-is-no-adverb",
    ),
    pytest.param(
        "“We are proud of the work,” said L2 president Ben Wills, who declined to comment.",
        [(1, 26, "Ben Wills", "said", "say", "cue_after", "direct")],
        id="a-company-written-with-a-digit-before-the-job",
    ),
    pytest.param(
        "“It is over,” said Ohio State University's Laura Lind.",
        [(1, 12, "Laura Lind", "said", "say", "cue_after", "direct")],
        id="a-possessive-name-owns-the-person-after-it",
    ),
    pytest.param(
        "“We are ready,” said Sanders' Campaign.",
        [(1, 14, "Sanders", "said", "say", "cue_after", "direct")],
        id="no-given-name-after-the-possessive",
    ),
]


@pytest.mark.parametrize(("text", "expected"), DESCRIPTIONS)
def test_a_speaker_named_only_by_a_description(text: str, expected: list[Row]) -> None:
    check(text, expected)


SIGNATURES = [
    pytest.param(
        "“The law does not allow the state to hold these men without a hearing.”\n\n"
        "– U.S. District Judge Frem Nielsen, speaking at the hearing in Spokane",
        [(1, 70, "Frem Nielsen", None, None, "signature", "direct")],
        id="dash-line-below",
    ),
    pytest.param(
        "“We lost everything.”\n— Sen. Bob Casey (D-Pa.)",
        [(1, 20, "Bob Casey", None, None, "signature", "direct")],
        id="dash-line-with-party",
    ),
    pytest.param(
        "“I will look into it.”\n\n- Hillary Clinton.",
        [(1, 21, "Hillary Clinton", None, None, "signature", "direct")],
        id="hyphen-line-with-a-full-stop",
    ),
    pytest.param(
        "In their words\n\n“I never thought the river would come this high.”\n\n"
        "Margaret Doyle, 71, retired teacher\n\n“We lost everything in the basement.”\n\n"
        "Tom Reilly, shop owner",
        [
            (17, 64, "Margaret Doyle", None, None, "signature", "direct"),
            (105, 140, "Tom Reilly", None, None, "signature", "direct"),
        ],
        id="in-their-words",
    ),
    pytest.param(
        "“Broadband is a necessity.”\n\nChapter Two\n\nThe fibre came late.",
        [(1, 26, None, None, None, None, "direct")],
        id="a-heading-below-signs-nothing",
    ),
    pytest.param(
        "“Close the door.”\n\nMary Lennox sat down by the fire.",
        [(1, 16, None, None, None, None, "direct")],
        id="a-sentence-below-signs-nothing",
    ),
    pytest.param(
        "The panel heard from two economists.\n\n“We are going to enter the next "
        "recession without a plan.”\nLena Ortiz, Institute for Fiscal Studies.\n\n"
        "The hearing ended at noon.",
        [(39, 95, "Lena Ortiz", None, None, "signature", "direct")],
        id="a-name-and-its-institute-with-a-full-stop",
    ),
    pytest.param(
        "The panel heard from two economists.\n\n“We are going to enter the next "
        "recession without a plan.”\nLena Ortiz, the economist, smiled.\n\n"
        "The hearing ended at noon.",
        [(39, 95, None, None, None, None, "direct")],
        id="a-name-an-appositive-and-a-verb-below-is-narration",
    ),
]


@pytest.mark.parametrize(("text", "expected"), SIGNATURES)
def test_a_signature_on_the_line_below(text: str, expected: list[Row]) -> None:
    check(text, expected)


JOB_TITLES = [
    pytest.param(
        "“We will win Ohio,” said Clinton campaign manager Robby Mook.",
        [(1, 18, "Robby Mook", "said", "say", "cue_after", "direct")],
        id="cue-then-job-then-name",
    ),
    pytest.param(
        "“The map favours us,” said Republican strategist Ryan Williams, a veteran of two"
        " campaigns.",
        [(1, 20, "Ryan Williams", "said", "say", "cue_after", "direct")],
        id="party-job-name",
    ),
    pytest.param(
        "“We open at nine,” said Smith on Monday.",
        [(1, 17, "Smith", "said", "say", "cue_after", "direct")],
        id="a-preposition-is-no-job",
    ),
    pytest.param(
        "VP of Business Development, Jamie Michael, commented, “We are thrilled to open our"
        " doors in Dayton.”",
        [(55, 99, "Jamie Michael", "commented", "comment", "cue_before", "direct")],
        id="job-then-name-in-commas",
    ),
    pytest.param(
        "Alex Potteiger, Area Operations Manager and an Atlanta native said, “This city gave"
        " me my start.”",
        [(69, 96, "Alex Potteiger", "said", "say", "cue_before", "direct")],
        id="name-then-job-the-cue-closes",
    ),
    pytest.param(
        "Sen. Maria Lopez, chair of the finance committee said, “The budget is late.”",
        [(56, 75, "Maria Lopez", "said", "say", "cue_before", "direct")],
        id="title-and-name-then-job-the-cue-closes",
    ),
    pytest.param(
        "Anne Booth, head of surgery at the county hospital has also said, “We need more nurses.”",
        [(67, 87, "Anne Booth", "said", "say", "cue_before", "direct")],
        id="name-then-job-then-auxiliary-and-adverb",
    ),
    pytest.param(
        "The leader of the union, Mary Kerr, told reporters: “We will strike.”",
        [(53, 68, "Mary Kerr", "told", "tell", "cue_before", "direct")],
        id="description-then-name-in-commas",
    ),
    pytest.param(
        "Nevertheless, the minister said: “We will wait.”",
        [(34, 47, "the minister", "said", "say", "cue_before", "direct")],
        id="an-opening-adverb-is-no-name",
    ),
]


@pytest.mark.parametrize(("text", "expected"), JOB_TITLES)
def test_a_job_title_with_the_name(text: str, expected: list[Row]) -> None:
    check(text, expected)


OFFICE_TITLES = [
    pytest.param(
        "“We will not back down,” said former Secretary of State Madeleine Albright.",
        [(1, 23, "Madeleine Albright", "said", "say", "cue_after", "direct")],
        id="title-of-office-then-name",
    ),
    pytest.param(
        "Secretary of Defense Robert Gates told reporters: “The strikes will go on.”",
        [(51, 74, "Robert Gates", "told", "tell", "cue_before", "direct")],
        id="title-of-office-opens-the-sentence",
    ),
    pytest.param(
        "“The plan is sound,” said Chairman of the Joint Chiefs Martin Dempsey.",
        [(1, 19, "Martin Dempsey", "said", "say", "cue_after", "direct")],
        id="title-of-the-office",
    ),
    pytest.param(
        "“It is not going to be easy,” said Representative Peter T. King of New York.",
        [(1, 28, "Peter T. King", "said", "say", "cue_after", "direct")],
        id="a-surname-that-is-a-title-links-no-office",
    ),
    pytest.param(
        "Senator Lindsey Graham, Republican of South Carolina, said: “He has erred.”",
        [(61, 74, "Lindsey Graham", "said", "say", "cue_before", "direct")],
        id="a-party-and-state-in-commas-is-no-office",
    ),
    pytest.param(
        "The newsroom is run by Martin Baron. “We will keep digging,” said Baron.",
        [(38, 59, "Martin Baron", "said", "say", "cue_after", "direct")],
        id="a-title-word-after-a-given-name-is-the-surname",
    ),
]


@pytest.mark.parametrize(("text", "expected"), OFFICE_TITLES)
def test_a_title_that_names_its_office(text: str, expected: list[Row]) -> None:
    check(text, expected)


LOCAL_PAPERS = [
    pytest.param(
        "Landlord Brian Adams said the pub would close in May.\n\n"
        "“It breaks my heart,” Mr Adams said.",
        [(56, 75, "Brian Adams", "said", "say", "cue_after", "direct")],
        id="job-opening-the-sentence-is-no-given-name",
    ),
    pytest.param(
        "Alderman Maurice Devenney, who chairs the policing committee, said the council had"
        " failed residents.\n\n“People are frightened to leave their homes after dark,” he said.",
        [(103, 157, "Maurice Devenney", "said", "say", "cue_after", "direct")],
        id="alderman-then-he",
    ),
    pytest.param(
        "Emily Roy has run the bakery for ten years.\n\n“We bake every loaf by hand,” Roy said.",
        [(46, 73, "Emily Roy", "said", "say", "cue_after", "direct")],
        id="surname-that-is-also-a-given-name",
    ),
    pytest.param(
        "Hillary Clinton said she would campaign in Ohio. Clinton told her aides she was"
        " ready, and Clinton said she expected a long night.\n\nHer husband, former"
        " President Bill Clinton, stayed in New York.\n\n“We will win,” Clinton said.",
        [(198, 210, "Clinton", "said", "say", "cue_after", "direct")],
        id="two-people-share-the-surname",
    ),
    pytest.param(
        "The sheriff described the scene as “an ongoing, fluid situation.” Police said they"
        " were searching the woods.",
        [(36, 64, "The sheriff", "described", "describe", "cue_before", "mixed")],
        id="no-frame-from-the-next-sentence",
    ),
    pytest.param(
        "The village remembers him.\n\n'Quiet and modest'\n\nNeighbours said he kept to himself.",
        [],
        id="subhead-in-single-marks",
    ),
]


@pytest.mark.parametrize(("text", "expected"), LOCAL_PAPERS)
def test_local_paper_styles(text: str, expected: list[Row]) -> None:
    check(text, expected)


COLON_FRAMES = [
    pytest.param(
        "Clinton has since apologized for what happened: “Yes, I should have used two accounts.”",
        [(49, 86, "Clinton", None, None, "colon", "direct")],
        id="subject-verb-colon",
    ),
    pytest.param(
        "The report ends with a warning: “Act now.”",
        [(33, 41, None, None, None, None, "direct")],
        id="no-name-opens-the-sentence",
    ),
    pytest.param(
        'Ann Lee said the plant would stay open: "Once winter comes, it will close," '
        "Tom Reyes predicted.",
        [(41, 74, "Tom Reyes", "predicted", "predict", "cue_after", "direct")],
        id="a-clause-with-an-auxiliary-before-the-colon-leads-into-nothing",
    ),
    pytest.param(
        'Ann Lee said on Monday: "Once winter comes, it will close," she added later.',
        [(25, 58, "Ann Lee", "said", "say", "cue_before", "direct")],
        id="a-cue-and-an-adverbial-lead-in",
    ),
    pytest.param(
        "The mayor spoke on Tuesday. The mayor noted that she grew up here, and added: "
        "“I know these streets.”",
        [(79, 100, "The mayor", "added", "add", "cue_before", "direct")],
        id="a-description-opens-the-sentence-of-a-second-verb",
    ),
    pytest.param(
        "Kerpen needled the station's “reporter,” saying, “A reporter who tweets on request!”",
        [(50, 83, "Kerpen", "saying", "say", "cue_before", "direct")],
        id="a-participle-past-a-word-in-quotation-marks",
    ),
    pytest.param(
        "Trump called it “a disaster,” adding, “We will fix it.”",
        [
            (17, 28, "Trump", "called", "call", "cue_before", "mixed"),
            (39, 54, "Trump", "adding", "add", "cue_before", "direct"),
        ],
        id="a-participle-past-a-woven-quotation",
    ),
    pytest.param(
        "As the chief executive, Jeff Weiner, put it in his memo to employees explaining "
        'the deal, "Imagine a world of partners."',
        [(91, 119, "Jeff Weiner", None, None, "paragraph_subject", "direct")],
        id="a-participle-has-no-inverted-subject",
    ),
    pytest.param(
        "Freddy circled the trawler as his friends jeered, “Goodbye!”",
        [(51, 59, "his friends", "jeered", "jeer", "cue_before", "direct")],
        id="jeered-is-a-cue",
    ),
    pytest.param(
        "“Is this profiling?” reacted Omar Hale.",
        [(1, 19, "Omar Hale", "reacted", "react", "cue_after", "direct")],
        id="reacted-is-a-cue",
    ),
]


@pytest.mark.parametrize(("text", "expected"), COLON_FRAMES)
def test_a_sentence_that_leads_in_with_a_colon(text: str, expected: list[Row]) -> None:
    check(text, expected)


PARTICIPLE_CUES = [
    pytest.param(
        "Earlier in the day, Mayor Ruth Okafor criticised the council for its budget "
        "vote, saying, “We cannot close libraries to pay for parking.”",
        [(91, 136, "Ruth Okafor", "saying", "say", "cue_before", "direct")],
        id="subject-after-an-adverbial-opening",
    ),
    pytest.param(
        "The two leaders will meet on Friday, Hanley said, adding, “Nothing is off the table.”",
        [(59, 84, "Hanley", "adding", "add", "cue_before", "direct")],
        id="subject-of-the-cue-before",
    ),
    pytest.param(
        "Dana Whitfield endorsed the senator at a rally in Dayton, telling the crowd, "
        "“She is the fighter we need.”",
        [(78, 105, "Dana Whitfield", "telling", "tell", "cue_before", "direct")],
        id="not-the-place-before-the-comma",
    ),
    pytest.param(
        "And then Okafor went on the attack, saying, “The council has failed this city.”",
        [(45, 78, "Okafor", "saying", "say", "cue_before", "direct")],
        id="past-the-connectives",
    ),
    pytest.param(
        "Outside the courthouse, Kevin Marsh thanked the jury, saying: “Justice was done today.”",
        [(63, 86, "Kevin Marsh", "saying", "say", "cue_before", "direct")],
        id="a-preposition-opens-the-sentence",
    ),
    pytest.param(
        "Protesters held up a banner saying “Hands off our parks.”",
        [(36, 56, "a banner", "saying", "say", "cue_before", "direct")],
        id="no-comma-the-noun-before-says-it",
    ),
    pytest.param(
        "Jo Marsh, chair of the residents' group, wrote to the council on Monday, "
        "saying: “We were never asked.”",
        [(82, 102, "Jo Marsh", "saying", "say", "cue_before", "direct")],
        id="a-name-and-its-appositive-open-the-clause",
    ),
    pytest.param(
        "Ms. Reyes, citing “the worst budget in years,” said the cuts would hurt.",
        [(19, 45, "Ms. Reyes", "citing", "cite", "cue_before", "mixed")],
        id="the-subject-alone-before-the-comma",
    ),
    pytest.param(
        "The mayor took the stage at the town hall on Main Street, saying: “We are ready.”",
        [(67, 80, None, None, None, None, "direct")],
        id="the-object-before-the-comma-is-no-subject",
    ),
]


@pytest.mark.parametrize(("text", "expected"), PARTICIPLE_CUES)
def test_a_participle_carries_on_the_clause_before(text: str, expected: list[Row]) -> None:
    check(text, expected)


WHO_IS_MEANT = [
    pytest.param(
        "“We are treating the month as one long election day,” said Rubio’s deputy "
        "campaign manager, Rich Beeson, who ran the ground game.",
        [(1, 52, "Rich Beeson", "said", "say", "cue_after", "direct")],
        id="a-possessive-opens-the-description-before-the-name",
    ),
    pytest.param(
        "At a town hall, a young woman asked Mrs. Clinton about the claims. "
        "“Should we believe them?” the woman said.",
        [(68, 91, "the woman", "said", "say", "cue_after", "direct")],
        id="the-woman-brought-in-unnamed",
    ),
    pytest.param(
        "The mayor spoke to Tom Reyes after the vote. “It was a fair fight,” the man said.",
        [(46, 66, "the man", "said", "say", "cue_after", "direct")],
        id="the-man-is-not-the-man-last-named",
    ),
    pytest.param(
        "John Dickey, the chief executive of Ora Media -- the company that owns the "
        "programme, which also streams online -- told me, “We are a content provider.”",
        [(125, 151, "John Dickey", "told", "tell", "cue_before", "direct")],
        id="an-aside-between-dashes-before-the-cue",
    ),
    pytest.param(
        "The small home is a museum now. Said Dorothy Poynter, who grew up on the "
        "street, “We were all so proud of him.”",
        [(82, 110, "Dorothy Poynter", "Said", "say", "cue_before", "direct")],
        id="an-inverted-cue-and-a-relative-clause",
    ),
    pytest.param(
        "Hillary Clinton spoke first. Bill Clinton spoke later. “We are ready,” Mrs. Clinton said.",
        [(56, 69, "Mrs. Clinton", "said", "say", "cue_after", "direct")],
        id="a-surname-two-people-share-stays-as-written",
    ),
    pytest.param(
        "Hillary Clinton spoke first in Ohio. “We are ready,” Clinton said.",
        [(38, 51, "Hillary Clinton", "said", "say", "cue_after", "direct")],
        id="a-surname-one-person-has-is-made-full",
    ),
]


@pytest.mark.parametrize(("text", "expected"), WHO_IS_MEANT)
def test_who_a_mention_means(text: str, expected: list[Row]) -> None:
    check(text, expected)


PARTIES_AND_POSSESSIVES = [
    pytest.param(
        "“It is a dog whistle,” Rep. Gwen Moore (D-Wis.) said Friday.",
        [(1, 21, "Gwen Moore", "said", "say", "cue_after", "direct")],
        id="a-party-after-the-subject",
    ),
    pytest.param(
        "Sen. David Perdue (R-Ga.) said: “We are not concerned.”",
        [(33, 54, "David Perdue", "said", "say", "cue_before", "direct")],
        id="a-party-before-the-cue",
    ),
    pytest.param(
        "“The attacks draw us all together,” Ms. Merkel's spokesman, Steffen Seibert, "
        "wrote on Twitter.",
        [(1, 34, "Steffen Seibert", "wrote", "write", "cue_after", "direct")],
        id="a-possessive-description-before-the-subject",
    ),
    pytest.param(
        "“We are ready,” said Clinton’s top foreign policy aide Jake Sullivan.",
        [(1, 14, "Jake Sullivan", "said", "say", "cue_after", "direct")],
        id="a-possessive-job-before-the-name",
    ),
    pytest.param(
        "“That is 60 electoral votes,” Mr. King said. “That is the ball game.”",
        [
            (1, 28, "Mr. King", "said", "say", "cue_after", "direct"),
            (46, 68, "Mr. King", None, None, "same_paragraph", "direct"),
        ],
        id="a-title-word-as-a-surname",
    ),
    pytest.param(
        "“We are ready,” said Clinton’s aide.",
        [(1, 14, "Clinton", "said", "say", "cue_after", "direct")],
        id="a-possessive-job-and-no-name",
    ),
]


@pytest.mark.parametrize(("text", "expected"), PARTIES_AND_POSSESSIVES)
def test_parties_and_possessives_around_a_name(text: str, expected: list[Row]) -> None:
    check(text, expected)


OBJECTS_AND_APPOSITIVES = [
    pytest.param(
        "Priebus later on Thursday told Fox News: “Both men are meeting next week.”",
        [(42, 73, "Priebus", "told", "tell", "cue_before", "direct")],
        id="the-one-told-is-no-inverted-subject",
    ),
    pytest.param(
        "But, asked Solovey, “why wait?”",
        [(21, 30, "Solovey", "asked", "ask", "cue_before", "direct")],
        id="an-inverted-cue-after-a-joining-word",
    ),
    pytest.param(
        "Anthony Anton, president and chief executive of Washington Restaurant "
        "Association stated, “It is a math problem.”",
        [(91, 112, "Anthony Anton", "stated", "state", "cue_before", "direct")],
        id="a-name-inside-the-appositive-is-no-subject",
    ),
    pytest.param(
        "“It was her constituency,” in the 2008 primary, said Ohio State University "
        "professor Paul Beck.",
        [(1, 25, "Paul Beck", "said", "say", "cue_after", "direct")],
        id="an-adverbial-before-the-cue-and-the-name-after-it",
    ),
    pytest.param(
        "In his new book, “Doomed to Succeed,” and in an interview, Mr. Ross said "
        "the talks had failed.",
        [],
        id="a-title-with-no-frame-after-it",
    ),
    pytest.param(
        "“It would have been fairer,” the White House press secretary, Josh Earnest, said.",
        [(1, 27, "Josh Earnest", "said", "say", "cue_after", "direct")],
        id="a-description-then-the-name",
    ),
    pytest.param(
        "“This is the same attack,” Clinton press secretary Brian Fallon said on Monday.",
        [(1, 25, "Brian Fallon", "said", "say", "cue_after", "direct")],
        id="a-cue-word-before-a-job-names-its-field",
    ),
    pytest.param(
        "“We will not stop,” the protesters press on.",
        [(1, 18, "the protesters", "press", "press", "cue_after", "direct")],
        id="a-cue-word-before-no-job-is-a-verb",
    ),
]


@pytest.mark.parametrize(("text", "expected"), OBJECTS_AND_APPOSITIVES)
def test_objects_and_appositives_around_a_cue(text: str, expected: list[Row]) -> None:
    check(text, expected)


PREPOSITION_OBJECTS = [
    pytest.param(
        "Paul Thiel wrote in a statement to Wired explaining his choice, “Most people "
        "are uncertain.”",
        [(65, 91, "Paul Thiel", "explaining", "explain", "cue_before", "direct")],
        id="the-one-written-to-is-no-subject",
    ),
    pytest.param(
        "Protesters marching through the streets chanted “What curfew?” until dawn.",
        [(49, 61, "Protesters", "chanted", "chant", "cue_before", "direct")],
        id="the-place-walked-through-is-no-subject",
    ),
    pytest.param(
        "Sanders and Coe traded the lead. Ann Coe claimed victory in a tweet, saying: "
        "“We just won Kentucky!”",
        [(78, 99, "Ann Coe", "saying", "say", "cue_before", "direct")],
        id="a-cue-read-in-a-noun-leaves-the-clause-subject",
    ),
    pytest.param(
        "A spokesman for the ministry said: “No talks are planned.”",
        [(36, 57, "A spokesman", "said", "say", "cue_before", "direct")],
        id="the-description-before-for-and-its-object",
    ),
    pytest.param(
        "A spokeswoman for Clinton said, “The senator will not attend.”",
        [(33, 61, "A spokeswoman", "said", "say", "cue_before", "direct")],
        id="a-name-after-for-is-no-subject",
    ),
    pytest.param(
        "Mary was silent for a while, for she said, “Nothing matters now.”",
        [(44, 64, "Mary", "said", "say", "cue_before", "direct")],
        id="for-before-she-joins-a-clause",
    ),
    pytest.param(
        "When pressed, the mother of the boy replied, “He was at home.”",
        [(46, 61, "the mother", "replied", "reply", "cue_before", "direct")],
        id="a-description-before-of-after-an-opening-phrase",
    ),
    pytest.param(
        "“He was at home,” the head of the school said.",
        [(1, 16, "the head", "said", "say", "cue_after", "direct")],
        id="a-description-before-of-in-the-gap",
    ),
    pytest.param(
        "Of the governor, Levine, who has given money to his rival, said, “He is flat-out scary.”",
        [(66, 87, "Levine", "said", "say", "cue_before", "direct")],
        id="an-opening-phrase-of-of",
    ),
    pytest.param(
        "Appearing before cheering supporters on Monday, Ana Ruiz, 70, said it was too "
        "early but added, “You all have an idea of the results.”",
        [(96, 132, "Ana Ruiz", "added", "add", "cue_before", "direct")],
        id="the-subject-after-an-opening-participle-phrase",
    ),
    pytest.param(
        "Fielding looked at her, and said, “I think so.”",
        [(35, 46, "Fielding", "said", "say", "cue_before", "direct")],
        id="a-name-ending-in-ing-opens-its-sentence",
    ),
    pytest.param(
        "“Her mind is shot,” the presumptive Republican presidential nominee wrote.",
        [
            (
                1,
                18,
                "the presumptive Republican presidential nominee",
                "wrote",
                "write",
                "cue_after",
                "direct",
            )
        ],
        id="a-description-of-four-words",
    ),
    pytest.param(
        "The mayor took questions after the vote.\n\nTom Reyes: “Will you run again?”\n\n"
        "Mayor Ann Lee: “Not this time.”\n\nReyes: “Why not?”\n\nLee: “My family comes first.”",
        [
            (54, 73, "Tom Reyes", None, None, "colon", "direct"),
            (92, 106, "Ann Lee", None, None, "colon", "direct"),
            (117, 125, "Tom Reyes", None, None, "colon", "direct"),
            (134, 156, "Ann Lee", None, None, "colon", "direct"),
        ],
        id="questions-and-answers-by-name",
    ),
    pytest.param(
        "Councillor Mary Hanafin said: “We will not close the library.”",
        [(31, 61, "Mary Hanafin", "said", "say", "cue_before", "direct")],
        id="councillor-before-the-name",
    ),
    pytest.param(
        "In a statement, Brian Fallon, a spokesman for the campaign, said: "
        "“We have cooperated from the start.”",
        [(67, 101, "Brian Fallon", "said", "say", "cue_before", "direct")],
        id="the-subject-after-an-opening-phrase-with-an-object",
    ),
    pytest.param(
        "At his cookout, the band leader called the guests to the stage, singing “It is our time.”",
        [(73, 88, None, None, None, None, "direct")],
        id="a-clause-after-an-object-is-no-appositive",
    ),
    pytest.param(
        "On Tuesday, Senator Ada Price deflected questions about the nominee before "
        "saying, “We will see.”",
        [(84, 96, "Ada Price", "saying", "say", "cue_before", "direct")],
        id="the-subject-after-an-opening-phrase-of-a-preposition",
    ),
    pytest.param(
        # no frame is read; the paragraph names Emma besides the one told
        "While he talked to Ann, however, Emma found a chance of saying, “Come.”",
        [(65, 70, "Emma", None, None, "paragraph_subject", "direct")],
        id="not-the-subject-of-an-opening-clause",
    ),
    pytest.param(
        "An early post quoted the mayor as saying “We will rebuild.”",
        [(42, 58, "An early post", "saying", "say", "cue_before", "direct")],
        id="a-description-before-a-verb-in-the-past",
    ),
    pytest.param(
        "Her campaign quickly blasted out an email to supporters stating, “We are ready.”",
        [(66, 79, "Her campaign", "stating", "state", "cue_before", "direct")],
        id="a-description-an-adverb-and-a-verb-in-the-past",
    ),
    pytest.param(
        "“Will he run again?” a Democratic staffer in the room wondered.",
        [(1, 19, "a Democratic staffer", "wondered", "wonder", "cue_after", "direct")],
        id="a-description-before-a-preposition-after",
    ),
    pytest.param(
        "Another intelligence source speaking to Fox News said, “The agents are looking.”",
        [(56, 79, "Another intelligence source", "said", "say", "cue_before", "direct")],
        id="a-description-and-a-participle-before-a-preposition",
    ),
    pytest.param(
        "The long radio spot ends with a narrator saying: “Vote no.”",
        [(50, 58, "a narrator", "saying", "say", "cue_before", "direct")],
        id="a-longer-description-would-take-in-a-verb",
    ),
    pytest.param(
        "The spot ends with a narrator saying: “Vote no.”",
        [(39, 47, "a narrator", "saying", "say", "cue_before", "direct")],
        id="a-verb-read-as-the-second-word-of-a-description",
        marks=xfail("“ends” is read as a noun: the speaker is “The spot ends”"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), PREPOSITION_OBJECTS)
def test_objects_of_prepositions_and_long_descriptions(text: str, expected: list[Row]) -> None:
    check(text, expected)


GLUED_TO_THE_NAME = [
    pytest.param(
        "Senior Vice President for Global Affairs and Communications Jane Adams said: "
        "“We will appeal.”",
        [(78, 93, "Jane Adams", "said", "say", "cue_before", "direct")],
        id="the-end-of-a-long-office-before-the-given-name",
    ),
    pytest.param(
        "“We checked the figures twice,” said Reuters Tom Reilly.",
        [(1, 30, "Tom Reilly", "said", "say", "cue_after", "direct")],
        id="a-company-before-the-given-name",
    ),
    pytest.param(
        "“It was a long night,” BBC Breakfast co-Anchor Sally Reed said.",
        [(1, 21, "Sally Reed", "said", "say", "cue_after", "direct")],
        id="a-title-after-a-hyphenated-prefix",
    ),
    pytest.param(
        "The statement came from Herald Editor-in-Chief Martin Byrne.\n\n"
        "“We stand by the story,” said Byrne.",
        [(63, 85, "Martin Byrne", "said", "say", "cue_after", "direct")],
        id="a-hyphenated-title-lets-the-surname-be-made-full",
    ),
    pytest.param(
        "“The strike is over,” said Transport Workers Union Secretary-Treasurer Ann Kelly.",
        [(1, 20, "Ann Kelly", "said", "say", "cue_after", "direct")],
        id="two-titles-joined-by-a-hyphen",
    ),
    pytest.param(
        "“We will appeal,” said Jones-Bishop, the club’s lawyer.",
        [(1, 16, "Jones-Bishop", "said", "say", "cue_after", "direct")],
        id="a-double-surname-with-a-title-in-it-stays",
    ),
    pytest.param(
        "“Costs rose,” said Pfizer chief executive Ian Read.",
        [(1, 12, "Ian Read", "said", "say", "cue_after", "direct")],
        id="a-surname-that-is-a-cue-ends-the-name",
    ),
    pytest.param(
        "Roger Kell spoke on the radio on Monday.\n\nStated Kell:\n\n“The stakes are so high.”",
        [(57, 80, "Roger Kell", None, None, "colon", "direct")],
        id="an-inverted-cue-before-the-colon",
    ),
    pytest.param(
        "“The talks will go on,” said White House press secretary Tom Reilly.",
        [(1, 22, "Tom Reilly", "said", "say", "cue_after", "direct")],
        id="a-capitalised-body-before-the-job-after-the-cue",
    ),
    pytest.param(
        "“The talks will go on,” said State Department spokeswoman Ann Kelly.",
        [(1, 22, "Ann Kelly", "said", "say", "cue_after", "direct")],
        id="a-body-whose-first-word-is-a-cue-before-the-job",
    ),
]


@pytest.mark.parametrize(("text", "expected"), GLUED_TO_THE_NAME)
def test_words_glued_to_the_name(text: str, expected: list[Row]) -> None:
    check(text, expected)


JOBS_BEFORE_A_SUBJECT = [
    pytest.param(
        "Democratic strategist Tom Reilly took to Twitter, writing: “Another broken promise.”",
        [(60, 83, "Tom Reilly", "writing", "write", "cue_before", "direct")],
        id="a-party-and-a-job-before-the-subject-of-a-participle",
    ),
    pytest.param(
        "Republican county chairman Ann Kelly issued a statement: "
        "“Our prayers are with the families.”",
        [(58, 92, "Ann Kelly", None, None, "colon", "direct")],
        id="a-party-and-a-job-before-the-subject-of-a-colon",
    ),
    pytest.param(
        "Senate Majority Leader Ann Kelly delivered a blunt message to Tom Reilly: "
        "“It is time to stop.”",
        [(75, 94, "Ann Kelly", None, None, "colon", "direct")],
        id="the-name-before-the-colon-is-an-object",
    ),
    pytest.param(
        "The editor I was talking to, Tim Reyes, interrupted me to announce, "
        "“There goes the franchise.”",
        [(69, 94, "Tim Reyes", None, None, "paragraph_subject", "direct")],
        id="a-job-before-a-pronoun-is-no-description",
    ),
    pytest.param(
        "In a statement released Thursday, Rep. Ann Kelly (D-N.Y.) reacted to the verdict, "
        "saying: “This is a dark day.”",
        [(91, 110, "Ann Kelly", "saying", "say", "cue_before", "direct")],
        id="a-party-after-the-subject-the-participle-carries-on",
    ),
    pytest.param(
        "The Evening Herald reported on its front page, quoting: “The pier will close.”",
        [(57, 77, "The Evening Herald", "quoting", "quote", "cue_before", "direct")],
        id="a-paper-named-with-its-article-opens-the-sentence",
    ),
    pytest.param(
        "The Florida senator told the crowd: “We will win.”",
        [(37, 49, "The Florida senator", "told", "tell", "cue_before", "direct")],
        id="an-article-and-one-capital-is-a-description",
    ),
]


@pytest.mark.parametrize(("text", "expected"), JOBS_BEFORE_A_SUBJECT)
def test_a_job_before_the_subject_of_a_sentence(text: str, expected: list[Row]) -> None:
    check(text, expected)


FRAME_IN_THE_SENTENCE_BEFORE = [
    pytest.param(
        "Tom Reyes met the envoy on Monday.\n\nThe council may wait while Mayor Ann Lowe "
        "talks to the unions, Tom Reilly said. “The other factor is the election.”",
        [(117, 150, "Tom Reilly", None, None, "narration_before", "direct")],
        id="a-cue-closes-the-sentence-before-the-quotation",
    ),
    pytest.param(
        "“It is a sad day,” Ada Price told reporters. “This is what the culture "
        "breeds.” Tom Reyes said he would have fired him.",
        [
            (1, 17, "Ada Price", "told", "tell", "cue_after", "direct"),
            (46, 78, "Ada Price", None, None, "same_paragraph", "direct"),
        ],
        id="the-next-sentence-reports-someone-else",
    ),
    pytest.param(
        "“We are done here.” Tom Reyes said on Tuesday.",
        [(1, 18, "Tom Reyes", "said", "say", "cue_after", "direct")],
        id="an-adverbial-after-the-cue-keeps-the-frame",
    ),
]


@pytest.mark.parametrize(("text", "expected"), FRAME_IN_THE_SENTENCE_BEFORE)
def test_a_frame_that_closes_the_sentence_before(text: str, expected: list[Row]) -> None:
    check(text, expected)
