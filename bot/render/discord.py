"""Answers as Discord message payloads: the one place that decides what the bot sends.

``build_reply`` gives content, embeds, allowed mentions and buttons; the bot sends exactly that and
``ask --format discord --json`` prints it. Every payload stays inside Discord's limits and pings no one.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import discord

from bot.render.answer_view import (
    NOTHING_FOUND,
    AnswerView,
    Marked,
    PassageView,
    answer_view,
    answered_part,
    counted,
    passage_view,
    web_link,
)
from bot.render.discord_text import (
    CONTROL,
    ELLIPSIS,
    cut_on_word,
    defuse_mentions,
    discord_length,
    escape_markdown,
    hide_paths,
    join_within,
    one_line,
    url_spans,
)
from index import Answer, IndexFacts, Passage, Source

CONTENT_LIMIT = 2000
TITLE_LIMIT = 256
AUTHOR_LIMIT = 256
DESCRIPTION_LIMIT = 4096
FIELD_VALUE_LIMIT = 1024
EMBEDS_LIMIT = 10
TOTAL_LIMIT = 6000
"""Discord's limits on one message (characters); the total counts every embed's text together."""

COLOUR = discord.Colour(0x3B6EA5)
_GREY = discord.Colour.light_grey()
QUESTION_SHOWN = 300
"""How much of the question the reply repeats."""
DATE_LINE_SHOWN = 400
_MARGIN = 40
CONTEXT_AROUND = 2
"""How many passages before and after the top passage the Context button shows."""
_NOT_BUILT = "it has not been built yet"
_NO_NEIGHBOURS = "*No other passages around it in this document.*"


@dataclass(frozen=True, slots=True)
class ReplyButton:
    """A button under a reply: what it does (``back``, ``more``, ``context``), its label, whether it works."""

    action: str
    """``back``, ``more``, ``context``, or ``document:N`` for the document of the passage ranked N."""
    label: str
    enabled: bool = True


DOCUMENT_ACTION = "document:"
"""The action of a button that sends the asker the document of a passage, followed by the passage's rank."""


@dataclass(frozen=True)
class DiscordReply:
    """One message as the bot sends it."""

    content: str | None
    embeds: tuple[discord.Embed, ...] = ()
    buttons: tuple[ReplyButton, ...] = ()
    allowed_mentions: discord.AllowedMentions = field(default_factory=discord.AllowedMentions.none)

    def send_kwargs(self) -> dict[str, Any]:
        """Keyword arguments for ``send``, ``reply`` or ``edit_message`` (the view is added by the caller)."""
        return {"content": self.content, "embeds": list(self.embeds), "allowed_mentions": self.allowed_mentions}

    def to_dict(self) -> dict[str, Any]:
        """The payload as JSON-ready data: content, embeds, allowed mentions and the button components."""
        view = discord.ui.View(timeout=None)
        for button in self.buttons:
            view.add_item(make_button(button))
        return {
            "content": self.content,
            "embeds": [embed.to_dict() for embed in self.embeds],
            "allowed_mentions": self.allowed_mentions.to_dict(),
            "components": view.to_components(),
        }


def make_button(button: ReplyButton) -> discord.ui.Button:
    """The discord.py button for ``button``; its custom id names the action."""
    style = discord.ButtonStyle.primary if button.action == "more" else discord.ButtonStyle.secondary
    return discord.ui.Button(
        label=button.label, custom_id=f"briefbot:{button.action}", style=style, disabled=not button.enabled
    )


