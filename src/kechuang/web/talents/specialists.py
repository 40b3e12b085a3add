"""The 科技特派员 work: the village list, assignments by the bureau, service logs with photos (written by the
特派员 or the bureau; photos stored through ``kechuang.web.uploads`` so a refused log leaves no file), the yearly
figures and the bureau's evaluation, the 特派员's login, and village coverage."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import PurePath

from django.db import IntegrityError, transaction
from django.db.models import Count, Q, Sum

from kechuang.errors import KechuangError
from kechuang.web import uploads
from kechuang.web.history.services import change_record
from kechuang.web.talents.access import can_manage, own_talent_id
from kechuang.web.talents.feeds import talent_feed
from kechuang.web.talents.models import Assignment, ServiceLog, ServicePhoto, SpecialistEvaluation, Talent, Village
from kechuang.web.talents.photos import Photo, photos_checked
from kechuang.web.talents.services import bad, date_checked

MAX_LOG_TEXT = 5000


def forbidden(message: str) -> KechuangError:
    return KechuangError("KC-WEB-FORBIDDEN", message)


def villages_add(actor, region, text: str) -> int:
    """Add villages from lines of "乡镇 村" (or "乡镇,村"); those listed already are skipped. Returns the count."""
    rows = []
    for number, line in enumerate((text or "").splitlines(), start=1):
        parts = line.replace(",", " ").replace(",", " ").replace("\t", " ").split()
        if not parts:
            continue
        if len(parts) != 2 or any(len(p) > 64 for p in parts):
            raise bad(f"第 {number} 行“{line.strip()[:40]}”应为“乡镇 村”两项,如“灵寿镇 西关村”", "villages")
        rows.append(tuple(parts))
    if not rows:
        raise bad("请填写村庄,每行一个:乡镇 村", "villages")
    have = set(Village.objects.filter(region=region).values_list("town", "name"))
    new = [Village(region=region, town=t, name=n) for t, n in dict.fromkeys(rows) if (t, n) not in have]
    with transaction.atomic():
        Village.objects.bulk_create(new)
        if new:
            change_record(actor, "village", region.pk, "create", after={"新增村庄": len(new)})
    return len(new)


@dataclass
class AssignmentInput:
    target_kind: str
    target_name: str = ""
    village_id: int | None = None
    enterprise_id: int | None = None
    town: str = ""
    starts_on: str | date | None = None
    ends_on: str | date | None = None
    note: str = ""


def stray_target_refused(data: AssignmentInput) -> None:
    """A village or an enterprise chosen for another kind of target (kind 村 with an enterprise, or the reverse, a
    合作社 with either) is refused by name: saved, its id would be dropped or kept beside the wrong kind."""
    kinds = dict(Assignment.TARGETS)
    for listed in ("village", "enterprise"):
        if getattr(data, f"{listed}_id") not in (None, "") and data.target_kind in kinds.keys() - {listed}:
            name = kinds[listed]
            raise bad(f"服务对象类型为“{kinds[data.target_kind]}”,不能同时选择{name}:"
                      f"请清空{name}一栏,或把服务对象类型改为{name}", listed)


def chosen_name_checked(data: AssignmentInput, kind: str, chosen: str, *also: str) -> None:
    """A name sent beside a village or an enterprise chosen from the directory must be the chosen one's (``chosen``
    as saved, or a short form in ``also``: a village's name without its town): another name is refused by name,
    never dropped for the directory's."""
    name = " ".join((data.target_name or "").split())
    if name and name not in (chosen, *also):
        raise bad(f"服务对象名称“{name}”与所选{kind}“{chosen}”不一致:选择名录中的{kind}时不必填写名称"
                  "(请删去 target_name,或填写所选的名称)", "target_name")


