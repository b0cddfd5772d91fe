"""The Discord client: slash commands, the mention handler and the buttons under answers."""
