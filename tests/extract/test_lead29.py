"""Review 29 F2 (lead-mended): a meeting the news was heard at is no body, whatever its last character.

``heard.heard_bodies`` takes the source of ``记者从X获悉`` for a lead's 该省/该厅 when X is a body. ``ISSUES_NOTICE`` ends
in 会 for 委员会, 协会, 学会, so a press conference or a work meeting ending in 会 passed as a body (review 29, F2:
shapes written by the reviewer, no dev page prints them; the first is the real lead of the test before it in
test_metadata_round62.py without its 上).
"""

from __future__ import annotations

from kechuang.extract.metadata.heard import heard_bodies


def test_a_meeting_heard_at_is_no_body():
    lead = "记者从省政府新闻办召开的新闻发布会获悉,"
    assert heard_bodies(["该省"], lead) == ["该省"]
    assert heard_bodies(["该省"], "记者从全省科技工作推进会获悉,") == ["该省"]
    assert heard_bodies(["该县"], "记者从县委经济工作会议获悉,") == ["该县"]
    assert heard_bodies(["该市"], "记者从全市高质量发展大会获悉,") == ["该市"]


def test_a_body_ending_in_hui_is_still_one():
    assert heard_bodies(["该省"], "记者从省科学技术协会获悉,") == ["省科学技术协会"]
    assert heard_bodies(["该省"], "记者从省发展和改革委员会获悉,") == ["省发展和改革委员会"]
    assert heard_bodies(["该市"], "记者从市工商联合会获悉,") == ["市工商联合会"]
