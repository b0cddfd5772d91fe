"""/add: attachments checked as `briefbot add` checks files, added to the corpus and answered from at once.

The command runs through its real callback with real discord.py Attachments; the files are downloaded from
the local stand-in for Discord, which serves them as Discord's CDN would.
"""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import discord
import pytest

from bot.discord.attachments import download_capped
from bot.discord.client import BriefbotClient
from bot.discord.cog import AnswersCog
from bot.discord.corpus_cog import CorpusCog
from bot.discord.options import BotOptions
from index.adding import UploadRefused
from index.errors import BriefbotError
from index.store import CURRENT_FILE
from tests.bot.discord.fakes import fake_interaction
from tests.bot.discord_payload import limit_problems
from tests.conftest import TRANSCRIPT
from tests.fake_discord import FakeDiscord
from tests.pdf_fixtures import briefing_pdf, pdf_bomb

MANAGER = discord.Permissions(manage_guild=True)
LIMIT = 300_000
RIVER_TALKS = b"""River talks, 4 March 2016

MR. SOLANO: Good morning. The delegations met at the old ferry landing and agreed on a calendar of
three further rounds, the first of them in the lighthouse village next month.

QUESTION: Did the lighthouse village agree to host them?

MR. SOLANO: It did, and the harbour master offered the customs hall for the plenary sessions.
"""


@pytest.fixture
async def fake():
    async with FakeDiscord() as running:
        yield running


@pytest.fixture
def options(fake):
    return BotOptions(per_page=2, max_searches=1, max_file_bytes=LIMIT, file_origins=(fake.base_url,))


@pytest.fixture
def corpus_cog(holder, options):
    return CorpusCog(BriefbotClient(holder, options), holder, options)


def attachment(fake, name, data, *, size=None):
    """A real discord.py Attachment for a file the stand-in serves."""
    return discord.Attachment(data=fake.host_attachment(name, data, size=size), state=SimpleNamespace(http=None))


async def add(cog, file, *, permissions=MANAGER, roles=(), **given):
    interaction = fake_interaction(permissions=permissions)
    interaction.user.roles = [SimpleNamespace(name=name) for name in roles]
    interaction.command = cog.add
    await cog.add.callback(cog, interaction, file=file, **given)
    return interaction


def only_reply(interaction):
    """The one message the command answered with (the refusal or the followup after deferring)."""
    sent = interaction.recorder.named("send_message") + interaction.recorder.named("followup.send")
    (reply,) = sent
    assert reply["ephemeral"] is True and reply["allowed_mentions"].to_dict() == {"parse": []}
    payload = {
        "content": reply["content"],
        "embeds": [e.to_dict() for e in reply.get("embeds", [])],
        "allowed_mentions": reply["allowed_mentions"].to_dict(),
    }
    assert limit_problems(payload) == []
    return payload


def state_of(corpus: Path, index_dir: Path) -> tuple[dict[str, bytes], str]:
    files = {str(p.relative_to(corpus)): p.read_bytes() for p in sorted(corpus.rglob("*")) if p.is_file()}
    return files, (index_dir / CURRENT_FILE).read_text()


async def test_a_manager_adds_a_transcript_and_the_bot_answers_from_it_at_once(corpus_cog, holder, fake, corpus):
    answers = AnswersCog(corpus_cog.bot, holder, corpus_cog.options)
    before = holder.current()
    _, nothing, _ = await answers.search("lighthouse village customs hall")
    assert not nothing.hits
    file = attachment(fake, "river-talks.txt", RIVER_TALKS)
    interaction = await add(corpus_cog, file, url="https://example.test/river/2016-03-04", date="2016-03-04")
    payload = only_reply(interaction)
    (embed,) = payload["embeds"]
    assert embed["title"] == "Added: River talks, 4 March 2016"
    fields = {field["name"]: field["value"] for field in embed["fields"]}
    assert fields["Date"] == "2016-03-04"
    assert "MR. SOLANO" in fields["Speakers"]
    assert "passages indexed; questions are answered from it now" in embed["description"]
    assert "river-talks.txt" not in str(payload), "no corpus path shown"
    added = corpus / "river-talks.txt"
    assert added.read_bytes().endswith(RIVER_TALKS)
    assert b'url: "https://example.test/river/2016-03-04"' in added.read_bytes()
    assert holder.current() is not before, "the new index was swapped in"
    _, answer, reply = await answers.search("lighthouse village customs hall")
    assert answer.hits and answer.hits[0].source.path == "river-talks.txt"
    assert reply.embeds[0].url == "https://example.test/river/2016-03-04"


