"""Count the calls of a real method while it keeps doing its work (no mock): the stored-result tests assert that a
page view ran no search or check."""

from __future__ import annotations


def calls_of(monkeypatch, cls: type, name: str) -> list:
    """The argument tuples of every call of ``cls.name`` from now on (the real method still runs)."""
    calls: list = []
    real = getattr(cls, name)

    def counted(self, *args, **kwargs):
        calls.append(args)
        return real(self, *args, **kwargs)

    monkeypatch.setattr(cls, name, counted)
    return calls
