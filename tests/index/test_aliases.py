import pytest

from index.aliases import AliasFileError, AliasTable, load_aliases, parse_aliases
from index.analyzer import iter_tokens, matched_spans
from index.builder import build_index
from index.search import Searcher
from index.store import load_index
from tests.conftest import write

ALIASES = """
[groups]
nusra = ["Nusra", "Nusrah", "al-Nusra", "Nusra Front", "Jabhat Fateh al-Sham", "JFS"]
al-qaeda = ["al-Qaeda", "al-Qaida", "AQ"]
isis = ["ISIS", "Islamic State", "Daesh"]

[related]
nusra = ["al-qaeda"]
"""


def names_found(table: AliasTable, text: str) -> list[tuple[str, str]]:
    tokens = list(iter_tokens(text))
    found = []
    for match in table.find(text, tokens):
        found.append((match.group.key, text[tokens[match.first].start : tokens[match.last].end]))
    return found


def test_names_are_found_whatever_their_spelling_and_longest_first():
    table = parse_aliases(ALIASES)
    text = "Jabhat Fateh al Sham, once the NUSRA FRONT, and al‑Qaida; also alNusra."
    assert names_found(table, text) == [
        ("nusra", "Jabhat Fateh al Sham"),
        ("nusra", "NUSRA FRONT"),
        ("al-qaeda", "al‑Qaida"),
        ("nusra", "alNusra"),
    ]


def test_a_multi_word_name_needs_its_words_in_a_row_within_one_sentence():
    table = parse_aliases(ALIASES)
    assert names_found(table, "The Islamic State and the State Department") == [("isis", "Islamic State")]
    assert names_found(table, "an Islamic. State officials said") == []


def test_index_terms_add_the_group_and_the_phrase_of_a_multi_word_name():
    table = parse_aliases(ALIASES)
    text = "Daesh and the Islamic State"
    assert table.index_terms(text, list(iter_tokens(text))) == ["@isis", "@isis", "islam state"]


def test_records_round_trip():
    table = parse_aliases(ALIASES)
    assert AliasTable.from_records(table.to_records()) == table


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('[groups]\n\nnusra = ["Nusra",\n  "JFS"\n', "aliases.toml line 3: Unclosed array"),
        ('[groups]\nnusra = "Nusra\n', "aliases.toml line 2:"),
        ("[groups]\nnusra = [Nusra]\n", "aliases.toml line 2: Invalid"),
        ('[groups]\nnusra = ["Nusra"]\n\nisis = "ISIS"\n', "aliases.toml line 4: isis must be a list"),
        ('[groups]\nnusra = ["Nusra"]\njfs = ["JFS", "al-Nusra"]\n', "aliases.toml line 3: name 'al-Nusra' is in two"),
        ("[groups]\nnusra = []\n", "aliases.toml line 2: group 'nusra' has no names"),
        ('[groups]\nnusra = ["the"]\n', "line 2: name 'the' of group 'nusra' has no words to search for"),
        ('[group]\nnusra = ["Nusra"]\n', "aliases.toml line 1: unknown section [group]"),
        ('[groups]\nnusra = ["Nusra"]\n[related]\nnusra = ["aq"]\n', "line 4: group 'nusra' is related to 'aq'"),
    ],
)
def test_a_malformed_file_gets_an_error_naming_the_line(text, message):
    with pytest.raises(AliasFileError) as error:
        parse_aliases(text)
    assert message in str(error.value)


def test_no_file_means_no_groups(tmp_path):
    assert not load_aliases(tmp_path)


def test_not_utf8_is_an_error(tmp_path):
    (tmp_path / "aliases.toml").write_bytes(b"[groups]\nx = ['\xff']\n")
    with pytest.raises(AliasFileError, match="not valid UTF-8"):
        load_aliases(tmp_path)