async def test_a_pdf_gets_its_metadata_in_a_sidecar(corpus_cog, fake, corpus):
    pdf = briefing_pdf()
    interaction = await add(corpus_cog, attachment(fake, "briefing.pdf", pdf), title="Pier briefing")
    (embed,) = only_reply(interaction)["embeds"]
    assert embed["title"] == "Added: Pier briefing"
    assert (corpus / "briefing.pdf").read_bytes() == pdf
    assert 'title = "Pier briefing"' in (corpus / "briefing.pdf.meta.toml").read_text()


async def test_members_without_manage_server_are_refused_before_anything_is_downloaded(
    corpus_cog, fake, corpus, index_dir
):
    before = state_of(corpus, index_dir)
    interaction = await add(corpus_cog, attachment(fake, "river.txt", RIVER_TALKS), permissions=discord.Permissions())
    payload = only_reply(interaction)
    assert payload["content"] == (
        "Not added: Only members with the Manage Server permission can add documents to the corpus. "
        "Nothing was changed."
    )
    assert interaction.recorder.named("defer") == []
    assert fake.downloads == [] and state_of(corpus, index_dir) == before


async def test_a_role_named_in_the_settings_may_add_and_other_roles_may_not(holder, fake, corpus, index_dir):
    options = BotOptions(max_file_bytes=LIMIT, file_origins=(fake.base_url,), add_role="Desk editors")
    cog = CorpusCog(BriefbotClient(holder, options), holder, options)
    assert cog.add.default_permissions is None, "the command is shown to the role too"
    nobody = discord.Permissions()
    refused = await add(cog, attachment(fake, "river.txt", RIVER_TALKS), permissions=nobody, roles=["Staff"])
    assert "or the role Desk editors" in only_reply(refused)["content"]
    allowed = await add(cog, attachment(fake, "river.txt", RIVER_TALKS), permissions=nobody, roles=["Desk editors"])
    assert only_reply(allowed)["embeds"][0]["title"].startswith("Added: ")
    assert (corpus / "river.txt").exists()


def test_without_a_role_only_managers_see_the_command(corpus_cog):
    assert corpus_cog.add.default_permissions == MANAGER


HOSTILE = {
    "a program": ("report.exe", b"MZ\x90\x00 not a document", "unsupported file type '.exe'"),
    "a word file": ("report.docx", b"PK\x03\x04", "unsupported file type '.docx'"),
    "no extension": ("README", b"plain words", "unsupported file type '(none)'"),
    "a parent folder": ("../../escape.txt", RIVER_TALKS, "is not a plain file name"),
    "a sub-folder": ("briefings/new.txt", RIVER_TALKS, "is not a plain file name"),
    "a backslash": ("..\\escape.txt", RIVER_TALKS, "is not a plain file name"),
    "a hidden name": (".env.txt", RIVER_TALKS, "is hidden"),
    "a control character": ("river\x00.txt", RIVER_TALKS, "is not a plain file name"),
    "a PDF bomb": ("bomb.pdf", pdf_bomb(), "damaged PDF"),
    "a fake PDF": ("fake.pdf", b"<html>not a pdf</html>", "not a PDF file"),
    "an empty file": ("empty.txt", b"", "empty"),
    "binary bytes": ("noise.txt", bytes(range(256)) * 40, ""),
    "a copy": ("copy.txt", TRANSCRIPT.encode(), "already holds a document with the same content"),
}


@pytest.mark.parametrize("case", sorted(HOSTILE))
async def test_hostile_attachments_are_refused_with_a_reason_and_change_nothing(
    corpus_cog, fake, corpus, index_dir, case
):
    name, data, reason = HOSTILE[case]
    before = state_of(corpus, index_dir)
    interaction = await add(corpus_cog, attachment(fake, name, data))
    content = only_reply(interaction)["content"]
    assert content.startswith("Not added: ") and content.endswith("Nothing was changed.")
    assert reason.replace("'", "") in content.replace("'", "").replace("\\", "")
    assert state_of(corpus, index_dir) == before
    assert not list(Path(corpus).parent.glob("**/.briefbot-add-*")), "no temporary file left behind"


async def test_a_file_declared_over_the_limit_is_refused_without_downloading_it(corpus_cog, fake, corpus, index_dir):
    before = state_of(corpus, index_dir)
    interaction = await add(corpus_cog, attachment(fake, "huge.txt", b"x", size=LIMIT + 1))
    assert "over the limit of 0.3 MB" in only_reply(interaction)["content"]
    assert fake.downloads == [] and state_of(corpus, index_dir) == before


