"""The bot's commands: ``/ask``, ``/reindex``, ``/about`` and ``/help``, and questions asked by mentioning it.

Each question is logged once at INFO (see ``bot.discord.usage``)."""

from __future__ import annotations

import asyncio
import logging
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import discord
from discord import app_commands
from discord.ext import commands

from bot.discord.failures import (
    interaction_context,
    message_context,
    report_interaction_failure,
    report_message_failure,
)
from bot.discord.gate import QuestionGate
from bot.discord.mentions import addressed_question
from bot.discord.options import BotOptions
from bot.discord.usage import QuestionRecord
from bot.discord.views import AnswerView
from bot.question import discord_answer
from bot.question_rules import MAX_QUESTION_CHARS, question_problem, question_words
from bot.remedies import for_discord
from bot.render.discord import DiscordReply, build_about_reply, build_notice
from bot.render.discord_text import cut_on_word, escape_markdown, hide_paths
from index import (
    Answer,
    BriefbotError,
    RebuildRunningError,
    ReportView,
    Searcher,
    SearcherHolder,
    corpus_changed,
    describe_index,
    report_view,
)

log = logging.getLogger("briefbot.discord")

HOW_TO_ASK = "Ask me a question after the mention, for example: who announced the ceasefire, and when?"
MANAGERS_ONLY = "Only members with the Manage Server permission can rebuild the index."
NEEDS_EMBEDS = "I answer with embeds, and I lack the Embed Links permission in this channel: please ask a moderator."


def _sentence(problem: str) -> str:
    return f"{problem[0].upper()}{problem[1:]}."


def cooldown_text(seconds: float, questions: int, window: float) -> str:
    """The polite refusal shown to someone asking faster than the cooldown allows."""
    wait = max(1, round(seconds))
    allowance = "one question" if questions == 1 else f"{questions} questions"
    return (
        f"You are asking quickly: please wait {wait} s before the next question "
        f"(up to {allowance} every {window:g} s per person)."
    )


