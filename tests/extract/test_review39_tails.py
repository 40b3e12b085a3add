"""Review 39's findings on asg54's tail rules, mended by the lead: a bare tail of bodies glued to a task's words is a
tail, a list of units after a title's 》 is a tail wrapped over two lines, and a footer is 版权所有 as one phrase. The
rules' real sources stay read (陕西 2021 示范县(示范园区), http://dczxpg.com/public/home/article/info/id/14/catId/14.html;
盘锦's footer mirror, http://www.anfibiosclimbing.com/2024_12/23_09/content-501551.html; 益阳 2014 …的通知》(湘政办 —
all dev); the inputs below are the review's."""

from __future__ import annotations

from kechuang.extract import extract_text
from kechuang.text.normalise import normalise


def _units(text: str) -> list[tuple[str, str]]:
    return [(a.role, a.unit) for a in extract_text(normalise("2023年工作要点\n" + text)).assignments]


def test_a_bare_tail_glued_to_a_task_is_read():
    assert [u for _, u in _units("1.推进城乡污水管网建设(县住建局)\n2.实施农村人居环境整治(县农业农村局、各乡镇)")] == [
        "县住建局", "县农业农村局", "各乡镇"]
    assert _units("为全省首批信用建设示范县(示范园区)。") == []  # a class: a gloss


def test_units_after_a_title_wrapped_over_two_lines_are_read():
    # the wrapped line is rejoined by the normaliser (robust41, text/reflow.py: a sentence's piece whose next line
    # closes it), so the unit on it is read too
    assert [u for _, u in _units("1.贯彻落实《某某条例》(县司法局、县市场监管局、\n县住建局)")] == [
        "县司法局", "县市场监管局", "县住建局"]


def test_copyright_apart_is_no_footer():
    assert [u for _, u in _units("牵头单位:县委宣传部(县版权局),配合单位:县市场监管局、所有乡镇")] == [
        "县委宣传部(县版权局)", "县市场监管局", "所有乡镇"]
    assert _units("主辦單位:興隆臺(tái)區(qū)人民政府 版權(quán)所有:盘锦市人民政府办公室") == []
