"""The Discord client: slash commands, the mention handler and the buttons under answers.

Answers are built by ``bot.render.discord``; searches run in threads over the searcher that
``index.SearcherHolder`` keeps current.
"""
