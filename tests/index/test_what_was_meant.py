"""Answers to what was meant: word forms and synonyms, compounds, brush-offs, aliases without a penalty, and
naming a missing word only when it mattered."""

from __future__ import annotations

import pytest

from index.aliases import AliasTable, parse_aliases, shipped_word_forms, with_word_forms
from index.analyzer import iter_tokens
from index.builder import build_index
from index.query import plan_query
from index.rerank import states_cause
from index.search import Searcher
from index.store import load_index
from tests.conftest import write


def searcher_over(tmp_path, files: dict[str, str], meaning: bool = True) -> Searcher:
    corpus = tmp_path / "corpus"
    for name, text in files.items():
        write(corpus, name, text)
    build_index(corpus, tmp_path / "index", model="wordllama")
    return Searcher(load_index(tmp_path / "index"), meaning=meaning)


def doc(title: str, text: str, kind: str = "article") -> str:
    return f"---\ntitle: {title}\nkind: {kind}\n---\n{text}\n"


FILLER = {
    f"filler-{n}.md": doc(f"Filler {n}", text)
    for n, text in enumerate(
        [
            "The harbour cranes were repaired over the winter months.",
            "School exams start later this year because of the holiday.",
            "The central bank kept its interest rate unchanged.",
            "A new bridge opened across the river in the capital.",
        ]
    )
}


@pytest.mark.parametrize(
    ("question", "passage"),
    [
        ("What did the Syrians say?", "Syria said the border would stay closed for a week."),
        ("Turkey border", "The Turks kept the border shut for a week."),
        ("the airstrike on the depot", "An air strike destroyed the depot before dawn."),
        ("the air strike on the depot", "An airstrike destroyed the depot before dawn."),
        ("new photos of the depot", "New pictures of the depot were released on Friday."),
        ("how many planes", "Eleven aircraft took part in the exercise."),
        ("negotiations with the rebels", "Talks with the rebels resumed on Monday."),
        ("United Kingdom position", "Britain set out its position on Monday."),
        ("how did the gunmen get in", "Armed men blew open the main gate before dawn."),
        ("where is the black box", "The flight data recorder lay under the left wing."),
        ("the kickback scheme", "Prosecutors say bribes were paid through a consultancy."),
        ("what is the parts maker doing", "The manufacturer replaced its quality manager."),
        ("who is bankrolling it", "The mission is funded by voluntary contributions."),
    ],
)
def test_word_forms_and_synonyms_find_each_other(tmp_path, question, passage):
    searcher = searcher_over(tmp_path, {"a.md": doc("Answer", passage), **FILLER}, meaning=False)
    hits = searcher.ask(question, k=1).hits
    assert hits and hits[0].passage.text == passage


def test_a_box_alone_is_no_flight_recorder_and_a_prisoner_alone_no_swap(tmp_path):
    files = {
        "a.md": doc("Recorder", "The flight data recorder lay under the left wing."),
        "b.md": doc("Exchange", "There was no prisoner exchange, officials said."),
        "c.md": doc("Moved", "Two prisoners were moved."),
        **FILLER,
    }
    searcher = searcher_over(tmp_path, files, meaning=False)
    assert searcher.ask("was there a prisoner swap", k=3).hits[0].source.title == "Exchange"
    assert searcher.ask("the box", k=3).hits == ()
    assert {hit.source.title for hit in searcher.ask("a prisoner", k=3).hits} == {"Exchange", "Moved"}
    assert searcher.ask("the swap", k=3).hits == ()


def test_a_compound_asked_as_one_word_finds_it_written_as_two_and_back(tmp_path):
    files = {"a.md": doc("Answer", "The flash point was the market square."), **FILLER}
    searcher = searcher_over(tmp_path, files, meaning=False)
    answer = searcher.ask("where was the flashpoint", k=1)
    assert answer.hits[0].passage.text == "The flash point was the market square." and answer.missing == ()
    known = {"flashpoint", "flash", "point"}.__contains__
    assert "flashpoint" in plan_query("the flash point", known=known).weights


def test_a_corpus_group_replaces_the_shipped_one_and_takes_its_names():
    own = parse_aliases('[groups]\nphoto = ["snapshot"]\nbrits = ["Britain", "Blighty"]\n')
    merged = with_word_forms(own)
    assert merged.group("photo").names == ("snapshot",)
    assert "Britain" not in merged.group("britain").names and "United Kingdom" in merged.group("britain").names
    assert len(merged.groups) == len(shipped_word_forms().groups) + 1
    assert with_word_forms(AliasTable()) == shipped_word_forms()


