"""Questions as the bot searches them: invisible characters gone, length bounded, several pages fetched."""


from bot.question import MAX_QUESTION_CHARS, PAGES, ask_in_pages, clean_question
from index.builder import build_index
from index.search import Searcher
from index.store import load_index


def test_zero_width_and_control_characters_do_not_split_words():
    assert clean_question("when was Nu\u200bsra\u2060 struck?\u200e") == "when was Nusra struck?"
    assert clean_question("convoy\n\tnear\r\nRaqqa\x00") == "convoy near Raqqa"
    assert clean_question("\u202eevil\u202c") == "evil"


def test_long_questions_are_cut_on_a_word():
    cleaned = clean_question("convoy " * 2000)
    assert len(cleaned) <= MAX_QUESTION_CHARS and cleaned.endswith("convoy…")


def test_accents_and_emoji_are_kept():
    assert clean_question("Lavrov’s café 🚚") == "Lavrov’s café 🚚"


def test_a_question_fetches_several_pages_at_once(corpus, tmp_path):
    build_index(corpus, tmp_path / "index")
    searcher = Searcher(load_index(tmp_path / "index"))
    answer = ask_in_pages(searcher, "con\u200bvoy Raqqa", 1)
    assert answer.question == "convoy Raqqa"
    assert 1 < len(answer.hits) <= PAGES
    assert [h.passage_id for h in answer.hits] == [h.passage_id for h in searcher.ask("convoy Raqqa", PAGES).hits]


def test_mentions_and_custom_emoji_are_not_searched_but_the_question_is_shown_as_asked(tmp_path, sample_corpus):
    build_index(sample_corpus, tmp_path / "index")
    sample_searcher = Searcher(load_index(tmp_path / "index"))
    asked = "@everyone when was Nusra last struck? <@&999> <@!42> <#7> <:flag:123456>"
    answer = ask_in_pages(sample_searcher, asked, per_page=2)
    assert answer.question == asked
    assert answer.missing == ()
    assert answer.date_line and answer.date_line.startswith("Latest date found: 3 Oct 2016")
    plain = sample_searcher.ask("when was Nusra last struck?", 2 * PAGES)
    assert [h.passage_id for h in answer.hits] == [h.passage_id for h in plain.hits]