def assignment_create(actor, specialist: Talent, data: AssignmentInput, today: date, is_demo: bool = False
                      ) -> Assignment:
    """The bureau assigns one of its region's 特派员 to a listed village, a co-operative or an enterprise."""
    if not can_manage(actor, specialist.region_id):
        raise forbidden("只有本地区科技局可以选派科技特派员")
    if not specialist.is_specialist:
        raise bad(f"“{specialist.name}”不是科技特派员(请先在人才类别中加上“科技特派员”)", "specialist")
    if specialist.left_on is not None:
        raise bad(f"“{specialist.name}”已出库,不能选派", "specialist")
    stray_target_refused(data)
    region = specialist.region
    values = {"target_kind": data.target_kind, "town": " ".join((data.town or "").split())[:64],
              "note": " ".join((data.note or "").split())[:300]}
    if data.target_kind == "village":
        village = Village.objects.filter(region=region, pk=data.village_id or 0).first()
        if village is None:
            raise bad("请从本地区的村庄名录中选择村(名录在“村庄名录”中维护)", "village")
        chosen_name_checked(data, "村", str(village), village.name)
        values.update(village=village, target_name=str(village), town=village.town)
    elif data.target_kind == "enterprise":
        enterprise = region.enterprises.filter(pk=data.enterprise_id or 0).first()
        if data.enterprise_id and enterprise is None:  # another county's: refused, never swapped for the name
            raise bad("所选企业不在本地区的企业名录中", "enterprise")
        if enterprise is not None:
            chosen_name_checked(data, "企业", enterprise.name)
        name = " ".join((data.target_name or "").split())
        if enterprise is None and not name:
            raise bad("请选择企业名录中的企业,或填写企业名称", "enterprise")
        values.update(enterprise=enterprise, target_name=enterprise.name if enterprise else name[:200])
    elif data.target_kind == "coop":
        name = " ".join((data.target_name or "").split())
        if not name:
            raise bad("请填写合作社名称", "target_name")
        values["target_name"] = name[:200]
    else:
        raise bad("服务对象类型应为 村、合作社 或 企业", "target_kind")
    starts = date_checked(data.starts_on, "starts_on", "开始日期", today, required=True)
    ends = None
    if data.ends_on not in (None, ""):
        ends = date_checked(data.ends_on, "ends_on", "结束日期", date.max)
        if ends < starts:
            raise bad("结束日期不能早于开始日期", "ends_on")
    with transaction.atomic():
        assignment = Assignment.objects.create(specialist=specialist, region=region, starts_on=starts, ends_on=ends,
                                               assigned_by=actor, is_demo=is_demo, **values)
        change_record(actor, "dispatch", specialist.pk, "create", after={
            "服务对象": f"{assignment.get_target_kind_display()} · {assignment.target_name}",
            "开始日期": starts.isoformat(), "结束日期": ends.isoformat() if ends else None})
        talent_feed(actor, region, today)
    return assignment


def assignment_end(actor, assignment: Assignment, ends_on, today: date) -> Assignment:
    """The bureau ends an assignment on a date (not before its start nor before its last service log)."""
    if not can_manage(actor, assignment.region_id):
        raise forbidden("只有本地区科技局可以结束选派")
    ends = date_checked(ends_on, "ends_on", "结束日期", date.max, required=True)
    last = assignment.logs.order_by("-on").values_list("on", flat=True).first()
    if ends < assignment.starts_on or (last and ends < last):
        raise bad(f"结束日期不能早于开始日期 {assignment.starts_on}" + (f"或最后一次服务 {last}" if last else ""),
                  "ends_on")
    with transaction.atomic():
        before = assignment.ends_on
        Assignment.objects.filter(pk=assignment.pk).update(ends_on=ends)
        assignment.ends_on = ends
        change_record(actor, "dispatch", assignment.specialist_id, "update",
                      before={"服务对象": assignment.target_name, "结束日期": before.isoformat() if before else None},
                      after={"服务对象": assignment.target_name, "结束日期": ends.isoformat()})
        talent_feed(actor, assignment.region, today)
    return assignment


def can_log(user, assignment: Assignment) -> bool:
    """The 特派员 of the assignment, or the bureau of its region (on the 特派员's behalf)."""
    return own_talent_id(user) == assignment.specialist_id or can_manage(user, assignment.region_id)


@dataclass
class LogInput:
    assignment_id: int | None
    on: str | date | None
    place: str
    kind: str
    text: str
    people_trained: str | int = 0
    photos: list[Photo] = field(default_factory=list)


def _trained(value) -> int:
    if value in (None, ""):
        return 0
    try:
        number = int(str(value).strip())
    except ValueError:
        raise bad(f"培训人数应为整数:{value}", "people_trained") from None
    if not 0 <= number <= 100_000:
        raise bad(f"培训人数不合理:{value}", "people_trained")
    return number


def log_create(user, data: LogInput, today: date, is_demo: bool = False) -> ServiceLog:
    """A service log with its photos, written whole or not at all (no row, no file when refused)."""
    assignment = Assignment.objects.select_related("specialist").filter(pk=data.assignment_id or 0).first()
    if assignment is None or not can_log(user, assignment):
        raise bad("请选择您的一项选派任务", "assignment")
    on = date_checked(data.on, "on", "服务日期", today, required=True)
    if on < assignment.starts_on or (assignment.ends_on and on > assignment.ends_on):
        raise bad(f"服务日期 {on} 不在选派期内({assignment.starts_on} 至 {assignment.ends_on or '今'})", "on")
    place = " ".join((data.place or "").split())
    if not place or len(place) > 200:
        raise bad("请填写服务地点(最多 200 字)", "place")
    if data.kind not in dict(ServiceLog.KINDS):
        raise bad("服务类型无效", "kind")
    text = (data.text or "").strip()
    if not text or len(text) > MAX_LOG_TEXT:
        raise bad(f"请填写服务内容(最多 {MAX_LOG_TEXT} 字)", "text")
    trained = _trained(data.people_trained)
    photos = photos_checked(data.photos)
    with uploads.staging(), transaction.atomic():
        log = ServiceLog.objects.create(assignment=assignment, specialist=assignment.specialist, on=on, place=place,
                                        kind=data.kind, text=text, people_trained=trained, created_by=user,
                                        is_demo=is_demo)
        for photo in photos:
            row = ServicePhoto(log=log, name=photo.name, size=len(photo.data), width=photo.width,
                               height=photo.height, content_type=photo.content_type)
            uploads.stage(row.file, f"{log.pk}-{PurePath(photo.name).name}"[-120:], photo.data)
            row.save()
        change_record(user, "service-log", assignment.specialist_id, "create", after={
            "服务日期": on.isoformat(), "服务地点": place, "服务类型": log.get_kind_display(),
            "培训人数": trained, "照片": len(photos)})
    return log


