"""A government release saved or pasted from the web keeps only its story: the ``From:`` line naming who issued it,
the buttons under a ``Share this page`` heading (``Share on Facebook``, ``The following links open in a new tab``) and
the page's survey (``Is this page useful? Maybe Yes this page is useful No this page is not useful``) are no passages;
a sentence opening with the same words, and a paragraph under a heading about shares, stay."""

import pytest

from tests.conftest import built_pages, by_document

STORY = [
    "The vessel, built at the Selm yard, will patrol the shipping lanes off the east coast for three weeks at a time.",
    "The remaining three vessels are due to enter service by the end of next year, the department said.",
]
SURVEY = "<p>Is this page useful? Maybe Yes this page is useful No this page is not useful</p>"


def _page(body: str) -> str:
    return ("<html><head><title>New patrol vessel joins the coastguard fleet</title></head><body><main>"
            "<p>Press release</p><h1>New patrol vessel joins the coastguard fleet</h1>"
            "<p>From: Department for Coastal Affairs and Ann Lee MP</p><p>Published 9 February 2026</p>"
            f"{body}</main></body></html>")


RELEASE = _page(
    f"<p>{STORY[0]}</p><p>{STORY[1]}</p><h2>Share this page</h2><p>The following links open in a new tab</p>"
    f"<ul><li>Share on Facebook (opens in new tab)</li><li>Share on Twitter (opens in new tab)</li></ul>{SURVEY}"
)
LOOK_ALIKES = [
    "From: a small yard on the river, the first hull was towed out to sea on a calm morning in May.",
    "Is this page useful? Readers told the department that the old one was not, and it was rewritten.",
    "Share prices in the yard's owner rose by four per cent on the news, the exchange said.",
]
ALIKE = _page(f"<p>{STORY[0]}</p><p>{LOOK_ALIKES[0]}</p><p>{LOOK_ALIKES[1]}</p><h2>Shares</h2>"
              f"<p>{LOOK_ALIKES[2]}</p>")
PASTED = "\n".join([
    "Skip to main content", "Press release", "New patrol vessel joins the coastguard fleet",
    "From: Department for Coastal Affairs and Ann Lee MP", "Published 9 February 2026", *STORY, "Share this page",
    "The following links open in a new tab", "Share on Facebook (opens in new tab)",
    "Share on Twitter (opens in new tab)", "Is this page useful?", "Maybe", "Yes this page is useful",
    "No this page is not useful", "Report a problem with this page",
])


@pytest.fixture(scope="module")
def read(tmp_path_factory):
    found = {}
    for name, page in {"release.html": RELEASE, "alike.html": ALIKE, "pasted.txt": PASTED}.items():
        index = built_pages(tmp_path_factory.mktemp(name.replace(".", "-")) / "corpus", {name: page})
        found.update(by_document(index)[1])
    return found


@pytest.mark.parametrize("name", ["release.html", "pasted.txt"])
def test_a_releases_from_line_share_buttons_and_survey_are_no_passages(read, name):
    assert read[name] == STORY


def test_sentences_opening_with_the_same_words_stay(read):
    assert [text for text in read["alike.html"] if text in (STORY[0], *LOOK_ALIKES)] == [STORY[0], *LOOK_ALIKES]