async def test_a_file_larger_than_it_claims_is_refused_while_downloading(corpus_cog, fake, corpus, index_dir):
    before = state_of(corpus, index_dir)
    big = (b"The pier opens next spring, the harbour master said again. " * 10_000)[: LIMIT * 3]
    interaction = await add(corpus_cog, attachment(fake, "big.txt", big, size=1000))
    assert "over the limit" in only_reply(interaction)["content"]
    assert len(fake.downloads) == 1 and state_of(corpus, index_dir) == before


async def test_the_download_stops_at_the_limit_and_only_reaches_discord(fake):
    hosted = fake.host_attachment("big.txt", b"y" * 2_000_000)
    with pytest.raises(UploadRefused, match="over the limit"):
        await download_capped(hosted["url"], 100_000, (fake.base_url,))
    assert await download_capped(hosted["url"], 2_000_000, (fake.base_url,)) == b"y" * 2_000_000
    with pytest.raises(UploadRefused, match="not a file served by Discord"):
        await download_capped(hosted["url"], 100_000, ("https://cdn.discordapp.com",))
    with pytest.raises(UploadRefused, match="not a file served by Discord"):
        await download_capped(fake.base_url + ".evil.test/x", 100_000, (fake.base_url,))


@pytest.mark.parametrize(
    ("given", "reason"),
    [
        ({"url": "javascript:alert(1)"}, "is not an http(s):// address"),
        ({"date": "4 March 2016"}, "is not a date in YYYY-MM-DD form"),
        ({"date": "2016-02-30"}, "is not a real calendar date"),
    ],
)
async def test_bad_metadata_is_refused_before_downloading(corpus_cog, fake, given, reason):
    interaction = await add(corpus_cog, attachment(fake, "river.txt", RIVER_TALKS), **given)
    assert reason in only_reply(interaction)["content"]
    assert fake.downloads == []


async def test_an_index_that_cannot_be_written_refuses_the_file(corpus_cog, holder, fake, corpus, tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the index folder should be")
    holder.library.index_dir = blocker / "index"
    names = sorted(p.name for p in corpus.rglob("*"))
    interaction = await add(corpus_cog, attachment(fake, "river.txt", RIVER_TALKS))
    content = only_reply(interaction)["content"]
    assert "the index cannot be updated" in content and str(tmp_path) not in content
    assert sorted(p.name for p in corpus.rglob("*")) == names


async def test_no_file_is_added_while_the_index_is_rebuilt(corpus_cog, holder, fake, corpus):
    names = sorted(p.name for p in corpus.rglob("*"))
    holder._rebuild_lock.acquire()
    try:
        interaction = await add(corpus_cog, attachment(fake, "river.txt", RIVER_TALKS))
    finally:
        holder._rebuild_lock.release()
    assert "try again in a moment" in only_reply(interaction)["content"]
    assert sorted(p.name for p in corpus.rglob("*")) == names


async def test_a_name_taken_by_another_file_gets_a_free_one(corpus_cog, fake, corpus):
    (corpus / "river.txt").write_text("An unrelated note about the lighthouse keepers and their boats.\n")
    interaction = await add(corpus_cog, attachment(fake, "river.txt", RIVER_TALKS))
    assert only_reply(interaction)["embeds"][0]["title"].startswith("Added: ")
    assert (corpus / "river-2.txt").read_bytes() == RIVER_TALKS


async def test_a_failed_index_update_after_the_file_is_in_says_so(corpus_cog, fake, corpus, monkeypatch, tmp_path):
    def broken_update(*args, **kwargs):
        raise BriefbotError(f"disk full while writing {tmp_path}/index/gen-9")

    monkeypatch.setattr("index.library.update_index", broken_update)
    interaction = await add(corpus_cog, attachment(fake, "river.txt", RIVER_TALKS))
    content = only_reply(interaction)["content"]
    assert content.startswith("The file was added, but the index could not be updated: disk full while writing")
    assert str(tmp_path) not in content and "`/reindex`" in content
    assert (corpus / "river.txt").read_bytes() == RIVER_TALKS


async def test_a_missing_corpus_refuses_the_file_and_does_not_say_it_was_added(corpus_cog, holder, fake, tmp_path):
    holder.library.corpus_dir = tmp_path / "gone"
    interaction = await add(corpus_cog, attachment(fake, "river.txt", RIVER_TALKS))
    content = only_reply(interaction)["content"]
    assert "answered from after the next update" not in content and str(tmp_path) not in content
    assert not (tmp_path / "gone").exists()