def year_figures(specialists, year: int) -> dict[int, dict]:
    """Per 特派员 id: days served (distinct dates of logs), logs and people trained in ``year``."""
    rows = (ServiceLog.objects.filter(specialist__in=specialists, on__year=year).values("specialist_id")
            .annotate(days=Count("on", distinct=True), logs=Count("id"), trained=Sum("people_trained")))
    return {r["specialist_id"]: {"days": r["days"], "logs": r["logs"], "trained": r["trained"] or 0} for r in rows}


def evaluation_save(actor, specialist: Talent, year, grade: str, comment: str, today: date) -> SpecialistEvaluation:
    """The bureau's grade for a year that has begun; the year's figures are counted now and kept with it."""
    if not can_manage(actor, specialist.region_id):
        raise forbidden("只有本地区科技局可以考核科技特派员")
    try:
        year = int(str(year).strip())
    except ValueError:
        raise bad(f"年度应为四位年份:{year}", "year") from None
    if not 2000 <= year <= today.year:
        raise bad(f"只能考核已开始的年度(2000–{today.year}):{year}", "year")
    if grade not in dict(SpecialistEvaluation.GRADES):
        raise bad("考核等次应为 优秀、合格 或 不合格", "grade")
    comment = " ".join((comment or "").split())
    if len(comment) > 500:
        raise bad("考核意见过长(最多 500 字)", "comment")
    figures = year_figures([specialist.pk], year).get(specialist.pk, {"days": 0, "logs": 0, "trained": 0})
    with transaction.atomic():
        before = SpecialistEvaluation.objects.filter(specialist=specialist, year=year).first()
        try:
            evaluation, _ = SpecialistEvaluation.objects.update_or_create(
                specialist=specialist, year=year, defaults={
                    "days_served": figures["days"], "logs": figures["logs"], "people_trained": figures["trained"],
                    "grade": grade, "comment": comment, "by": actor})
        except IntegrityError:
            raise KechuangError("KC-WEB-CONFLICT", "该年度的考核刚被他人保存,请刷新后重试", field="year") from None
        change_record(actor, "specialist-eval", specialist.pk, "update" if before else "create",
                      before={"年度": year, "考核等次": before.get_grade_display(), "考核意见": before.comment}
                      if before else None,
                      after={"年度": year, "考核等次": evaluation.get_grade_display(), "考核意见": comment,
                             "服务天数": figures["days"], "培训人数": figures["trained"]})
    return evaluation


def coverage(region, on: date) -> dict:
    """Villages listed, those with a 特派员 assigned on ``on``, and the share (None when no village is listed)."""
    listed = Village.objects.filter(region=region).count()
    active = Q(assignments__starts_on__lte=on) & (Q(assignments__ends_on__isnull=True)
                                                  | Q(assignments__ends_on__gte=on))
    covered = Village.objects.filter(region=region).filter(active).distinct().count()
    return {"listed": listed, "covered": covered, "share": covered / listed if listed else None}


def specialist_account_create(actor, specialist: Talent, username: str, password: str = ""):
    """A login (role 科技特派员) tied to the 特派员's record; the password to hand over (generated when empty)."""
    from django.contrib.auth import get_user_model

    from kechuang.web.accounts.models import Profile, Role
    from kechuang.web.accounts.users import _password_checked, new_password

    if not can_manage(actor, specialist.region_id):
        raise forbidden("只有本地区科技局可以为科技特派员开通账号")
    if not specialist.is_specialist:
        raise bad(f"“{specialist.name}”不是科技特派员", "specialist")
    User = get_user_model()
    username = (username or "").strip()
    try:
        User.username_validator(username)
    except Exception:
        raise bad("用户名只能由字母、数字和 @ . + - _ 组成", "username") from None
    if not 3 <= len(username) <= 150:
        raise bad("用户名应为 3–150 个字符", "username")
    user = User(username=username, first_name=specialist.name[:30])
    password = password or new_password()
    _password_checked(password, user)
    user.set_password(password)
    try:
        with transaction.atomic():
            user.save()
            Profile.objects.create(user=user, role=Role.SPECIALIST, region=specialist.region, talent=specialist)
            change_record(actor, "user", user.pk, "create", after={"username": username, "full_name": specialist.name,
                                                                    "role": Role.SPECIALIST})
    except IntegrityError:
        raise KechuangError("KC-WEB-DUPLICATE", f"用户名“{username}”已被使用", field="username") from None
    return user, password