def page_count(answer: Answer, per_page: int) -> int:
    """How many pages of ``per_page`` passages the answer fills (at least one)."""
    return max(1, -(-len(answer.hits) // per_page))


def build_reply(answer: Answer, *, page: int = 0, per_page: int = 5) -> DiscordReply:
    """The reply to ``answer``: one embed per passage of ``page`` (from 0), or a plain "nothing found"; the text
    repeats the question, the date line and the words no passage contains."""
    view = answer_view(answer)
    content = _answer_lines(view)
    if view.empty:  # why, escaped: it may name the question's words (``No passage contains: …``)
        why = _fitted(one_line(view.empty), DESCRIPTION_LIMIT, escape_markdown)
        return DiscordReply(content, (discord.Embed(title=NOTHING_FOUND, description=why, colour=_GREY),))
    page, pages, per_page = _paging(answer, page, per_page)
    first = page * per_page
    shown = view.passages[first : first + per_page]
    footer = _footer(view, first, len(shown), page, pages)
    document_ranks = _document_ranks(shown)
    embeds = _passage_embeds(shown, footer, document_ranks)
    documents = sorted({rank for rank in document_ranks if rank is not None})
    return DiscordReply(content, embeds, _buttons(page, pages, context_shown=False, documents=documents))


def build_context_reply(answer: Answer, around: Sequence[Passage], *, page: int = 0, per_page: int = 5) -> DiscordReply:
    """The passages ``around`` the first passage of ``page`` (as ``Searcher.neighbours`` gives them)."""
    page, pages, per_page = _paging(answer, page, per_page)
    rank = page * per_page + 1
    documents = [] if web_link(answer.hits[rank - 1].source) else [rank]
    buttons = _buttons(page, pages, context_shown=True, documents=documents)
    return DiscordReply(_asked_line(answer.question), (_context_embed(answer, rank, around),), buttons)


def build_passage_in_context(answer: Answer, rank: int, around: Sequence[Passage], note: str) -> DiscordReply:
    """The passage ranked ``rank`` among those ``around`` it, under ``note`` (why the file is not sent)."""
    embed = _context_embed(answer, rank, around, offer_file=False)
    return DiscordReply(cut_on_word(defuse_mentions(note), CONTENT_LIMIT), (embed,))


def build_notice(text: str) -> DiscordReply:
    """A short message of the bot's own (a cooldown, an apology); it pings no one, and no mention in it renders."""
    return DiscordReply(cut_on_word(defuse_mentions(text), CONTENT_LIMIT))


def build_about_reply(
    facts: IndexFacts | None,
    *,
    problem: str | None = None,
    buttons_minutes: int = 10,
    corpus_changed: datetime | None = None,
) -> DiscordReply:
    """What the bot answers from and how to ask it; ``problem`` says why no index is loaded, ``corpus_changed``
    when a corpus file last changed."""
    embed = discord.Embed(title="briefbot", colour=COLOUR)
    if facts is None:
        why = escape_markdown(hide_paths(problem or "").rstrip(". ") or _NOT_BUILT)
        embed.description = cut_on_word(
            "I answer questions with passages quoted word for word from a corpus of briefings and articles, "
            f"but no index is loaded right now: {why}.",
            DESCRIPTION_LIMIT,
        )
    else:
        documents = counted(facts.documents, "document")
        passages = counted(facts.passages, "passage")
        embed.description = (
            f"I answer from **{documents}** ({passages}): press-briefing transcripts and news articles. "
            "Every answer quotes them word for word, with the speaker, the date and a link to the source. "
            "Nothing is made up."
        )
        built = _timestamp(facts.built) if facts.built else "unknown"
        skipped = f"\n{counted(facts.skipped, 'file')} could not be read and are left out." if facts.skipped else ""
        embed.add_field(name="Index", value=f"built {built}{skipped}", inline=False)
        if corpus_changed is not None:
            behind = facts.built is not None and corpus_changed > facts.built
            note = " (after the index was built: it catches up on its next update)" if behind else ""
            value = f"{documents}, {passages}; a file last changed {_timestamp(corpus_changed)}{note}"
            embed.add_field(name="Corpus", value=value, inline=False)
    about = {
        "How to ask": "`/ask question: …` with your question, or mention me with the question in a message.\n"
        "Names of people, groups and places, and events as the documents name them, work best.",
        "Buttons": "**More** and **Back** page through further passages; **Context** shows the turns around the "
        "top passage; **Document N** sends you the file of a passage whose document has no public link. "
        f"Only the person who asked can use them, for {buttons_minutes} minutes.",
        "Keeping up to date": "The index reloads by itself after `briefbot index build`; members with the Manage "
        "Server permission can add a transcript or article with `/add` and rebuild the index with `/reindex`.",
    }
    for name, value in about.items():
        embed.add_field(name=name, value=value, inline=False)
    return DiscordReply(None, (embed,))


def _paging(answer: Answer, page: int, per_page: int) -> tuple[int, int, int]:
    """``(page, pages, per_page)`` with the page kept in range and at most 10 passages (embeds) a page."""
    per_page = max(1, min(per_page, EMBEDS_LIMIT))
    pages = page_count(answer, per_page)
    return max(0, min(page, pages - 1)), pages, per_page


def _answer_lines(view: AnswerView) -> str:
    notices = (view.missing_line, view.unnamed_line)
    shown = ((view.date_line, DATE_LINE_SHOWN), *((notice, QUESTION_SHOWN) for notice in notices))
    lines = [_asked_line(view.question)]
    lines += [_fitted(one_line(text), size, escape_markdown) for text, size in shown if text]
    return "\n".join(line for line in lines if line)


def _asked_line(question: str) -> str:
    shown = _fitted(one_line(question), QUESTION_SHOWN, escape_markdown)
    return f"**Asked:** {shown}" if shown else "**Asked:** (an empty question)"


def _footer(view: AnswerView, first: int, count: int, page: int, pages: int) -> str:
    matched = counted(view.matched, "passage")
    where = f"{first + 1}" if count == 1 else f"{first + 1}–{first + count}"
    paging = f" · page {page + 1} of {pages}" if pages > 1 else ""
    within = f", all in {len(view.passages)} ({view.fewer_shown})" if view.fewer_shown else ""
    return f"{matched} matched{within} · showing {where}{paging}"


def _buttons(page: int, pages: int, *, context_shown: bool, documents: Sequence[int] = ()) -> tuple[ReplyButton, ...]:
    buttons = []
    if pages > 1:
        buttons.append(ReplyButton("back", "Back", enabled=context_shown or page > 0))
        buttons.append(ReplyButton("more", "More", enabled=page < pages - 1))
    buttons.append(ReplyButton("context", "Passages" if context_shown else "Context"))
    buttons.extend(ReplyButton(f"{DOCUMENT_ACTION}{rank}", f"Document {rank}") for rank in documents)
    return tuple(buttons)


@dataclass
class _Draft:
    """A passage embed before its quote is sized: everything but the quote is fixed."""

    embed: discord.Embed
    head: str
    quote: Marked
    tail: str
    quote_cap: int
    whole_quote: str | None
    """The whole quote as a block, when the text is short enough for it to be worth building."""


def _document_ranks(shown: Sequence[PassageView]) -> list[int | None]:
    """For each passage shown, the rank of the Document button that sends its file (the first passage of the
    page from the same document), or None when its document has a web link."""
    button_of: dict[str, int] = {}
    return [
        None if web_link(passage.source) else button_of.setdefault(passage.source.path, passage.rank)
        for passage in shown
    ]


def _passage_embeds(
    shown: Sequence[PassageView], footer: str, document_ranks: Sequence[int | None]
) -> tuple[discord.Embed, ...]:
    share = (TOTAL_LIMIT - _MARGIN - discord_length(footer)) // len(shown)
    drafts = [_draft(passage, share, rank) for passage, rank in zip(shown, document_ranks, strict=True)]
    drafts[-1].embed.set_footer(text=footer)
    budgets = _share_out(
        TOTAL_LIMIT - _MARGIN - sum(_embed_length(d.embed) + discord_length(d.head + d.tail) for d in drafts),
        [d.quote_cap if d.whole_quote is None else min(d.quote_cap, discord_length(d.whole_quote)) for d in drafts],
    )
    for draft, budget in zip(drafts, budgets, strict=True):
        quote = draft.whole_quote
        if quote is None or discord_length(quote) > budget:
            quote = _fit_quote(draft.quote, budget)
        draft.embed.description = draft.head + quote + draft.tail
    return tuple(d.embed for d in drafts)


def _draft(passage: PassageView, share: int, document_rank: int | None) -> _Draft:
    title = cut_on_word(escape_markdown(one_line(passage.source.title)), min(TITLE_LIMIT, share // 6)) or None
    embed = discord.Embed(title=title, colour=COLOUR, url=web_link(passage.source))
    embed.set_author(name=cut_on_word(_heading(passage), min(AUTHOR_LIMIT, share // 8)))
    small = min(300, share // 8)
    head = ""
    if passage.answering:
        asked_whole = Marked(CONTROL.sub(" ", passage.answering.text), passage.answering.marks)  # marks in place
        context = answered_part(asked_whole, lambda shown: discord_length(_marked(shown)) <= small)
        asked = _fitted(context.text, small, lambda text: _marked(context.shown_as(text)))
        head = f"*answering:* “{asked}”\n" if asked else ""
    tail = "" if embed.url or document_rank is None else "\n" + _no_link_line(document_rank)
    if passage.also_in:
        links = (_source_link(source, small) for source in passage.also_in)
        embed.add_field(name="Also in", value=join_within(links, min(FIELD_VALUE_LIMIT, small)), inline=False)
    cap = DESCRIPTION_LIMIT - discord_length(head) - discord_length(tail)
    whole = _quote_block(passage.quote) if discord_length(passage.quote.text) < cap else None
    return _Draft(embed, head, passage.quote, tail, cap, whole)


def _embed_length(embed: discord.Embed) -> int:
    """What an embed counts towards the 6,000-character total, as Discord counts it (discord.py's ``len``
    counts code points, fewer than Discord for emoji and other characters beyond the Basic Multilingual Plane)."""
    texts = [embed.title, embed.description, embed.footer.text, embed.author.name]
    texts += [text for field in embed.fields for text in (field.name, field.value)]
    return sum(discord_length(text) for text in texts if text)


def _heading(passage: PassageView, rank: bool = True) -> str:
    parts = [str(passage.rank)] if rank else []
    parts += passage.heading
    if passage.section:
        parts.append(f"§ {passage.section}")
    return defuse_mentions(" · ".join(label for label in map(one_line, parts) if label))


def _no_link_line(rank: int) -> str:
    """What stands for the link of a document without a public one: the button that sends it (never its
    place on the server's disk)."""
    return f"No public link: **Document {rank}** below sends you the file."


def _source_link(source: Source, limit: int) -> str:
    title = cut_on_word(escape_markdown(one_line(source.title)), max(20, limit // 2)) or "(untitled)"
    date = f" ({source.date.isoformat()})" if source.date else ""
    link = web_link(source)
    return f"[{title}]({link}){date}" if link else f"{title}{date} (no public link)"


def _share_out(total: int, wants: Sequence[int]) -> list[int]:
    """Split ``total`` among requests: small requests are met in full, the rest share what is left equally."""
    given = [0] * len(wants)
    left = max(0, total)
    order = sorted(range(len(wants)), key=lambda i: wants[i])
    for place, i in enumerate(order):
        fair = left // (len(wants) - place)
        given[i] = min(wants[i], fair)
        left -= given[i]
    return given


def _marked(text: Marked) -> str:
    """The text escaped, with the words that matched the question in bold (links left whole and plain)."""
    links = url_spans(text.text)
    marks = tuple(m for m in text.marks if not any(m[0] < end and start < m[1] for start, end in links))
    marked: list[str] = []
    at = 0
    for piece, bold in Marked(text.text, marks).runs():
        if bold:
            marked.append(f"**{escape_markdown(piece, line_start=False)}**")
        else:
            marked.append(escape_markdown(piece, line_start=at == 0 or text.text[at - 1] == "\n"))
        at += len(piece)
    return "".join(marked)


def _quote_block(text: Marked) -> str:
    """The text as a Discord block quote, escaped, with the words that matched the question in bold."""
    lines = [line for line in _marked(text).split("\n") if line.strip()]
    return "\n".join(f"> {line}" for line in lines) or f"> {ELLIPSIS}"


def _fit_quote(text: Marked, limit: int) -> str:
    """The block quote of the text cut on a word (with an ellipsis) until it fits ``limit``."""
    return _fitted(text.text, limit, lambda cut: _quote_block(text.shown_as(cut))) or f"> {ELLIPSIS}"[: max(0, limit)]


def _fitted(text: str, limit: int, render: Callable[[str], str]) -> str:
    """``render`` of the longest start of ``text`` (cut on a word, never inside an escape or a bold marker) that
    fits ``limit``; empty when nothing fits."""
    room = min(len(text), max(0, limit))
    shown = render(cut_on_word(text, room))
    while discord_length(shown) > limit and room > 0:
        room = max(0, room - max(1, discord_length(shown) - limit))
        shown = render(cut_on_word(text, room))
    return shown if discord_length(shown) <= limit else ""


def _context_embed(answer: Answer, rank: int, around: Sequence[Passage], *, offer_file: bool = True) -> discord.Embed:
    """The passages ``around`` the one ranked ``rank`` in its document, that one quoted with matched words in bold."""
    passage = answer.hits[rank - 1].passage
    shown = passage_view(answer.hits[rank - 1], rank)
    title = cut_on_word("Context: " + escape_markdown(one_line(shown.source.title)), TITLE_LIMIT)
    embed = discord.Embed(title=title, colour=COLOUR, url=web_link(shown.source))
    embed.set_author(name=cut_on_word(_heading(shown, rank=False), AUTHOR_LIMIT))
    tail = "" if embed.url or not offer_file else "\n\n" + _no_link_line(shown.rank)
    centre = next((n for n, other in enumerate(around) if other == passage), 0)
    others = [other for n, other in enumerate(around) if n != centre and other != passage]
    alone = "" if others else "\n\n" + _NO_NEIGHBOURS
    room = DESCRIPTION_LIMIT - discord_length(tail) - discord_length(alone) - 2 * len(others) - 20
    own = _fit_quote(shown.quote, min(room, max(200, room // 2)) if others else room)
    budgets = _share_out(room - discord_length(own), [discord_length(_turn_line(p, 10**6)) for p in others])
    lines = [_turn_line(other, budget) for other, budget in zip(others, budgets, strict=True)]
    before = sum(1 for n, other in enumerate(around) if n < centre and other != passage)
    lines.insert(before, own)
    embed.description = "\n\n".join(line for line in lines if line) + alone + tail
    embed.set_footer(text="The passage the answer quotes is the block quote; the others are around it.")
    return embed


def _turn_line(passage: Passage, limit: int) -> str:
    """A neighbouring passage on one line, its speaker in bold; empty when there is no room for it."""
    label = f"**{escape_markdown(passage.speaker, line_start=False)}:** " if passage.speaker else ""
    room = limit - discord_length(label)
    if room < 20:
        return ""
    return label + cut_on_word(escape_markdown(" ".join(passage.text.split()), line_start=not label), room)


def _timestamp(moment: datetime) -> str:
    seconds = int(moment.timestamp())
    return f"<t:{seconds}:f> (<t:{seconds}:R>)"
