"""Renames the corpus states, found as alias candidates and shown by ``briefbot aliases suggest``."""

from __future__ import annotations

import tomllib

import pytest

from index.aliases import name_words, parse_aliases
from index.renames import find_renames, other_names, suggest
from tests.cli_runner import run
from tests.conftest import write


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "The Harbour Trust, formerly the Port Board of Velm, raised its fees.",
            ("Harbour Trust", "Port Board of Velm"),
        ),
        (
            "Observers met the Upland Front, formerly known as the Hill Defence Units, on Monday.",
            ("Upland Front", "Hill Defence Units"),
        ),
        (
            "The militia, then the River Brigade and now called the Delta Command, withdrew.",
            ("River Brigade", "Delta Command"),
        ),
        (
            "Fighters of the Marsh Legion, which renamed itself the Reed Army in May, held the bridge.",
            ("Marsh Legion", "Reed Army"),
        ),
        (
            "Grain came through Lorn Mills, which was called the Lorn Cooperative until 2019.",
            ("Lorn Mills", "Lorn Cooperative"),
        ),
        ("The Office for Water Safety (OWS) published the figures.", ("Office for Water Safety", "OWS")),
        (
            "The Hill Army, which used to call itself the Moro Patriotic Front, holds the passes.",
            ("Hill Army", "Moro Patriotic Front"),
        ),
        (
            "The Marsh Legion, which since May goes by the name Reed Army, held the bridge.",
            ("Marsh Legion", "Reed Army"),
        ),
        (
            "Lorn Mills, which many will remember as the Lorn Cooperative, cut its prices.",
            ("Lorn Mills", "Lorn Cooperative"),
        ),
        ("Talks with the Reed Army, or RA, resumed.", ("Reed Army", "RA")),
        (
            "They were held by the Marsh Legion – the group that rebranded itself in 2020 as the Reed Army.",
            ("Marsh Legion", "Reed Army"),
        ),
        (
            "Talks with the Velm Dock Union – the VDU, or the Porters' Guild as many still call it – resumed.",
            ("VDU", "Porters' Guild"),
        ),
        (
            "The buyer, Velm Docks (VD) – which traded as Lorn Mills until 2014 – paid cash.",
            ("Velm Docks", "Lorn Mills"),
        ),
        ("Transport for Velm (TfV) shut the bridge.", ("Transport for Velm", "TfV")),
        (
            "Engineers at the Velm Road Agency, which until 2021 was the Highways Board, inspected the bridge.",
            ("Velm Road Agency", "Highways Board"),
        ),
        (
            "Pellmark – it used to be Orrin Chemicals before the merger – declined to comment.",
            ("Pellmark", "Orrin Chemicals"),
        ),
        (
            "Dockways used to be the Harbour Works Department, like the rest of the port.",
            ("Dockways", "Harbour Works Department"),
        ),
        (
            "The notice went out through the Coastal Safety Office – what used to be the Lighthouse Service.",
            ("Coastal Safety Office", "Lighthouse Service"),
        ),
        (
            "The Velm Pensions Agency pays state pensions. It was formerly the National Annuities Board.",
            ("Velm Pensions Agency", "National Annuities Board"),
        ),
        (
            "Statistics Velm is the national statistics office. It was known as the Census Bureau until 2020.",
            ("Statistics Velm", "Census Bureau"),
        ),
        (
            "Exports rose, said the Velm Grain Council. The council, which renamed itself in 2024 (it used to be the"
            " Millers' Union), expects more.",
            ("Velm Grain Council", "Millers' Union"),
        ),
        (
            "| Official name | Also called |\n| --- | --- |\n| Velm Port Authority | VPA; formerly the Harbour Board |",
            ("Velm Port Authority", "VPA"),
        ),
        ("The ship, run by Orrin Bulk (the former Velm Grain Lines), sailed.", ("Orrin Bulk", "Velm Grain Lines")),
        ("Pellmark Water, previously Tessel Hydro, was left out.", ("Pellmark Water", "Tessel Hydro")),
        (
            "- **Orrin Copper Plc**, the former state miner Velm Consolidated Mines, was sold in 1998.",
            ("Orrin Copper Plc", "Velm Consolidated Mines"),
        ),
        ("The Port Trust (now the Harbour Authority) agreed.", ("Port Trust", "Harbour Authority")),
        (
            "The firm, officially Velm Water but still known to many as the Waterworks Company, chose a bidder.",
            ("Velm Water", "Waterworks Company"),
        ),
        ("Talks with the Reed Army, also known as the Marsh Legion, resumed.", ("Reed Army", "Marsh Legion")),
        (
            "The Velm Seed Store keeps 9,000 samples. Until 2018 it was known as the Crop Heritage Centre.",
            ("Velm Seed Store", "Crop Heritage Centre"),
        ),
        (
            "It was once the Crop Heritage Centre, and many growers still refer to it as the CHC.",
            ("Crop Heritage Centre", "CHC"),
        ),
        (
            "Our first step is the Tarn Basin Council. The Council – some of you still call it the Lake Board –"
            " meets on Friday.",
            ("Tarn Basin Council", "Lake Board"),
        ),
        (
            "The first crew from Velm Mountain Rescue – many still call it the Peak Patrol – reached the cabin.",
            ("Velm Mountain Rescue", "Peak Patrol"),
        ),
        ("Orrin & Vale, which renamed itself Orvale in 2020, paid first.", ("Orrin & Vale", "Orvale")),
        (
            "The printer, Lorn Press, formerly the State Print Works Branch No. 4, used an old file.",
            ("Lorn Press", "State Print Works Branch No. 4"),
        ),
        (
            "Said Commissioner Ana Roos of the Velm Fire Service, the agency that until 2020 was called the"
            " Fire Board.",
            ("Velm Fire Service", "Fire Board"),
        ),
        (
            "The panel will hear from the Secretary-General of the Velm Maritime Organization (VMO).",
            ("Velm Maritime Organization", "VMO"),
        ),
        (
            "He reminded Council that the bus agency, formerly the Velm Omnibus Department, was renamed Velm Buses.",
            ("Velm Omnibus Department", "Velm Buses"),
        ),
    ],
)
def test_a_stated_rename_links_the_two_names(text, pair):
    found = [(rename.first, rename.second) for rename in find_renames(text, "a.md")]
    assert pair in found or pair[::-1] in found, found
    renames = find_renames(text, "a.md")
    assert all(rename.evidence in " ".join(text.split()) and rename.where == "a.md" for rename in renames)
    assert any(pair[0] in rename.evidence and pair[1] in rename.evidence for rename in renames), "says both names"


