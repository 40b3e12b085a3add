"""Decompression bombs (.docx zips and PDF Flate streams) are refused fast, in little memory, before parsing;
normal documents still load, and the bounds can be raised."""

from __future__ import annotations

import io
import os
import struct
import tracemalloc
import zipfile
import zlib

import pytest

from kechuang.errors import KechuangError
from kechuang.extract import extract_plan
from kechuang.text.load import load_bytes
from tests.text.docs_builders import build_docx, build_pdf
from tests.text.test_docx import PARAGRAPHS
from tests.text.test_pdf import PAGES
from tests.timing import assert_under

MB = 1024 * 1024


def _spaces_zip(size: int, photo: int = 0) -> bytes:
    """A .docx-shaped zip whose document.xml is ``size`` bytes of spaces, written in chunks, and a ``photo``
    of as many incompressible bytes."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        with zf.open("word/document.xml", "w") as member:
            chunk = b" " * MB
            for _ in range(size // MB):
                member.write(chunk)
        zf.writestr("word/media/image1.png", os.urandom(photo))
    return buf.getvalue()


def _lying_zip(size: int, declared: int) -> bytes:
    """The same bomb with its local and central headers claiming ``declared`` inflated bytes."""
    data = bytearray(_spaces_zip(size))
    for signature, offset in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        at = data.index(signature, data.index(signature) + 1)  # the second entry: word/document.xml
        struct.pack_into("<I", data, at + offset, declared)
    return bytes(data)


def _zeros(size: int) -> bytes:
    squeeze = zlib.compressobj(9)
    zeros = bytes(MB)
    return b"".join(squeeze.compress(zeros) for _ in range(size // MB)) + squeeze.flush()


def _pdf(objects: list[bytes]) -> bytes:
    """A PDF file of these objects (numbered from 1; 1 is the catalog) with its cross-reference table."""
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for number, obj in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + obj + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def _stream(head: str, body: bytes) -> bytes:
    return f"<< {head} /Length {len(body)} >>\nstream\n".encode() + body + b"\nendstream"


def _flate_pdf(pages: int, stream_size: int) -> bytes:
    """A PDF of ``pages`` pages, each with its own FlateDecode content stream of ``stream_size`` zero bytes."""
    body = _zeros(stream_size)
    kids = " ".join(f"{3 + 2 * i} 0 R" for i in range(pages))
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", f"<< /Type /Pages /Kids [{kids}] /Count {pages} >>".encode()]
    for i in range(pages):
        objects.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents {4 + 2 * i} 0 R "
                       "/Resources << >> >>".encode())
        objects.append(_stream("/Filter /FlateDecode", body))
    return _pdf(objects)


def _forms_pdf(forms: int, stream_size: int) -> bytes:
    """One page drawing ``forms`` form XObjects, each a FlateDecode stream of ``stream_size`` zero bytes."""
    body = _zeros(stream_size)
    names = " ".join(f"/X{i} {5 + i} 0 R" for i in range(forms))
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
               f"/Resources << /XObject << {names} >> >> >>".encode(),
               _stream("", " ".join(f"/X{i} Do" for i in range(forms)).encode())]
    objects += [_stream("/Type /XObject /Subtype /Form /BBox [0 0 10 10] /Filter /FlateDecode", body)] * forms
    return _pdf(objects)


def _refused(data: bytes, name: str, **limits) -> tuple[KechuangError, float]:
    """The error, given in under 2 s of CPU time, and the peak of Python memory (MB) while refusing (a second run, as
    tracemalloc slows allocation down)."""
    def refuse() -> KechuangError:
        with pytest.raises(KechuangError) as err:
            load_bytes(data, name, **limits)
        return err.value
    error = assert_under(refuse, 2, name)
    tracemalloc.start()
    try:
        with pytest.raises(KechuangError):
            load_bytes(data, name, **limits)
        peak = tracemalloc.get_traced_memory()[1] / MB
    finally:
        tracemalloc.stop()
    return error, peak


@pytest.fixture(scope="module")
def docx_bomb() -> bytes:
    """The audit's case: a 5 MB .docx (a photo and the text) inflating to 190 MB, a ratio of only 38."""
    return _spaces_zip(185 * MB, photo=5 * MB)


