import random
import re

from index.analyzer import fold
from index.builder import build_index
from index.dedup import collapse, near_repeats, shingles
from index.search import Searcher
from index.store import load_index
from tests.conftest import write

EXCERPT = "We are not targeting the dam. Our engineers have looked at it closely and the structure is sound."


def test_the_same_excerpt_with_small_differences_is_a_near_repeat():
    changed = EXCERPT.replace("looked at", "studied")
    elided = EXCERPT.replace("closely and", "closely […] and") + " As far as we can tell."
    assert near_repeats(shingles(EXCERPT), shingles(changed))
    assert near_repeats(shingles(EXCERPT), shingles(elided))


def test_short_passages_parts_of_long_ones_and_other_passages_are_not():
    assert not near_repeats(shingles("We did."), shingles("We did. We did."))
    long_one = EXCERPT + " " + " ".join(f"Then item number {n} followed." for n in range(20))
    assert not near_repeats(shingles(EXCERPT), shingles(long_one))
    other = "The dam holds back the largest reservoir in the country, and a breach would flood the valley."
    assert not near_repeats(shingles(EXCERPT), shingles(other))


def test_shingles_read_words_as_the_word_pattern_does_whatever_the_characters():
    """Plain ASCII text is split by a faster road than the rest: both must find the same words."""
    rng = random.Random(11)
    ascii_chars = [chr(n) for n in range(128)]
    others = ["é", "’", "—", "ß", "İ", "½", "٣", "\u00a0", "\u2028", "ﬁ"]
    for _ in range(3000):
        chars = ascii_chars + others if rng.random() < 0.3 else ascii_chars + ["a"] * 40 + [" "] * 20
        text = "".join(rng.choice(chars) for _ in range(rng.randrange(60)))
        words = re.findall(r"\w+", fold(text))
        expected = frozenset(zip(words, words[1:], words[2:], strict=False)) if len(words) >= 3 else None
        if expected is not None:
            assert shingles(text) == expected, repr(text)
        else:
            assert shingles(text) == (frozenset({tuple(words)}) if words else frozenset()), repr(text)


def test_collapse_keeps_rank_order_within_and_between_groups():
    items = ["a " + EXCERPT, "other words entirely, nothing in common with the rest here", EXCERPT, "b " + EXCERPT]
    assert collapse(items, str) == [[items[0], items[2], items[3]], [items[1]]]


def test_an_item_joins_the_group_it_near_repeats_not_the_first_it_shares_words_with():
    reservoir = "The dam holds back the largest reservoir in the country, and a breach would flood the valley."
    mixed = reservoir.replace("flood", "swamp") + " Our engineers have looked at it."
    assert not near_repeats(shingles(EXCERPT), shingles(mixed)) and shingles(EXCERPT) & shingles(mixed)
    assert collapse([EXCERPT, reservoir, mixed], str) == [[EXCERPT], [reservoir, mixed]]
    assert collapse([mixed, EXCERPT, reservoir], str) == [[mixed, reservoir], [EXCERPT]]


def _first_match_groups(items: list[str]) -> list[list[str]]:
    """Grouping as defined: each item joins the first group whose first item it near repeats."""
    groups: list[list[str]] = []
    for item in items:
        home = next((g for g in groups if near_repeats(shingles(g[0]), shingles(item))), None)
        if home is None:
            groups.append([item])
        else:
            home.append(item)
    return groups


def test_collapse_groups_as_defined_on_many_edited_copies_of_a_few_passages():
    rng = random.Random(7)
    words = [f"word{n}" for n in range(25)]
    for _ in range(400):
        originals = [" ".join(rng.choices(words, k=rng.randint(1, 18))) for _ in range(rng.randint(1, 5))]
        items = []
        for _ in range(rng.randint(1, 20)):
            copy = rng.choice(originals).split()
            for _ in range(rng.randint(0, 4)):  # words dropped, added or changed
                place = rng.randrange(len(copy) + 1)
                if rng.random() < 0.5 and place < len(copy):
                    copy[place] = rng.choice(words)
                else:
                    copy.insert(place, rng.choice(words))
            items.append(" ".join(copy))
        assert collapse(items, str) == _first_match_groups(items)


def test_collapse_groups_as_defined_at_the_edge_of_the_shared_share():
    """Copies that share every count of shingles with their original, from all to none, with the changed words
    at the start, the end or spread out: each pair folds exactly when the definition says so, whichever few
    shingles of the shorter one are looked at first."""
    for size in (6, 7, 9, 10, 13, 20, 33, 60):
        words = [f"w{size}x{n}" for n in range(size + 2)]  # ``size`` distinct shingles
        original = " ".join(words)
        for changed in range(size + 1):
            for where in ("start", "end", "spread"):
                copy = list(words)
                places = {
                    "start": range(changed),
                    "end": range(len(words) - changed, len(words)),
                    "spread": range(0, 3 * changed, 3),
                }[where]
                for place in places:
                    if place < len(copy):
                        copy[place] = f"new{place}"
                items = [" ".join(copy), original, "other words " + " ".join(copy[::-1])]
                assert collapse(items, str) == _first_match_groups(items), (size, changed, where)
                assert collapse(items[::-1], str) == _first_match_groups(items[::-1]), (size, changed, where)


def test_near_repeats_across_documents_fold_into_one_hit_that_lists_every_source(tmp_path):
    root = tmp_path / "corpus"
    write(
        root, "briefing.txt", f"---\ntitle: Briefing\ndate: 2017-03-06\nkind: transcript\n---\nCOL. MARSH: {EXCERPT}\n"
    )
    changed = EXCERPT.replace("looked at", "studied")
    write(root, "article.md", f"---\ntitle: Article\ndate: 2017-03-07\n---\nThe spokesman said:\n\n> {changed}\n")
    elided = EXCERPT.replace("closely and", "closely, […] and")
    write(root, "digest.md", f"---\ntitle: Digest\ndate: 2017-03-10\n---\nThe week's news.\n\n> {elided}\n")
    write(root, "other.md", "---\ntitle: Other\n---\nEngineers inspected the dam on the river again.\n")
    build_index(root, tmp_path / "index")
    hits = Searcher(load_index(tmp_path / "index")).ask("are engineers targeting the dam?", k=5).hits
    excerpt_hits = [hit for hit in hits if "not targeting the dam" in hit.passage.text]
    assert len(excerpt_hits) == 1
    listed = {excerpt_hits[0].source.title, *(source.title for source in excerpt_hits[0].also_in)}
    assert listed == {"Briefing", "Article", "Digest"}
    assert any(hit.source.title == "Other" for hit in hits)
