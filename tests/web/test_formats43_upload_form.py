"""The upload form and the background worker read the one table of formats (kechuang.text.formats): the form
accepts what the loader reads and the command line scans for (it lacked .text and .shtml), names the formats clerks
know, and every Word, PDF or OFD file (a parse of seconds, or a LibreOffice run) is extracted in the background."""

from __future__ import annotations

import re

import pytest
from django.urls import reverse

from kechuang.cli.extract import DOC_SUFFIXES
from kechuang.text import formats
from kechuang.web.jobs.services import BACKGROUND_FORMATS, wants_background

pytestmark = pytest.mark.django_db


def _form(page: str) -> tuple[str, list[str]]:
    label = re.search(r"<label>方案文件[(（](.*?)[,，]不超过 \d+ MB", page)
    accept = re.search(r'<input type="file" name="document" accept="([^"]*)">', page)
    assert label and accept, page
    return label.group(1), accept.group(1).split(",")


def test_the_form_accepts_what_the_loader_reads_and_the_command_line_scans(as_user, users):
    names, accepted = _form(as_user(users["bureau"]).get(reverse("kc-plans")).content.decode())
    assert set(accepted) == DOC_SUFFIXES == set(formats.OFFERED)
    for suffix in accepted:
        row = formats.of_suffix(suffix)
        assert row is not None and row.format != "other", suffix
    assert names == "txt、html、docx、doc、wps、rtf、pdf、ofd"
    assert names.split("、") == [s.lstrip(".") for s in formats.SHOWN]


def test_the_form_on_a_failed_upload_page_offers_the_same_formats(as_user, users, county):
    from kechuang.web.jobs.models import Job

    job = Job.objects.create(kind=Job.EXTRACT, user=users["bureau"], region=county, title="方案.doc",
                             status=Job.FAILED, error={"code": "KC-TEXT-ENCRYPTED", "message_zh": "文档设有打开密码"})
    page = as_user(users["bureau"]).get(reverse("kc-job", args=[job.pk])).content.decode()
    assert _form(page)[1] == list(formats.OFFERED)


def test_every_word_pdf_or_ofd_runs_in_the_background_and_only_formats_the_loader_reads():
    assert set(BACKGROUND_FORMATS) == {".docx", ".docm", ".dotx", ".doc", ".wps", ".rtf", ".pdf", ".ofd"}
    for suffix in BACKGROUND_FORMATS:
        row = formats.of_suffix(suffix)
        assert row.format in ("docx", "doc", "rtf", "pdf", "ofd") and row.background, suffix
        assert wants_background(f"方案{suffix.upper()}", 10)
    for suffix in formats.OFFERED:
        if formats.of_suffix(suffix).libreoffice:
            assert suffix in BACKGROUND_FORMATS, suffix  # a conversion of seconds never runs within the request
    assert not wants_background("方案.txt", 10) and not wants_background("方案.html", 10)