class AnswersCog(commands.Cog, name="Answers"):
    """Answers questions from the index the holder keeps current."""

    def __init__(self, bot: commands.Bot, holder: SearcherHolder, options: BotOptions) -> None:
        self.bot = bot
        self.holder = holder
        self.options = options
        self.gate = QuestionGate(
            options.cooldown_questions, options.cooldown_seconds, options.max_searches, wait=options.search_wait
        )
        self._searches = ThreadPoolExecutor(options.max_searches, thread_name_prefix="briefbot-search")
        """Threads of their own for searches, as many as the bound allows: asyncio's shared default pool is
        smaller on a small machine and also serves rebuilds and reload checks."""

    async def cog_unload(self) -> None:
        """Let running searches finish, then stop their threads."""
        self._searches.shutdown(wait=False, cancel_futures=True)

    @app_commands.command(name="ask", description="Ask the briefings and articles a question; get quoted passages.")
    @app_commands.describe(question="What you want to know: name the people, places or events it is about.")
    async def ask(
        self, interaction: discord.Interaction, question: app_commands.Range[str, 1, MAX_QUESTION_CHARS]
    ) -> None:
        """Answer ``question`` with the best passages, each quoted with its source."""
        record = QuestionRecord("/ask", interaction.guild_id, interaction.channel_id, interaction.user.id, question)
        if problem := question_problem(question):
            self._logged(record, "refused")
            await interaction.response.send_message(**build_notice(_sentence(problem)).send_kwargs(), ephemeral=True)
            return
        wait = self.gate.retry_after(interaction.user.id)
        if wait is not None:
            self._logged(record, "cooldown")
            notice = build_notice(cooldown_text(wait, self.gate.questions, self.gate.seconds))
            await interaction.response.send_message(**notice.send_kwargs(), ephemeral=True)
            return
        try:
            await interaction.response.defer(thinking=True)
            searcher, answer, reply = await self.search(question)
            view = self._view(answer, searcher, interaction.user.id, reply)
            message = await interaction.followup.send(**reply.send_kwargs(), **_with(view), wait=True)
            if view is not None:
                view.attach(message, token_bound=True)
            self._logged(record, _outcome(answer), answer)
        except Exception as error:
            self._logged(record, "failed")
            await report_interaction_failure(interaction, error)

    @app_commands.command(name="reindex", description="Rebuild the index from the corpus (Manage Server only).")
    @app_commands.guild_only()
    @app_commands.default_permissions(manage_guild=True)
    async def reindex(self, interaction: discord.Interaction) -> None:
        """Rebuild the index in a thread; the bot keeps answering from the old one until the new one is in."""
        permissions = interaction.permissions
        if not (permissions.manage_guild or permissions.administrator):
            log.info("reindex refused: no Manage Server permission (%s)", interaction_context(interaction))
            await interaction.response.send_message(**build_notice(MANAGERS_ONLY).send_kwargs(), ephemeral=True)
            return
        if self.holder.rebuilding:
            await report_interaction_failure(interaction, RebuildRunningError("a rebuild is already running"))
            return
        try:
            await interaction.response.defer(thinking=True, ephemeral=True)
            log.info("reindex started (%s)", interaction_context(interaction))
            report = await asyncio.to_thread(self.holder.rebuild)
            view = report_view(report)
            log.info("reindex done: %s", view.summary)
            for line in view.problem_lines():
                log.info("reindex %s", line)
            await interaction.followup.send(**build_notice(_rebuilt_text(view)).send_kwargs(), ephemeral=True)
        except RebuildRunningError as error:
            await report_interaction_failure(interaction, error)
        except BriefbotError as error:
            log.error("reindex failed (%s): %s", interaction_context(interaction), error)
            text = f"The rebuild failed: {hide_paths(str(error))}. The bot keeps answering from the previous index."
            await _send_followup(interaction, build_notice(escape_markdown(text)))
        except Exception as error:
            await report_interaction_failure(interaction, error)

    @app_commands.command(name="about", description="What briefbot answers from and how to ask it.")
    async def about(self, interaction: discord.Interaction) -> None:
        """Corpus size, index date and how to ask, shown to the person who asked."""
        await self._send_about(interaction)

    @app_commands.command(name="help", description="How to ask briefbot, and what it answers from.")
    async def help(self, interaction: discord.Interaction) -> None:
        """The same as /about."""
        await self._send_about(interaction)

    @commands.Cog.listener()
    async def on_message(self, message: discord.Message) -> None:
        """Answer a message that mentions the bot (or a direct message), as a reply to it."""
        me = self.bot.user
        if me is None or message.author.bot:
            return
        question = addressed_question(message, me)
        if question is None:
            return
        guild = message.guild.id if message.guild is not None else None
        record = QuestionRecord("mention", guild, message.channel.id, message.author.id, question)
        try:
            outcome, answer = await self._answer_message(message, question)
        except Exception as error:
            self._logged(record, "failed")
            await report_message_failure(message, error)
        else:
            self._logged(record, outcome, answer)

    async def search(self, question: str) -> tuple[Searcher, Answer, DiscordReply]:
        """Search and build the reply in a thread, within the bound on searches at once: the searcher used (the
        buttons keep reading from it), the answer and its first page."""
        searcher = self.holder.current()
        async with self.gate.slot():
            loop = asyncio.get_running_loop()
            answer, reply = await loop.run_in_executor(
                self._searches, discord_answer, searcher, question, self.options.per_page, self.options.public_base_url
            )
        return searcher, answer, reply

    def about_reply(self) -> DiscordReply:
        """The /about reply for the index in use, with when the corpus last changed (reads the corpus folder)."""
        searcher = self.holder.searcher
        facts = describe_index(searcher) if searcher is not None else None
        minutes = max(1, round(self.options.buttons_timeout / 60))
        changed = corpus_changed(self.holder.library.corpus_dir)
        problem, kind = self.holder.problem, self.holder.problem_kind
        problem = for_discord(problem, kind) if problem and kind else problem
        return build_about_reply(facts, problem=problem, buttons_minutes=minutes, corpus_changed=changed)

    async def _send_about(self, interaction: discord.Interaction) -> None:
        try:
            reply = await asyncio.to_thread(self.about_reply)
            await interaction.response.send_message(**reply.send_kwargs(), ephemeral=True)
        except Exception as error:
            await report_interaction_failure(interaction, error)

    async def _answer_message(self, message: discord.Message, question: str) -> tuple[str, Answer | None]:
        """Answer a mention; returns the outcome for the log line and the answer, if any."""
        if not question_words(question):
            await message.reply(**build_notice(HOW_TO_ASK).send_kwargs(), mention_author=False)
            return "empty", None
        if problem := question_problem(question):
            await message.reply(**build_notice(_sentence(problem)).send_kwargs(), mention_author=False)
            return "refused", None
        wait = self.gate.retry_after(message.author.id)
        if wait is not None:
            notice = build_notice(cooldown_text(wait, self.gate.questions, self.gate.seconds))
            await message.reply(**notice.send_kwargs(), mention_author=False, delete_after=max(5.0, wait))
            return "cooldown", None
        if message.guild is not None and not message.channel.permissions_for(message.guild.me).embed_links:
            log.warning("no Embed Links permission to answer (%s)", message_context(message))
            await message.reply(**build_notice(NEEDS_EMBEDS).send_kwargs(), mention_author=False)
            return "no-embed-permission", None
        log.debug("question by mention (%s)", message_context(message))
        async with message.channel.typing():
            searcher, answer, reply = await self.search(question)
        view = self._view(answer, searcher, message.author.id, reply)
        sent = await message.reply(**reply.send_kwargs(), **_with(view), mention_author=False)
        if view is not None:
            view.attach(sent, token_bound=False)
        return _outcome(answer), answer

    def _logged(self, record: QuestionRecord, outcome: str, answer: Answer | None = None) -> None:
        record.done(outcome, answer, with_question=self.options.log_questions, with_user=self.options.log_users)

    def _view(self, answer: Answer, searcher: Searcher, asker_id: int, reply: DiscordReply) -> AnswerView | None:
        if not reply.buttons:
            return None
        return AnswerView(
            answer,
            searcher,
            per_page=self.options.per_page,
            asker_id=asker_id,
            reply=reply,
            timeout=self.options.buttons_timeout,
            corpus_dir=self.holder.library.corpus_dir,
        )


def _outcome(answer: Answer) -> str:
    return "answered" if answer.hits else "nothing-found"


def _with(view: AnswerView | None) -> dict[str, Any]:
    return {} if view is None else {"view": view}


def _rebuilt_text(view: ReportView) -> str:
    lines = [f"Rebuilt the index: {view.summary}. New questions are answered from it now."]
    if view.skipped:  # the files are named in the bot's log, not in Discord
        lines.append(f"Skipped {len(view.skipped)} (the bot's log names the files):")
        lines.extend(f"• {escape_markdown(hide_paths(item.reason))}" for item in view.skipped)
    return cut_on_word("\n".join(lines), 1900)


async def _send_followup(interaction: discord.Interaction, reply: DiscordReply) -> None:
    try:
        await interaction.followup.send(**reply.send_kwargs(), ephemeral=True)
    except discord.HTTPException as failure:
        log.warning("could not send a reply (%s): %s", interaction_context(interaction), failure)
