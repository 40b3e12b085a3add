"""docs/web.md describes the layout: every app of kechuang.web is in its table, and the five library apps say why."""

from __future__ import annotations

from pathlib import Path

from django.conf import settings

WEB_MD = Path(__file__).resolve().parents[2] / "docs" / "web.md"
LIBRARY_MD = WEB_MD.with_name("libraries.md")


def test_every_web_app_is_in_the_layout_table_of_the_docs():
    section = WEB_MD.read_text(encoding="utf-8").split("## Layout", 1)[1].split("\n## ", 1)[0]
    apps = [a.rsplit(".", 1)[1] for a in settings.INSTALLED_APPS if a.startswith("kechuang.web.")]
    assert len(apps) >= 17
    assert [a for a in apps if f"`{a}`" not in section] == []
    assert "Why five library apps" in section


def test_the_libraries_doc_names_its_five_apps():
    intro = LIBRARY_MD.read_text(encoding="utf-8").split("\n## ", 1)[0]
    for app in ("libraries", "transfer", "talents", "carriers", "challenges"):
        assert f"`{app}`" in intro, app