def test_a_brush_off_does_not_outrank_a_passage_that_answers(tmp_path):
    transcript = (
        "---\ntitle: Briefing\nkind: transcript\n---\n"
        "QUESTION: What is the Pentagon doing about the fuel convoys near Raqqa that keep moving at night?\n"
        "MR. HALE: I'd refer you to the Pentagon on that.\n"
    )
    answer = "Coalition aircraft struck a fuel convoy near Raqqa on Tuesday night, the Pentagon said."
    files = {"briefing.md": transcript, "article.md": doc("Strike", answer), **FILLER}
    for meaning in (True, False):
        hits = searcher_over(tmp_path / str(meaning), files, meaning=meaning).ask(
            "What is the Pentagon doing about fuel convoys near Raqqa?", k=2
        ).hits
        assert hits[0].passage.text == answer, meaning
        assert hits[1].passage.text == "I'd refer you to the Pentagon on that."


ALIASES = '[groups]\nguard = ["Southern Guard", "Coastal Defense Front", "CDF"]\n'


def test_a_passage_naming_the_group_by_its_other_name_is_not_buried(tmp_path):
    files = {
        "aliases.toml": ALIASES,
        "a.md": doc("Other name", "Fighters of the Coastal Defense Front seized the tanker off the cape at dawn."),
        "b.md": doc("Exact name", "The Southern Guard issued a statement."),
        "c.md": doc("Exact, as good", "The Southern Guard fighters seized the tanker off the cape at dawn."),
        **FILLER,
    }
    hits = searcher_over(tmp_path, files, meaning=False).ask("Why did the Southern Guard seize the tanker?", k=3).hits
    titles = [hit.source.title for hit in hits]
    assert titles[0] == "Exact, as good", "between passages otherwise as good, the exact name first"
    assert titles.index("Other name") < titles.index("Exact name"), "more of the question beats the name asked"


def test_a_missing_word_is_named_only_when_no_passage_shown_means_it(tmp_path):
    files = {"a.md": doc("Observers", "Observers came from twelve countries to watch the vote."), **FILLER}
    searcher = searcher_over(tmp_path, files)
    answered = searcher.ask("Which nations had observers at the vote?", k=3)
    assert answered.hits[0].source.title == "Observers" and answered.missing == ()
    unanswered = searcher.ask("Did Hezbollah have observers at the vote?", k=3)
    assert unanswered.missing == ("Hezbollah",)
    words_only = searcher_over(tmp_path / "plain", files, meaning=False)
    assert words_only.ask("Which nations had observers at the vote?", k=3).missing == ("nations",)


def test_a_passage_that_answers_without_naming_the_topic_is_lifted_by_its_document(tmp_path, monkeypatch):
    files = {
        "mine.md": doc(
            "Dorran mine",
            "The Dorran mine flooded on Monday after a roof fall.\n\n"
            "Rescuers at the Dorran mine pumped water out all night.\n\n"
            "Nine trapped workers have been brought to the surface so far.",
        ),
        "city.md": doc("City news", "Firefighters rescued two workers from a lift."),
        **FILLER,
    }
    searcher = searcher_over(tmp_path, files, meaning=False)
    question = "How many trapped workers have been rescued from the Dorran mine?"

    def before(first: str, then: str) -> bool:
        texts = [hit.passage.text for hit in searcher.ask(question, k=5).hits]
        ranks = [next(n for n, text in enumerate(texts) if text.startswith(start)) for start in (first, then)]
        return ranks[0] < ranks[1]

    assert before("Nine trapped workers", "Firefighters rescued")
    monkeypatch.setattr("index.search.DOCUMENT_WEIGHT", 0.0)
    assert before("Firefighters rescued", "Nine trapped workers")


