"""The batch check of a year's applications (status 申报 of that year) against all earlier projects of the
region's family and against each other: a background job (huey) writing its progress, then the suspect pairs
with score and explanation; the bureau dismisses a pair or marks it a duplicate, with a reason either way."""

from __future__ import annotations

import logging
import time

from django.db import transaction
from django.utils import timezone

from kechuang.errors import KechuangError
from kechuang.matching import DuplicateIndex
from kechuang.web.accounts.permissions import region_ids_within
from kechuang.web.libraries import index_store
from kechuang.web.libraries.models import BatchCheck, DuplicateReview, Project, SuspectPair
from kechuang.web.libraries.records import LIBRARY, project_pk, record_of
from kechuang.web.libraries.services import review_record

log = logging.getLogger("kechuang.web.libraries")
MAX_APPLICATIONS = 20_000


def batch_start(actor, region, year) -> BatchCheck:
    text = str(year if year is not None else "").strip()
    if not text:
        raise KechuangError("KC-WEB-FIELD", "请填写要查重的年度,如 2025", field="year")
    try:
        year = int(text)
    except ValueError:
        raise KechuangError("KC-WEB-FIELD", f"年度“{text[:20]}”应为数字,如 2025", field="year") from None
    count = _applications(region.pk, year).count()
    if not count:
        raise KechuangError("KC-WEB-FIELD", f"{year} 年没有“申报”状态的项目,无需查重", field="year")
    if count > MAX_APPLICATIONS:
        raise KechuangError("KC-WEB-FIELD", f"{year} 年申报项目 {count:,} 个,超过单次查重上限 {MAX_APPLICATIONS:,}",
                            field="year")
    batch = BatchCheck.objects.create(region=region, year=year, created_by=actor, applications=count, stage="排队等待")
    from kechuang.web.libraries.tasks import run_batch_check  # registers with huey on import

    run_batch_check(batch.pk)  # after the row is committed (views run outside a transaction)
    return batch


def _applications(region_id: int, year: int):
    """The year's applications of the region and the regions below it."""
    return Project.objects.filter(region_id__in=region_ids_within(region_id), year=year,
                                  status=Project.APPLIED)


class _Progress:
    def __init__(self, batch_id: int) -> None:
        self.batch_id, self.last = batch_id, 0.0

    def __call__(self, share: float, stage: str) -> None:
        now = time.monotonic()
        if now - self.last >= 0.5 or share >= 1:
            self.last = now
            BatchCheck.objects.filter(pk=self.batch_id).update(progress=round(min(share, 1.0), 4), stage=stage[:100])


def batch_run(batch_id: int) -> None:
    """The job; a failure keeps its Chinese message, never a traceback."""
    batch = BatchCheck.objects.filter(pk=batch_id, status=BatchCheck.QUEUED).first()
    if batch is None:
        return
    BatchCheck.objects.filter(pk=batch.pk).update(status=BatchCheck.RUNNING, stage="读取查重索引")
    try:
        pairs = _compute(batch, _Progress(batch.pk))
    except KechuangError as exc:
        _finish(batch, BatchCheck.FAILED, error=exc.to_dict())
    except Exception:
        log.exception("batch check %s failed", batch.pk)
        _finish(batch, BatchCheck.FAILED,
                error=KechuangError("KC-JOB-FAILED", "批量查重时出错,未能完成。请稍后重试").to_dict())
    else:
        with transaction.atomic():
            SuspectPair.objects.bulk_create(pairs, batch_size=1000)
            _finish(batch, BatchCheck.DONE, progress=1.0, stage=f"完成:疑似重复 {len(pairs)} 对")


def _finish(batch: BatchCheck, status: str, **fields) -> None:
    BatchCheck.objects.filter(pk=batch.pk).update(status=status, finished_at=timezone.now(), **fields)


def _compute(batch: BatchCheck, progress) -> list[SuspectPair]:
    index = index_store.index_for(LIBRARY, batch.region_id)
    apps = _applications(batch.region_id, batch.year)
    records = [record_of(v, v["id"]) for v in apps.values("id", "title", "summary", "applicant", "fields",
                                                           "region_id", "year", "department_name", "budget")]
    app_ids = {r.id for r in records}
    among = DuplicateIndex(records, threshold=index.threshold)
    seen, pairs = set(), []
    for n, rec in enumerate(records, start=1):
        past = [s for s in index.suspects(rec) if s.record.id not in app_ids and (s.record.year or 0) <= batch.year]
        for s in [*past, *among.suspects(rec)]:
            key = tuple(sorted((rec.id, s.record.id)))
            other = project_pk(s.record.id)
            if key in seen or other is None:
                continue
            seen.add(key)
            pairs.append(SuspectPair(batch=batch, project_id=project_pk(rec.id), other_id=other, score=s.score,
                                     explanation=s.explanation.to_dict()))
        if n % 50 == 0 or n == len(records):
            progress(n / len(records), f"已查 {n:,} / {len(records):,} 个申报项目")
    existing = set(Project.objects.filter(pk__in={p.other_id for p in pairs}).values_list("pk", flat=True))
    return [p for p in pairs if p.other_id in existing]


def pair_decide(actor, pair: SuspectPair, decision: str, reason: str) -> SuspectPair:
    """Dismiss (不是重复立项) or mark a duplicate (重复立项), with a reason; recorded on both projects."""
    mapping = {"dismissed": DuplicateReview.NOT_DUPLICATE, "duplicate": DuplicateReview.DUPLICATE}
    if decision not in mapping:
        raise KechuangError("KC-WEB-FIELD", "请选择“不是重复立项”或“重复立项”", field="decision")
    with transaction.atomic():
        review_record(actor, pair.project, pair.other, pair.score, mapping[decision], reason, source="batch")
        pair.decision, pair.reason = decision, " ".join(reason.split())
        pair.decided_by, pair.decided_at = actor, timezone.now()
        pair.save(update_fields=["decision", "reason", "decided_by", "decided_at"])
    return pair
