from datetime import date

from index.models import Document, DocumentKind, PassageKind
from index.readers.text import read_text_document
from index.splitter import MAX_PASSAGE_CHARS, split_document, tweet_date, windows
from tests.conftest import ARTICLE, TRANSCRIPT


def split(text: str, path: str = "doc.txt", kind: DocumentKind | None = None):
    doc = read_text_document(text.encode(), path)
    if kind is not None:
        doc = Document(doc.path, doc.title, doc.url, doc.date, kind, doc.text, doc.skip_lines)
    return doc, split_document(doc, doc_index=3)


def assert_verbatim(doc, passages):
    for passage in passages:
        if passage.kind is PassageKind.QUOTE:
            continue
        assert doc.text[passage.start : passage.start + len(passage.text)] == passage.text


def test_transcript_turns_including_run_together_ones():
    doc, passages = split(TRANSCRIPT)
    turns = [(p.speaker, p.text) for p in passages]
    assert turns[0] == ("MR. ODUYA", "Afternoon. Two quick items, then questions.")
    assert turns[1] == ("QUESTION", "On the convoy near Raqqa: did the coalition hit it or not?")
    assert turns[2] == ("MR. ODUYA", "We did. […]\nThe strike happened early on Tuesday and destroyed six vehicles.")
    assert [s for s, _ in turns[3:7]] == ["QUESTION", "MR. ODUYA", "QUESTION", "MR. ODUYA"]
    assert turns[5][1] == "— anywhere near the convoy?"
    assert all(p.kind is PassageKind.TURN and p.doc == 3 for p in passages)
    assert [p.position for p in passages] == list(range(len(passages)))
    assert_verbatim(doc, passages)


def test_elision_lines_end_a_turn_and_are_not_passages():
    _, passages = split(TRANSCRIPT)
    assert not any(p.text.strip() in ("…", "...") for p in passages)
    assert passages[6].text == "Not that we know of. …"
    assert passages[7].text == "And the ferry crossing on the Euphrates?"


def test_an_answer_keeps_the_question_it_answers():
    _, passages = split(TRANSCRIPT)
    by_text = {p.text: p for p in passages}
    answer = by_text["I'd point you to the Pentagon for that one."]
    assert answer.context == "And the ferry crossing on the Euphrates?"
    assert by_text["— anywhere near the convoy?"].context is None, "a question has no context"
    assert passages[0].context is None, "an opening statement answers nothing"


def test_article_paragraphs_tweets_quotes_and_an_embedded_excerpt():
    doc, passages = split(ARTICLE, "news/convoy.md")
    kinds = [(p.kind, p.speaker) for p in passages]
    assert kinds == [
        (PassageKind.PARAGRAPH, None),
        (PassageKind.PARAGRAPH, None),
        (PassageKind.TWEET, "Raqqa Watch"),
        (PassageKind.QUOTE, None),
        (PassageKind.PARAGRAPH, None),
        (PassageKind.TURN, "QUESTION"),
        (PassageKind.TURN, "MR. ODUYA"),
    ]
    tweet = passages[2]
    assert tweet.text.endswith("\n6:40 AM – 28 Feb 2017")
    assert tweet.date == date(2017, 2, 28)
    assert passages[3].text == "Nobody on the ground could say who the trucks belonged to."
    assert passages[6].context == "On the convoy near Raqqa: did the coalition hit it or not?"
    assert_verbatim(doc, passages)


def test_markdown_list_items_are_passages_without_their_markers():
    _, passages = split("Title\n\n- 2014: first item\n* 2015: second item\n\nProse - with a dash.\n", "t.md")
    assert [p.text for p in passages] == ["2014: first item", "2015: second item", "Prose - with a dash."]


def test_markdown_headings_and_a_title_line_are_not_passages():
    _doc, passages = split("# Big heading\nFirst paragraph.\n\n## Sub heading\nSecond.\n", "a.md")
    assert [p.text for p in passages] == ["First paragraph.", "Second."]


def test_continuation_of_a_turn_inside_an_article_stops_at_prose():
    text = (
        "Title line\n"
        "Intro paragraph about the briefing.\n"
        "QUESTION: Did you strike them?MR SMITH: No. […]\n"
        "We would have needed more time for that.\n"
        "QUESTION: Why?\n"
        "MR SMITH: Time.\n"
        "(Read the full exchange on the ministry's site.)\n"
        "Commentary resumes here with the writer's view.\n"
    )
    _, passages = split(text)
    assert [(p.kind.value, p.speaker) for p in passages] == [
        ("paragraph", None),
        ("turn", "QUESTION"),
        ("turn", "MR SMITH"),
        ("turn", "QUESTION"),
        ("turn", "MR SMITH"),
        ("paragraph", None),
        ("paragraph", None),
    ]
    assert passages[2].text == "No. […]\nWe would have needed more time for that."


def test_transcript_turn_continues_across_blank_lines():
    text = "MR SMITH: First part of the answer.\n\nSecond paragraph of the same answer.\n\nQUESTION: Next?\n"
    _, passages = split(text, kind=DocumentKind.TRANSCRIPT)
    assert passages[0].text == "First part of the answer.\n\nSecond paragraph of the same answer."
    assert passages[1].speaker == "QUESTION"


