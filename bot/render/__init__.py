"""Renderers: the same Answer shown in a terminal, as JSON, or (later) as a Discord payload."""