def test_sentences_without_a_rename_give_nothing():
    text = "The Harbour Trust raised its fees. In May the River Brigade withdrew. I called the Delta Command."
    assert find_renames(text) == []
    assert find_renames("Talks with the Reed Army, or UN officials, resumed. Ask Reed Army or Lorn Mills.") == []
    blamed = "The Velmish government has been pointing at the group that calls itself Grey Hand."
    assert find_renames(blamed) == [], "a name used as an adjective far from the cue is not the one renamed"
    owner = "Dock chief Anna Roos – whose company traded as Velm Docks (VD) until 2019 – spoke first."
    assert [(r.first, r.second) for r in find_renames(owner)] == [("Velm Docks", "VD")], "her company's name, not hers"
    post = "Anna Roos used to be the Director of Harbours. Tomas Orvik, formerly Minister of Transport, agreed."
    assert find_renames(post) == [], "a former post is no other name of a person"
    assert find_renames("The quay used to be the busiest in the region.") == [], "no name after the cue"
    people = "The mine was sold. Many people in the Copper Belt still call it Consolidated."
    assert find_renames(people) == [], "a place the callers live in is not the body they name"
    assert find_renames("The Velm Seed Store met. Until May it was not clear who would pay.") == []
    assert find_renames("Tomas Orvik, the former Minister of Transport, agreed.") == [], "a former post"
    assert find_renames("The Velm Arena, the former home of the Velm Rangers, was sold.") == [], "a former use"
    assert find_renames("The plan was previously agreed by the Harbour Board.") == [], "no name after the cue"
    council = "The mayor met the Velm Grain Council. The minister, formerly the Head of Ports, spoke."
    assert find_renames(council) == [], "`The minister` names no body named before"
    other = "Reporters asked Anna Roos about it. It was called the Lorn Cooperative until 2019."
    assert find_renames(other) == [], "`It` names what the sentence before opens with, and that opens with no name"


