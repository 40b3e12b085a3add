"""The web platform: the only package that imports Django (see docs/web.md)."""
