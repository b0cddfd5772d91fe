"""briefbot's faces: settings, answer renderers, the ``briefbot`` command line and the Discord client."""
