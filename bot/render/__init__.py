"""Renderers: the same Answer as terminal text, as JSON, or as the Discord payload the bot sends."""
