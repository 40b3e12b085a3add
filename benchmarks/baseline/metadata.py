"""Document metadata: the notice (X关于印发《Y》的通知), 文号 (〔20XX〕N号), the signature date (20XX年X月X日, in
Arabic or Chinese numerals) or a page's date field, the region the title opens with, and 《》 titles after
根据/依据/按照/贯彻落实 as basis."""

from __future__ import annotations

import itertools
import re

import cn2an

_NOTICE = re.compile(r"^(.{0,80}?)关于印发\s*《?(.{2,120}?)》?\s*的通知")
_KINDS = ("方案", "计划", "规划", "纲要", "意见", "办法", "要点", "细则", "措施", "预案", "报告", "通告", "通报",
          "公告", "計畫", "計劃", "規劃", "意見", "辦法", "預案", "報告")
_PERIOD = re.compile(r"[(（][^()（）]{2,20}[)）]$")  # (2021-2025年) after a title
_LABEL = re.compile(r"^(?:发文标题|文件名称|标题|標題|名称)\s*[::]\s*")
_DOC_NUMBER = re.compile(r"([\u4e00-\u9fff]{1,12}\s*[〔\[【(]\s*(?:19|20)\d{2}\s*[〕\]】)]\s*第?\s*\d{1,4}\s*号)")
_DATE = re.compile(r"((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
_CN_DATE = re.compile(r"([一二三四五六七八九〇零O○]{4})年([一二三四五六七八九十]{1,2})月"
                      r"([一二三四五六七八九十]{1,3})日")
_FIELD_DATE = re.compile(r"(?:成文日期|发文日期|成文时间|发布日期|发布时间)\s*[::]?\s*((?:19|20)\d{2})\s*[-年/.]\s*"
                         r"(\d{1,2})\s*[-月/.]\s*(\d{1,2})")
_OWN_TITLE = re.compile(r"^(.{2,40}?)关于.{2,100}的(?:通知|实施意见|指导意见|意见|决定|通报|批复|函|报告)$")
_BODY = re.compile(r"(?:人民政府|政府|办公厅|办公室|委员会|委|局|厅|部|署|院|中心|管委会)$")
_CENTRAL = ("国务院", "中共中央", "全国", "国家")
_ISSUER_FIELD = re.compile(r"(?:发文机关|发布机构|发文单位|发布机关)\s*[::]\s*(\S{2,40})")
_PLACE = re.compile(r"^(?:中共)?(.{1,10}?(?:自治区|自治州|自治县|特别行政区|省|市|县|区|旗|州|盟|镇|乡|街道|新区))")
_BASIS = re.compile(r"(?:根据|依据|按照|贯彻落实|落实|贯彻)[^。;；,，]{0,200}")
_BODY_STARTS = re.compile(r"^\s*[一二三四五六七八九十]{1,3}、")
_QUOTED = re.compile(r"《([^《》]{2,120})》")


def _iso(y: int, m: int, d: int) -> str | None:
    return f"{y:04d}-{m:02d}-{d:02d}" if 1 <= m <= 12 and 1 <= d <= 31 else None


def _date(lines: list[str]) -> str | None:
    for line in lines:
        m = _FIELD_DATE.search(line)
        if m:
            return _iso(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    for line in lines:  # a signature: the date alone (or nearly) on its line
        s = line.strip()
        m = _DATE.match(s) if len(s) <= 16 else None
        if m:
            return _iso(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        m = _CN_DATE.fullmatch(s)
        if m:
            y = "".join("0" if c in "〇零O○" else str(cn2an.cn2an(c, "smart")) for c in m.group(1))
            return _iso(int(y), int(cn2an.cn2an(m.group(2), "smart")), int(cn2an.cn2an(m.group(3), "smart")))
    return None


def document(lines: list[str], page_title: str | None = None) -> dict:
    title = issuer_text = None
    head = lines[:300]
    for line in head:
        m = _NOTICE.search(line.strip())
        if m:
            issuer_text, title = m.group(1).strip(" 《"), m.group(2).strip()
            break
    if title is None:
        for line in head:
            m = _OWN_TITLE.match(line.strip())
            if m:
                title, issuer_text = line.strip(), m.group(1)
                break
    if title is None:
        for line in head:
            s = _LABEL.sub("", line.strip()).strip("《》")
            if 6 <= len(s) <= 80 and _PERIOD.sub("", s).endswith(_KINDS) and "。" not in s and "," not in s:
                title = s
                break
    if title is None and page_title:
        title = page_title
    issuers = [x for x in re.split(r"\s+|、", issuer_text or "") if x]
    if not issuers:  # the body signing above the date line
        for prev, line in itertools.pairwise(lines):
            if _DATE.fullmatch(line.strip()) and _BODY.search(prev.strip()) and len(prev.strip()) <= 30:
                issuers = prev.split()
                break
    if not issuers:
        for line in head:
            m = _ISSUER_FIELD.search(line)
            if m:
                issuers = [m.group(1)]
                break
    number = next((m.group(1) for line in head if (m := _DOC_NUMBER.search(line))), None)
    if number:
        number = re.sub(r"\s+", "", number).translate(str.maketrans("[【(]】)", "〔〔〔〕〕〕"))
    region = None
    for source in [title or "", *issuers]:
        m = _PLACE.match(re.sub(r"^(?:关于|關於)?(?:(?:19|20)\d{2}年度?)?", "", source))
        if m and not m.group(1).startswith(("我", "本", "全", "各")):
            region = m.group(1)
            break
    if issuers and all(i.startswith(_CENTRAL) or i.endswith("部") for i in issuers):
        region = "全国"
    basis: list[str] = []
    for line in head:
        if _BODY_STARTS.match(line):  # the preamble ends at the first top heading
            break
        if "《" not in line:
            continue
        for m in _BASIS.finditer(line):
            for q in _QUOTED.findall(m.group(0)):
                q = re.sub(r"\s*\([^()]{0,30}号\)$", "", q.strip())
                if q != title and q not in basis:
                    basis.append(q)
    return {"title": title, "doc_number": number, "issuer": issuers, "date": _date(lines), "region": region,
            "basis": basis}
