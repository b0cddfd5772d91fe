"""The buttons under an answer: Back and More page through the passages, Context shows what surrounds one,
Document N sends the asker the file of a passage's document when it has no public link."""

from __future__ import annotations

import functools
import logging
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import discord

from bot.discord.document_button import send_document
from bot.discord.failures import report_interaction_failure
from bot.render.discord import (
    CONTEXT_AROUND,
    DOCUMENT_ACTION,
    DiscordReply,
    build_context_reply,
    build_notice,
    build_reply,
    make_button,
    page_count,
)
from index import Answer, Searcher

log = logging.getLogger("briefbot.discord")

NOT_YOURS = "These buttons belong to the person who asked. Ask your own question with `/ask`."
INTERACTION_TOKEN_SECONDS = 15 * 60 - 30
"""An interaction's token lasts 15 minutes; after that its message can no longer be edited through it."""


class AnswerView(discord.ui.View):
    """Pages through one answer for the person who asked, reading from the searcher the answer came from even
    after a swap; removes its buttons when it times out."""

    def __init__(
        self,
        answer: Answer,
        searcher: Searcher,
        *,
        per_page: int,
        asker_id: int,
        reply: DiscordReply,
        timeout: float,
        corpus_dir: Path | None = None,
    ) -> None:
        super().__init__(timeout=timeout)
        self.answer = answer
        self.searcher = searcher
        self.per_page = per_page
        self.asker_id = asker_id
        self.corpus_dir = corpus_dir
        """Where the Document buttons find the files; None sends none (the buttons say so)."""
        self.page = 0
        self.context_shown = False
        self._edit: Callable[..., Awaitable[Any]] | None = None
        self._edit_expires = float("inf")
        self._show_buttons(reply)

    def attach(self, message: discord.Message | discord.WebhookMessage, *, token_bound: bool) -> None:
        """Remember the message the view sits under; ``token_bound`` when it can only be edited for 15 minutes."""
        self._edit = message.edit
        self._edit_expires = time.monotonic() + INTERACTION_TOKEN_SECONDS if token_bound else float("inf")

    def render(self) -> DiscordReply:
        """The reply for the view's current page, or the context of its first passage."""
        if self.context_shown:
            hit = self.answer.hits[self.page * self.per_page]
            around = self.searcher.neighbours(hit.passage_id, CONTEXT_AROUND, CONTEXT_AROUND)
            return build_context_reply(self.answer, around, page=self.page, per_page=self.per_page)
        return build_reply(self.answer, page=self.page, per_page=self.per_page)

    async def press(self, interaction: discord.Interaction, action: str) -> None:
        """Carry out a button's ``action`` and show the result in place (a document is sent privately)."""
        if action.startswith(DOCUMENT_ACTION):
            rank = int(action.removeprefix(DOCUMENT_ACTION))
            await send_document(interaction, self.answer, rank, self.searcher, self.corpus_dir)
            return
        last_page = page_count(self.answer, self.per_page) - 1
        if action == "more":
            self.page, self.context_shown = min(self.page + 1, last_page), False
        elif action == "back":
            self.page = self.page if self.context_shown else max(self.page - 1, 0)
            self.context_shown = False
        elif action == "context":
            self.context_shown = not self.context_shown
        reply = self.render()
        self._show_buttons(reply)
        await interaction.response.edit_message(**reply.send_kwargs(), view=self)
        self._edit = interaction.edit_original_response
        self._edit_expires = time.monotonic() + INTERACTION_TOKEN_SECONDS

    async def interaction_check(self, interaction: discord.Interaction) -> bool:
        """Only the asker may press; anyone else is told so privately."""
        if interaction.user.id == self.asker_id:
            return True
        await interaction.response.send_message(**build_notice(NOT_YOURS).send_kwargs(), ephemeral=True)
        return False

    async def on_timeout(self) -> None:
        """Take the buttons off the message; a message deleted or out of reach is left alone."""
        if self._edit is None:
            return
        if time.monotonic() > self._edit_expires:
            log.debug("buttons left on an answer whose interaction token has expired")
            return
        try:
            await self._edit(view=None)
        except discord.HTTPException as error:
            log.info("could not remove the buttons from an answer: %s", error)

    async def on_error(self, interaction: discord.Interaction, error: Exception, item: discord.ui.Item[Any]) -> None:
        """Log a failed button press with its context and apologise to the presser."""
        await report_interaction_failure(interaction, error)

    def _show_buttons(self, reply: DiscordReply) -> None:
        """Put the reply's buttons on the view (the Document buttons change with the page)."""
        self.clear_items()
        for spec in reply.buttons:
            button = make_button(spec)
            # discord.py calls whatever callback the button holds, but types it as a method generic in the client.
            button.callback = functools.partial(self.press, action=spec.action)  # type: ignore[method-assign]
            self.add_item(button)
