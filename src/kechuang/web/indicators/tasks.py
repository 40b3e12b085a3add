"""The huey task of big imports (found by the consumer's autodiscovery of ``tasks`` modules)."""

from __future__ import annotations

import logging

from huey.contrib.djhuey import db_task

from kechuang.errors import KechuangError

log = logging.getLogger("kechuang.web.indicators")


@db_task()
def run_import(batch_id: int) -> None:
    import_run(batch_id)


def import_run(batch_id: int) -> None:
    """Run the queued step (preview or commit) of a batch; a failure keeps its Chinese message."""
    from kechuang.web.indicators.imports import import_commit, import_preview
    from kechuang.web.indicators.models import ImportBatch

    batch = ImportBatch.objects.filter(pk=batch_id, status=ImportBatch.QUEUED).first()
    if batch is None:
        return
    step = batch.next_step
    ImportBatch.objects.filter(pk=batch.pk).update(status=ImportBatch.RUNNING, progress=5)

    def progress(done: int, total: int) -> None:
        ImportBatch.objects.filter(pk=batch.pk).update(progress=min(99, 10 + 89 * done // max(total, 1)))

    try:
        if step == "commit":
            import_commit(batch, progress)
        else:
            import_preview(batch)
    except KechuangError as exc:
        _failed(batch, exc, step)
    except Exception:
        log.exception("import batch %s failed", batch.pk)
        _failed(batch, KechuangError("KC-JOB-FAILED", "处理导入文件时出错,未导入任何数据。请稍后重试"), step)


def _failed(batch, exc: KechuangError, step: str) -> None:
    from kechuang.web.indicators.models import ImportBatch

    # A failed commit leaves the preview to confirm again; a failed preview is the end of the batch.
    status = ImportBatch.PREVIEW if step == "commit" else ImportBatch.FAILED
    ImportBatch.objects.filter(pk=batch.pk).update(status=status, failure=exc.to_dict(), progress=0)