@pytest.mark.parametrize(
    "text",
    [
        "The Velm City Council has confirmed that the tip, which was known as the East Waste Site until 2017, is full.",
        "That Orvania was arming the group formerly known as the Hill Front is well documented.",
        "He told Council that the bus agency, formerly the Omnibus Department, will bid.",
        "That's the charity Ms. Roos worked for; some of you know it under its old name, Open Hands.",
        "Two violins were taken from the Trust, which back then still went by its old name, the Velm Music Fund.",
        "Your Union used to be called the Velm Football Association.",
        "The Velm Music Fund lent them. Two violins were taken from the Trust, which back then went by its old name,"
        " the Lorn Players.",
    ],
)
def test_a_rename_of_something_else_links_no_name_to_it(text):
    """The cue is about a thing the sentence names in common words (the tip, the group, the charity), or about a
    body named only by its noun (the Trust): the name before it is not the one renamed, and the noun is no name."""
    linked = {name for suggestion in suggest([(text, "a.md")]) for name in suggestion.names}
    wrong = {"Velm City Council", "Orvania", "Council", "Roos", "Trust", "Union", "Your Union"}
    assert not linked & wrong, linked


def test_a_body_named_by_its_noun_alone_is_the_latest_name_before_ending_in_it():
    text = (
        "With us is the head of the Velm Football Union. Your Union used to be called the Velm Football Association."
        " Did anyone from the Union check the gates?"
    )
    assert [(r.first, r.second) for r in find_renames(text)] == [("Velm Football Union", "Velm Football Association")]
    alone = "Your Union used to be called the Velm Football Association."
    assert suggest([(alone, "a.txt")]) == [], "a noun alone is never suggested as a name"
    assert other_names("What did the Velm Football Association say?", [alone]) == [
        ("Union", name_words("Velm Football Association"))
    ], "but it is searched for the body's full name"
    assert other_names("What did the Lorn Union say?", [alone]) == [], "and a question naming a union is not about it"


def test_other_names_links_a_name_the_question_holds_to_the_names_stated_for_it():
    texts = [
        "The Hill Army, which used to call itself the Moro Patriotic Front, holds the passes.",
        "Officials met the Hill Army (HA) on Monday.",
        "The Reed Army, formerly the Marsh Legion, held the ford.",
    ]
    front = ("moro", "patriot", "front")
    assert dict(other_names("Who arms the Moro Patriotic Front?", texts)) == {"Hill Army": front, "HA": front}
    assert dict(other_names("Who arms the HA?", texts)) == {"Hill Army": ("ha",), "Moro Patriotic Front": ("ha",)}
    assert other_names("Who has the ha?", texts) == [], "a one-word name counts only as written"
    assert other_names("Who holds the passes?", texts) == []


def test_suggestions_group_linked_names_and_skip_what_aliases_already_hold():
    texts = [
        ("The Harbour Trust, formerly the Port Board of Velm, raised its fees.", "a.md"),
        ("The Port Board of Velm (PBV) was founded in 1950.", "b.md"),
        ("The Upland Front, formerly known as the Hill Defence Units, withdrew.", "c.md"),
    ]
    aliases = parse_aliases('[groups]\nupland = ["Upland Front", "Hill Defence Units"]\n')
    suggestions = suggest(texts, aliases)
    assert [s.key for s in suggestions] == ["harbour-trust"]
    assert sorted(suggestions[0].names) == ["Harbour Trust", "PBV", "Port Board of Velm"]
    assert [r.where for r in suggestions[0].evidence] == ["a.md", "b.md"]
    line = tomllib.loads("[groups]\n" + suggestions[0].toml())
    assert sorted(line["groups"]["harbour-trust"]) == sorted(suggestions[0].names)
    partly = suggest(texts[:1], parse_aliases('[groups]\nports = ["Harbour Trust", "Velm Harbour"]\n'))
    assert partly[0].key == "ports" and partly[0].extends == "ports"