def test_kind_is_detected_when_front_matter_does_not_say():
    _, passages = split("QUESTION: One?\nMR SMITH: Yes.\nAnd more words from him.\nQUESTION: Two?\n")
    assert passages[1].text == "Yes.\nAnd more words from him."


def test_hard_wrapped_paragraphs_are_joined_and_blank_lines_separate_them():
    text = (
        "Headline of the story\n\n"
        "The first paragraph is wrapped at a short width so that\n"
        "it spans three lines of text in the file, as plain text\n"
        "files often are.\n\n"
        "The second paragraph is also wrapped across\n"
        "two lines.\n"
    )
    doc, passages = split(text)
    assert len(passages) == 2
    assert passages[0].text.count("\n") == 2
    assert_verbatim(doc, passages)


def test_long_passages_are_cut_into_windows_on_sentence_bounds():
    sentence = "The spokesman declined to give a date for the next round of talks. "
    text = "MR SMITH: " + sentence * 60
    doc, passages = split(text, kind=DocumentKind.TRANSCRIPT)
    assert len(passages) > 1
    for passage in passages:
        assert len(passage.text) <= MAX_PASSAGE_CHARS
        assert passage.text.endswith("talks.")
        assert passage.speaker == "MR SMITH"
    assert_verbatim(doc, passages)
    assert "".join(p.text for p in passages).replace(" ", "") == (sentence * 60).replace(" ", "")


def test_a_sentence_longer_than_a_window_is_cut_between_words():
    text = " ".join(["word"] * 700)
    pieces = windows(text, limit=100)
    assert all(len(piece) <= 100 for _, piece in pieces)
    assert " ".join(piece for _, piece in pieces) == text
    assert all(text[offset : offset + len(piece)] == piece for offset, piece in pieces)


def test_tweet_timestamps_in_both_orders():
    assert tweet_date("10:17 AM – 3 Oct 2016") == date(2016, 10, 3)
    assert tweet_date("9:05 pm - Oct 3, 2016") == date(2016, 10, 3)
    assert tweet_date("10:17 AM – 31 Feb 2016") is None
    assert tweet_date("Tuesday, 3 Oct 2016") is None


def test_passages_without_words_are_dropped():
    _, passages = split("Title\n—\n***\nReal words.\n")
    assert [p.text for p in passages] == ["Real words."]


def test_a_question_cut_off_and_taken_up_again_is_given_whole_to_its_answer():
    text = (
        "---\nkind: transcript\n---\n"
        "QUESTION: If you knew where their leaders were, would you —MR. HALE: Would we —\n"
        "QUESTION: — go after them tonight?\n"
        "MR. HALE: Yeah.\n"
        "QUESTION: — or wait for the Russians?\n"
        "MR. HALE: I'd refer you to the Pentagon.\n"
        "QUESTION: Thanks.\n"
        "MR. HALE: Sure.\n"
    )
    _, passages = split(text)
    by_text = {p.text: p for p in passages}
    assert by_text["I'd refer you to the Pentagon."].context == (
        "If you knew where their leaders were, would you —\n— go after them tonight?\n— or wait for the Russians?"
    )
    assert by_text["Would we —"].context == "If you knew where their leaders were, would you —"
    assert by_text["Sure."].context is None  # thanks are no question


def test_tweet_timestamps_give_their_day_in_every_shape_a_passage_reads():
    for day in ("3rd of October, 2016", "2016-10-03", "2016/10/3", "Oct. 3rd, 2016"):
        assert tweet_date(f"10:17 AM – {day}") == date(2016, 10, 3), day
    assert tweet_date("10:17 AM – 3 Oct 2016, retweeted") is None, "a timestamp line holds nothing else"


def test_a_markdown_transcript_with_labels_in_bold_has_turns_and_questions_answered():
    text = (
        "# Flood briefing\n\n**GOVERNOR VALE:** The river crested at six metres overnight.\n\n"
        "**Reporter (Delta Radio):** Will the schools open on Monday?\n\n"
        "**GOVERNOR VALE**: Not in the lower town. The rest open as usual.\n"
    )
    doc, passages = split(text, "flood.md")
    assert [(p.kind, p.speaker, p.text) for p in passages] == [
        (PassageKind.TURN, "GOVERNOR VALE", "The river crested at six metres overnight."),
        (PassageKind.TURN, "Reporter (Delta Radio)", "Will the schools open on Monday?"),
        (PassageKind.TURN, "GOVERNOR VALE", "Not in the lower town. The rest open as usual."),
    ]
    assert passages[2].context == "Will the schools open on Monday?"
    assert_verbatim(doc, passages)


def test_a_window_is_not_cut_after_an_abbreviation_inside_a_sentence():
    text = "Another flight left at 9 a.m. with 220 U.S. citizens on board, the embassy said. " * 12
    pieces = windows(text, limit=150)
    assert len(pieces) > 1
    for _, piece in pieces:
        assert piece.startswith("Another flight") and piece.endswith("the embassy said.")


def test_a_window_is_not_cut_after_a_title_or_initials_before_a_name():
    text = "The convoy reached the border under Gen. Orvik and J. Marrow before dusk, the office said. " * 12
    pieces = windows(text, limit=150)
    assert len(pieces) > 1
    for _, piece in pieces:
        assert piece.startswith("The convoy") and piece.endswith("the office said.")