@pytest.fixture
def named(tmp_path):
    root = tmp_path / "corpus"
    write(root, "aliases.toml", ALIASES)
    write(root, "a.md", "---\ntitle: A\n---\nA convoy of Nusra fighters left the town at dawn.\n")
    write(root, "b.md", "---\ntitle: B\n---\nA convoy of JFS fighters left the town at dusk.\n")
    write(root, "c.md", "---\ntitle: C\n---\nA convoy of al-Qaeda fighters left the town at noon.\n")
    write(root, "d.md", "---\ntitle: D\n---\nA convoy of Daesh fighters left the town at night.\n")
    for number, topic in enumerate(["ceasefire talks", "oil prices", "the river ferry", "school exams"]):
        write(root, f"other-{number}.md", f"---\ntitle: Other\n---\nA report on {topic}, and nothing else.\n")
    build_index(root, tmp_path / "index")
    return Searcher(load_index(tmp_path / "index"))


def test_a_question_naming_one_member_finds_all_with_the_exact_name_first_and_related_lower(named):
    answer = named.ask("Nusra fighters", k=10)
    titles = [hit.source.title for hit in answer.hits]
    assert titles == ["A", "B", "C", "D"]
    scores = [hit.score for hit in answer.hits]
    assert scores[0] > scores[1] > scores[2] > scores[3]


def test_an_alias_in_the_question_finds_the_other_names(named):
    titles = [hit.source.title for hit in named.ask("Jabhat Fateh al-Sham convoy", k=2).hits]
    assert titles == ["A", "B"] or titles == ["B", "A"]


def test_the_answer_marks_every_name_of_the_group(named):
    answer = named.ask("JFS", k=5)
    text = "Jabhat Fateh al-Sham, or JFS, was the Nusra Front; al-Qaeda is its parent."
    marked = [text[a:b] for a, b in matched_spans(text, answer.terms)]
    assert marked == ["Jabhat Fateh al-Sham", "JFS", "Nusra Front", "al-Qaeda"]


def test_a_malformed_aliases_file_is_reported_and_the_index_builds_without_it(tmp_path):
    root = tmp_path / "corpus"
    write(root, "aliases.toml", '[groups]\nnusra = ["Nusra", "JFS"\n')
    write(root, "b.md", "---\ntitle: B\n---\nA convoy of JFS fighters left the town.\n")
    report = build_index(root, tmp_path / "index")
    assert report.files == 1
    reasons = {item.path: item.reason for item in report.skipped}
    assert "line 2" in reasons["aliases.toml"] and "without alias groups" in reasons["aliases.toml"]
    searcher = Searcher(load_index(tmp_path / "index"))
    assert searcher.ask("Nusra convoy").hits[0].source.title == "B"
    assert searcher.ask("Nusra").hits == ()


@pytest.mark.parametrize(
    ("text", "terms"),
    [
        ("Islamic officials and Nusra spoke", ["islam", "offici", "nusra", "speak", "@nusra"]),  # no State
        ("Islamic leaders in 2026", ["islam", "leader", "2026"]),
        ("State officials, Islamic scholars and Daesh", ["state", "offici", "islam", "scholar", "daesh", "@isis"]),
        ("an Islamic. State officials said", ["islam", "state", "offici", "say"]),  # its words, not in a row
        ("The Islamic State and Nusra", ["islam", "state", "nusra", "@isis", "islam state", "@nusra"]),
        ("Nusra Front fighters", ["nusra", "front", "fighter", "@nusra", "nusra front"]),
        ("Jabhat al-Nusra and Fateh leaders met al Sham",
         ["jabhat", "nusra", "alnusra", "fateh", "leader", "meet", "sham", "@nusra"]),
    ],
)
def test_a_text_holding_the_first_word_of_a_name_gets_the_terms_its_tokens_give(text, terms):
    """Whether or not every word of a name of several words is in the text, its terms are those of matching its
    tokens one by one: the words' terms, then the groups and phrases named, in order."""
    table = parse_aliases(ALIASES)
    tokens = list(iter_tokens(text))
    assert table.terms_of(text) == terms == [token.term for token in tokens] + table.index_terms(text, tokens)
    assert table.terms_of(text, "~") == ["~" + term for term in terms]