def test_a_body_asked_by_a_name_the_corpus_says_it_had_is_found_under_its_other_name(tmp_path, monkeypatch):
    files = {
        "profile.md": doc(
            "Profile",
            "The Hill Army, which used to call itself the Moro Patriotic Front, now holds the northern passes.",
        ),
        "report.md": doc("Report", "Officials said the Hill Army was paid by no foreign government for its rifles."),
        "other.md": doc("Other", "The Patriotic Front of Velm said a foreign government paid for new rifles."),
        **FILLER,
    }
    searcher = searcher_over(tmp_path, files, meaning=False)
    question = "Which foreign government paid for the Moro Patriotic Front's rifles?"

    def ranked() -> list[str]:
        return [hit.source.title for hit in searcher.ask(question, k=5).hits]

    assert ranked().index("Report") < ranked().index("Other"), ranked()
    searcher = Searcher(searcher.index, meaning=False, stated_renames=False)
    assert ranked().index("Report") > ranked().index("Other"), "the setting turns the stated renames off"


def test_a_name_only_stated_elsewhere_changes_nothing(tmp_path):
    files = {
        "profile.md": doc("Profile", "The Hill Army, formerly the Moro Patriotic Front, holds the passes."),
        "report.md": doc("Report", "The river guard was paid by a foreign government for its rifles."),
        **FILLER,
    }
    searcher = searcher_over(tmp_path, files, meaning=False)
    question = "Which foreign government paid for the rifles?"
    plan = plan_query(question, searcher.index.aliases, searcher._known)
    assert searcher._under_stated_names(question, plan, 50) == (plan, searcher.index.engine.search(plan.weights, 50))


def test_a_passage_naming_the_body_by_its_other_name_is_as_near_in_meaning_as_asked_that_way(tmp_path):
    files = {
        "profile.md": doc("Profile", "The Hill Army, formerly the Moro Patriotic Front, holds the northern passes."),
        "report.md": doc("Report", "Officials said the Hill Army was paid by no foreign government for its rifles."),
        **FILLER,
    }
    searcher = searcher_over(tmp_path, files)
    question = "Which foreign government paid for the Moro Patriotic Front's rifles?"
    report = next(hit for hit in searcher.ask(question, k=5).hits if hit.source.title == "Report")
    assert searcher.embedder is not None and report.ranking is not None
    asked, renamed = searcher.embedder.embed([question, "Which foreign government paid for the Hill Army's rifles?"])
    row = next(int(r) for r in range(len(searcher.index.rows)) if searcher.index.rows[r] == report.passage_id)
    stored = searcher.index.vectors[row]
    assert report.ranking.similarity == pytest.approx(float(renamed @ stored), abs=0.005)
    assert report.ranking.similarity > float(asked @ stored) + 0.01
    assert float(renamed @ stored) > float(asked @ stored) + 0.01


def test_a_word_said_otherwise_about_as_near_as_blaze_and_fire_is_not_named_missing(tmp_path):
    files = {
        "a.md": doc("Hotel fire", "The fire started in the hotel kitchen shortly after midnight."),
        "b.md": doc("Road works", "Drivers were sent round the closed bridge for a week."),
        **FILLER,
    }
    searcher = searcher_over(tmp_path, files)
    said_otherwise = searcher.ask("Where did the blaze start in the hotel?", k=3)
    assert said_otherwise.hits[0].source.title == "Hotel fire" and said_otherwise.missing == ()
    further = searcher.ask("Were the truckers sent round the closed bridge?", k=3)
    assert further.hits[0].source.title == "Road works" and further.missing == ("truckers",)


def test_a_word_said_otherwise_a_few_passages_down_is_not_named_missing_whatever_number_is_shown(tmp_path):
    files = {
        "a.md": doc("Guests", "Hotel guests were told where to start queuing for the buses."),
        "b.md": doc("Season", "The hotel in the old town will start taking bookings in spring."),
        "c.md": doc("Shifts", "Hotel kitchen staff start their shifts at six in the morning."),
        "d.md": doc("Fire", "Smoke from the fire behind the hotel laundry reached the roof."),
        **FILLER,
    }
    searcher = searcher_over(tmp_path, files)
    for k in (1, 3, 10):
        answer = searcher.ask("Where did the blaze start in the hotel?", k=k)
        assert answer.hits[0].source.title != "Fire" and answer.missing == (), k
    assert [hit.source.title for hit in searcher.ask("Where did the blaze start in the hotel?", k=4).hits][3] == "Fire"
    for k in (1, 10):  # a word near nothing in the best passages is named at any k
        assert searcher.ask("Did Hezbollah start the fire at the hotel?", k=k).missing == ("Hezbollah",), k