def test_docx_bomb_is_refused_fast_and_small(docx_bomb):
    assert 5 * MB < len(docx_bomb) < 6 * MB
    err, peak = _refused(docx_bomb, "炸弹.docx")
    assert err.code == "KC-TEXT-TOO-LARGE"
    assert "“炸弹.docx”" in err.message_zh and "压缩炸弹" in err.message_zh and err.context["file"] == "炸弹.docx"
    assert peak < 20


def test_docx_whose_headers_lie_about_its_size_is_refused():
    err, peak = _refused(_lying_zip(190 * MB, 1000), "lie.docx")
    # zipfile stops at the declared size and the CRC then fails; either way nothing is parsed
    assert err.code in ("KC-TEXT-TOO-LARGE", "KC-TEXT-DOCX") and "lie.docx" in str(err)
    assert peak < 20


def test_docx_inflating_past_a_lower_bound_is_refused_while_inflating():
    """Declared sizes within the total, actual bytes counted while inflating stop at the budget."""
    data = _spaces_zip(30 * MB)
    err, _ = _refused(data, "big.docx", max_inflated=20 * MB)
    assert err.code == "KC-TEXT-TOO-LARGE" and "20 MB" in err.message_zh


def test_docx_ratio_is_bounded():
    data = _spaces_zip(30 * MB)  # ~30 KB inflating ~1000×, under the 100 MB total
    err, _ = _refused(data, "ratio.docx")
    assert err.code == "KC-TEXT-TOO-LARGE" and "压缩比上限 100 倍" in err.message_zh


def test_normal_docx_still_loads_and_bounds_can_be_raised():
    assert "培育创新主体" in load_bytes(build_docx(PARAGRAPHS), "plan.docx").text
    data = _spaces_zip(30 * MB)
    with pytest.raises(KechuangError) as err:  # inflates fine with a generous ratio, then is no Word XML
        load_bytes(data, "spaces.docx", max_ratio=2000)
    assert err.value.code == "KC-TEXT-DOCX"


def test_pdf_flate_bomb_is_refused_fast_and_small():
    data = _flate_pdf(1, 200 * MB)
    assert len(data) < 1 * MB
    err, peak = _refused(data, "炸弹.pdf")
    assert err.code == "KC-TEXT-TOO-LARGE" and "“炸弹.pdf”" in err.message_zh
    assert peak < 60  # the budget here is 20 MB (100 × the file), decoded once and copied once


def test_pdf_many_streams_each_small_are_bounded_in_total():
    data = _flate_pdf(12, 9 * MB)  # 108 MB in twelve streams, none near pypdf's own 75 MB per stream
    err, _ = _refused(data, "many.pdf", max_ratio=10_000)
    assert err.code == "KC-TEXT-TOO-LARGE"


def test_pdf_form_xobjects_on_one_page_are_bounded_in_total():
    data = _forms_pdf(12, 9 * MB)  # 108 MB drawn by one page, each form under the 20 MB budget
    err, peak = _refused(data, "forms.pdf", max_inflated=20 * MB, max_ratio=10_000)
    assert err.code == "KC-TEXT-TOO-LARGE"
    assert peak < 50  # counted stream by stream, not after the page: about the budget, decoded and copied


def test_normal_pdf_still_extracts():
    plan = extract_plan(build_pdf(PAGES, header="临泽县人民政府文件"), name="plan.pdf", max_inflated=10 * MB,
                        max_ratio=100)
    assert [(t.value, t.unit) for t in plan.targets] == [(30, "家"), (100, "家"), (2, "亿元"), (5, "个")]


def test_a_broken_form_no_page_draws_does_not_stop_extraction():
    """Counting decodes every form a page lists; one it cannot decode is left to extract_text, as before."""
    text = "BT /F1 12 Tf 72 700 Td (Science and technology plan for the county, first section) Tj ET"
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
               b"/Resources << /Font << /F1 5 0 R >> /XObject << /X0 6 0 R >> >> >>",
               _stream("", text.encode()), b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
               _stream("/Type /XObject /Subtype /Form /BBox [0 0 1 1] /Filter /NoSuchFilter", b"garbage")]
    assert load_bytes(_pdf(objects), "broken-form.pdf").text == text.split("(")[1].split(")")[0]