def test_briefbot_aliases_suggest_prints_groups_ready_for_aliases_toml(tmp_path):
    corpus = tmp_path / "corpus"
    text = "The Harbour Trust, formerly the Port Board of Velm, raised its fees."
    write(corpus, "a.md", f"---\ntitle: Fees\n---\n{text}\n")
    result = run("aliases", "suggest", "--corpus", str(corpus), "--index", str(tmp_path / "index"), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "# a.md: The Harbour Trust, formerly the Port Board of Velm, raised its fees." in result.stdout
    assert "BRIEFBOT_STATED_RENAMES=off" in result.stdout, "it says the stated names are used already"
    assert result.stdout.startswith("# 1 alias group the corpus states;"), result.stdout
    lines = [line for line in result.stdout.splitlines() if line and not line.startswith("#")]
    assert tomllib.loads("[groups]\n" + "\n".join(lines)) == {
        "groups": {"harbour-trust": ["Harbour Trust", "Port Board of Velm"]}
    }
    write(corpus, "aliases.toml", '[groups]\nharbour = ["Harbour Trust", "Port Board of Velm"]\n')
    again = run("aliases", "suggest", "--corpus", str(corpus), "--index", str(tmp_path / "index"), cwd=tmp_path)
    assert again.returncode == 0 and "no renames found" in again.stdout


def test_a_suggested_name_broken_over_lines_is_still_a_valid_aliases_line():
    texts = [('The Harbour Trust, formerly the Port\nBoard\tof Velm, raised its fees.', "a.md")]
    suggestions = suggest(texts)
    assert suggestions
    groups = tomllib.loads("[groups]\n" + suggestions[0].toml())["groups"]
    names = groups[suggestions[0].key]
    assert "Port Board of Velm" in names
    assert all("\n" not in name and "\t" not in name for name in names)


def test_a_short_title_is_no_part_of_the_name_but_a_short_place_word_is():
    def pairs(text: str) -> list[tuple[str, str]]:
        return [(rename.first, rename.second) for rename in find_renames(text)]

    assert pairs("Yesterday Capt. Ilse Marrow, formerly Ilse Dunne, docked.") == [("Ilse Marrow", "Ilse Dunne")]
    assert pairs("The St. Aubin Ferry Trust, formerly the Velm Boat Board, met.") == [
        ("St. Aubin Ferry Trust", "Velm Boat Board")
    ]


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("The Dock Trust became the Velm Harbour Authority in 2019.", ("Dock Trust", "Velm Harbour Authority")),
        ("In 2019 the Dock Trust became the Velm Harbour Authority.", ("Dock Trust", "Velm Harbour Authority")),
        (
            "Staff of the Dock Trust, which became the Velm Harbour Authority, were kept on.",
            ("Dock Trust", "Velm Harbour Authority"),
        ),
        ("The Lorn Seed Bank turned into Lorn Genetics after the sale.", ("Lorn Seed Bank", "Lorn Genetics")),
        ("On 1 May the Orrin Mining Board becomes OMB Holdings.", ("Orrin Mining Board", "OMB Holdings")),
        (
            "The Pellmark Grain Pool was set up in 1961. It became Pellgrain in 2004.",
            ("Pellmark Grain Pool", "Pellgrain"),
        ),
        (
            "If you still say the Tarn Rail Board – we became Tarnline in March – that is us.",
            ("Tarn Rail Board", "Tarnline"),
        ),
        ("Fees rose after the Growers' Mutual became Velmcover.", ("Growers' Mutual", "Velmcover")),
    ],
)
def test_a_rename_told_with_became_links_the_two_names(text, pair):
    found = [(rename.first, rename.second) for rename in find_renames(text, "a.md")]
    assert pair in found or pair[::-1] in found, found


@pytest.mark.parametrize(
    "text",
    [
        "The minister became angry when the Dock Trust was named.",
        "Anna Roos became Director of Harbours in 2019.",
        "Roos became director of the Dock Trust in 2019.",
        "Tomas Orvik became Prime Minister after the vote.",
        "Anna Roos became the Velm Harbour Authority chief in May.",
        "Tomas Orvik became Velm's first elected mayor.",
        "The Velm Council became the first to vote on the fees.",
        "The strike became a national crisis within a week.",
        "Velm became a republic in 1990.",
        "The Dock Trust became a target of the Velm Harbour Authority's critics.",
        "The Dock Trust, which became Pavel Rusk's employer in 2019, paid.",
    ],
)
def test_became_with_an_adjective_a_post_or_a_thing_is_no_rename(text):
    """``became`` tells of a state (angry), a post (Director of Harbours, Prime Minister), a role under a name
    (the … chief) or a thing (a target, Velm's first mayor) as often as of a new name."""
    assert find_renames(text, "a.md") == [], find_renames(text, "a.md")


def test_briefbot_aliases_suggest_gives_a_rename_told_with_became(tmp_path):
    corpus = tmp_path / "corpus"
    text = "Exports fell. The Dock Trust became the Velm Harbour Authority in 2019. The minister became angry."
    write(corpus, "a.md", f"---\ntitle: Fees\n---\n{text}\n")
    result = run("aliases", "suggest", "--corpus", str(corpus), "--index", str(tmp_path / "index"), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    lines = [line for line in result.stdout.splitlines() if line and not line.startswith("#")]
    assert tomllib.loads("[groups]\n" + "\n".join(lines)) == {
        "groups": {"dock-trust": ["Dock Trust", "Velm Harbour Authority"]}
    }