WHY_FILES = {
    "timeline.md": doc("Timeline", "14 May: the Elsby harbour is closed to shipping."),
    "cause.md": doc(
        "Harbour report",
        "The Elsby harbour was closed to shipping because a sea mine had been found near the entrance channel.",
    ),
    "other.md": doc(
        "Ferry notice",
        "The Elsby harbour was closed to shipping on 14 May. The ferry sailed late because fog lay over the bay.",
    ),
    **FILLER,
}


def test_a_why_question_lifts_the_passage_whose_sentence_states_the_cause(tmp_path):
    searcher = searcher_over(tmp_path, WHY_FILES)
    titles = [hit.source.title for hit in searcher.ask("Why was the Elsby harbour closed to shipping?", k=3).hits]
    assert titles[0] == "Harbour report"
    asked_plainly = [hit.source.title for hit in searcher.ask("Elsby harbour closed to shipping", k=3).hits]
    others = [title for title in asked_plainly if title != "Harbour report"]
    assert titles[1:] == others, "a cause of something else is not lifted"
    asked_what = [hit.source.title for hit in searcher.ask("Was the Elsby harbour closed to shipping?", k=2).hits]
    assert asked_what == asked_plainly[:2], "only a question that asks why"


def test_a_cause_counts_only_in_a_sentence_holding_enough_of_the_question_by_rarity():
    def terms_of(text: str) -> set[str]:
        return {token.term for token in iter_tokens(text)}

    words = [(tuple(terms_of(word)), weight) for word, weight in [("Elsby", 3.0), ("harbour", 1.0), ("ship", 1.0)]]
    assert states_cause("Shipping stopped. Elsby harbour shut because of a mine.", words, terms_of)
    assert not states_cause("Elsby harbour shut on Monday. Ships waited because of fog.", words, terms_of)
    assert not states_cause("The Elsby harbour was closed to shipping on Monday.", words, terms_of)


def test_a_cause_after_a_time_of_day_stands_in_the_sentence_it_explains():
    def terms_of(text: str) -> set[str]:
        return {token.term for token in iter_tokens(text)}

    words = [(tuple(terms_of(word)), 1.0) for word in ("Orvik", "halted", "Skarn", "ferry")]
    assert states_cause("Gen. Orvik halted the Skarn ferry at 9 a.m. because of fog.", words, terms_of)
    assert not states_cause(
        "Gen. Orvik halted the Skarn ferry at 9 a.m. The fog lay on the bay because the wind dropped.", words, terms_of
    )


def test_according_to_is_no_agreement_and_a_deal_still_finds_a_pact(tmp_path):
    files = {
        "said.md": doc("Officials", "According to officials, the northern crossing stayed shut all week."),
        "pact.md": doc("Signed", "The two sides signed a water pact in the capital."),
        **FILLER,
    }
    searcher = searcher_over(tmp_path, files, meaning=False)
    titles = [hit.source.title for hit in searcher.ask("Was an agreement signed on water?", k=5).hits]
    assert titles[0] == "Signed" and "Officials" not in titles
    assert [hit.source.title for hit in searcher.ask("the water deal", k=1).hits] == ["Signed"]


def test_a_word_naming_the_speaker_or_title_of_a_passage_found_is_not_named_missing(tmp_path):
    files = {
        "briefing.txt": (
            "Harbour authority briefing\nMarch 3, 2027\n\n"
            "MODERATOR: The harbour master will take questions.\n\n"
            "QUESTION: Will the dredging go ahead this spring?\n\n"
            "CAPT. ORSK: The dredging of the north channel starts in April and takes six weeks.\n\n"
            "QUESTION: And the cost?\n\n"
            "CAPT. ORSK: The grant covers all of it.\n"
        ),
        "closure.md": doc("Ferry pier closure", "The pier shuts for repairs until the dredging ends."),
        **FILLER,
    }
    searcher = searcher_over(tmp_path, files, meaning=False)
    by_speaker = searcher.ask("what did Orsk say about the dredging?", k=3)
    assert by_speaker.hits[0].passage.speaker == "CAPT. ORSK" and by_speaker.missing == ()
    in_title = searcher.ask("the pier closure for the dredging", k=3)
    assert in_title.missing == ()
    elsewhere = searcher.ask("what did Vella say about the dredging?", k=3)
    assert elsewhere.missing == ("Vella",), "a name in no passage, no speaker and no title is still said missing"
