"""Governing-body words: one home for the names of the bodies of government and of the party that metadata readers
look for after a place or at the end of an issuer's name.

Four readers used to keep their own lists (``region``: a body after a place, a township's own body; ``central_issue``:
a local body in a line reporting a central one; ``imprint``: a cover's signing body; ``runon``: a notice's issuer).
They are built here from the same words. Where two lists differ, they differ on purpose, and each name says why:

- a body named *after a place* (``AFTER_PLACE``) is the place's government, party committee or committee
  (吕梁兴县人民政府, 开县县委);
- a *township's* own body (``AFTER_TOWN``) is its government or its party (working) committee, never a 委员会: a
  委员会 after …乡 or …镇 closes a longer name (统筹城乡委员会, 城乡建设委员会), no township's;
- a *cover's* signer (``SIGNS_COVER``) is a body of government or of the party only: a cover prints its drafter the same
  way (…设计研究院, …中心), and an institute or a centre signs no plan (review 27, F3);
- a *notice's* issuer (``ISSUES_NOTICE``) may be any body that issues notices: an institute (国务院, 科学院), a
  centre, a group, a division (…处, …司) as well.
"""

from __future__ import annotations

import re

GOVERNMENT = ("人民政府", "政府")  # the full name first: a regex alternation tries it first
PARTY_COMMITTEE = ("党委", "黨委")
PARTY_WORKING_COMMITTEE = "党工委"
COMMITTEE = ("委员会", "委員會")
OFFICE = ("办公厅", "辦公廳", "办公室", "辦公室")
# single characters that close a body's name in both readers of an issuer's name: 厅, 局, 部, 委, 办, 署
CLOSING = "厅廳局部委办辦署"


def alternation(*words: str) -> str:
    """The words as one regex alternation, in the order given."""
    return "|".join(map(re.escape, words))


# region: a body right after a place's name (read with ``match`` at the place's end)
AFTER_PLACE = re.compile(alternation(*GOVERNMENT, *PARTY_COMMITTEE, *COMMITTEE))
# region: a township's own body, a look-ahead after …镇 or …乡 (no 委员会: see the module's doc)
AFTER_TOWN = alternation(*GOVERNMENT, *PARTY_COMMITTEE, PARTY_WORKING_COMMITTEE)
# central_issue: a local government or party committee, a level's character before it (lines read in simplified
# characters: the simplified words suffice; 委 stands for 市委, 县委 and any 委员会)
LOCAL_BODY = re.compile(rf"[省市县区州旗](?:{alternation(*GOVERNMENT, COMMITTEE[0], '委')})")
# imprint: a cover's signer ends with a body of government or of the party (see the module's doc); a mirror's mixed
# characters (辦公厅, 委員会) are read too
SIGNS_COVER = re.compile(r"(?:政府|[办辦]公[厅廳室]|委[员員]会|管委会|行政公署|党组|" + PARTY_WORKING_COMMITTEE
                         + rf"|[办辦]事[处處]|督查室|领导小组|[{CLOSING}])$")
# runon: a notice's issuer ends with any issuing body (see the module's doc)
ISSUES_NOTICE = re.compile(rf"(?:{alternation('政府', *OFFICE, *COMMITTEE)}|[{CLOSING}院会會]|中心|小组|小組"
                           "|[处處司])$")
