"""Text for Discord: escaping, lengths as Discord counts them, cutting on a word, joining within a limit."""

import pytest

from bot.render.discord_text import cut_on_word, discord_length, escape_markdown, join_within


@pytest.mark.parametrize(
    ("text", "escaped"),
    [
        ("**bold** _it_ ~~x~~ ||s|| `c`", r"\*\*bold\*\* \_it\_ \~\~x\~\~ \|\|s\|\| \`c\`"),
        ("[a](b) <@123> <#9>", r"\[a\](b) \<@123\> \<#9\>"),
        ("@everyone and @here", "@\u200beveryone and @\u200bhere"),
        (
            "# title\n- item\n+ item\n12. twelfth\n  - nested",
            "\\# title\n\\- item\n\\+ item\n12\\. twelfth\n  \\- nested",
        ),
        ("a - b # c 3. d", "a - b # c 3. d"),
        ("back\\slash", "back\\\\slash"),
        ("see https://x.test/a_b*c and _x_", "see https://x.test/a_b*c and \\_x\\_"),
        ("(https://x.test/a_b).", "(https://x.test/a_b)."),
    ],
)
def test_escape_markdown(text, escaped):
    assert escape_markdown(text) == escaped


def test_a_fragment_that_does_not_start_a_line_keeps_its_leading_marker():
    assert escape_markdown("- not a bullet", line_start=False) == "- not a bullet"
    assert escape_markdown("x\n- bullet", line_start=False) == "x\n\\- bullet"


def test_lengths_count_characters_outside_the_basic_plane_twice():
    assert discord_length("abc") == 3
    assert discord_length("é") == 1
    assert discord_length("🚚") == 2


@pytest.mark.parametrize("limit", [5, 10, 17, 30])
def test_cut_on_word_ends_on_a_word_with_an_ellipsis(limit):
    text = "The convoy was hit early on Tuesday morning"
    cut = cut_on_word(text, limit)
    assert discord_length(cut) <= limit and cut.endswith("…")
    kept = cut[:-1]
    assert text.startswith(kept) and text[len(kept)] == " "


def test_cut_on_word_keeps_text_that_fits_and_hard_cuts_one_huge_word():
    assert cut_on_word("short", 10) == "short"
    assert cut_on_word("x" * 50, 10) == "x" * 9 + "…"
    assert cut_on_word("word " * 3, 10) == "word word…"
    assert cut_on_word("a " + "x" * 100, 50) == "a " + "x" * 47 + "…", "not down to one letter for a long word"
    assert discord_length(cut_on_word("🚚" * 20, 9)) <= 9


def test_join_within_counts_what_it_leaves_out():
    parts = [f"item {n}" for n in range(10)]
    joined = join_within(parts, 40)
    assert discord_length(joined) <= 40
    assert joined.splitlines()[-1].startswith("and ") and joined.splitlines()[-1].endswith(" more")
    assert join_within(parts[:2], 40) == "item 0\nitem 1"
