"""Reads of the voucher flow and who may see what: the bureau manages its region's batches, leaders read them,
an enterprise user sees its region's batches and only its own enterprise's applications and vouchers."""

from __future__ import annotations

from django.db.models import Q, QuerySet, Sum
from django.http import Http404

from kechuang.web.accounts.models import Role
from kechuang.web.accounts.permissions import can_manage_region, can_view_region, profile_of, role_of
from kechuang.web.history.models import Change
from kechuang.web.vouchers.models import Application, Batch, Provider, Redemption, Voucher

#: history kinds of this app (kechuang.web.history)
KINDS = {"voucher_batch": "创新券批次", "voucher_app": "创新券申请", "voucher": "创新券", "redemption": "创新券核销",
         "provider": "服务机构"}


def enterprise_id_of(user) -> int | None:
    """The enterprise of an enterprise user (None for every other role)."""
    profile = profile_of(user)
    return profile.enterprise_id if profile and profile.role == Role.ENTERPRISE else None


def _region_of(user) -> int | None:
    profile = profile_of(user)
    if profile is None:
        return None
    if profile.role == Role.ENTERPRISE:
        return profile.enterprise.region_id if profile.enterprise_id else None
    return profile.region_id


def can_use_vouchers(user) -> bool:
    return role_of(user) in (Role.ADMIN, Role.BUREAU, Role.LEADER) or enterprise_id_of(user) is not None


def batches_visible(user) -> QuerySet:
    role = role_of(user)
    if role == Role.ADMIN:
        return Batch.objects.all()
    if role in (Role.BUREAU, Role.LEADER) or enterprise_id_of(user) is not None:
        return Batch.objects.filter(region_id=_region_of(user))
    return Batch.objects.none()


def batch_for_user(user, pk: int) -> Batch:
    batch = batches_visible(user).select_related("region").filter(pk=pk).first()
    if batch is None:
        raise Http404
    return batch


def can_manage_batch(user, batch: Batch) -> bool:
    return can_manage_region(user, batch.region_id)


def applications_for(user, batch: Batch) -> QuerySet:
    rows = Application.objects.filter(batch=batch).select_related("enterprise", "provider", "voucher")
    if can_view_region(user, batch.region_id):
        return rows
    return rows.filter(enterprise_id=enterprise_id_of(user)) if enterprise_id_of(user) else rows.none()


def vouchers_visible(user) -> QuerySet:
    rows = Voucher.objects.select_related("batch", "enterprise", "application__provider")
    role = role_of(user)
    if role == Role.ADMIN:
        return rows
    if role in (Role.BUREAU, Role.LEADER):
        return rows.filter(batch__region_id=_region_of(user))
    enterprise = enterprise_id_of(user)
    return rows.filter(enterprise_id=enterprise) if enterprise else rows.none()


def voucher_for_user(user, pk: int) -> Voucher:
    voucher = vouchers_visible(user).filter(pk=pk).first()
    if voucher is None:
        raise Http404
    return voucher


def application_for_user(user, pk: int) -> Application:
    app = Application.objects.select_related("batch", "enterprise").filter(pk=pk).first()
    if app is None or not (can_view_region(user, app.batch.region_id) or app.enterprise_id == enterprise_id_of(user)):
        raise Http404
    return app


def redemptions_visible(user) -> QuerySet:
    return Redemption.objects.filter(voucher__in=vouchers_visible(user)).select_related("voucher__enterprise",
                                                                                       "provider")


def redemption_for_user(user, pk: int) -> Redemption:
    found = redemptions_visible(user).filter(pk=pk).first()
    if found is None:
        raise Http404
    return found


def providers_for(region_id: int) -> QuerySet:
    return Provider.objects.filter(region_id=region_id)


def used_by_enterprise(batch: Batch, enterprise_id: int, exclude_application: int | None = None) -> int:
    """分 of the batch's cap the enterprise has taken: vouchers issued and applications pending."""
    rows = Application.objects.filter(batch=batch, enterprise_id=enterprise_id,
                                      status__in=[Application.PENDING, Application.ISSUED])
    if exclude_application is not None:
        rows = rows.exclude(pk=exclude_application)
    return rows.aggregate(total=Sum("amount"))["total"] or 0


def batch_totals(batch: Batch) -> dict[str, int]:
    """分: budget, issued, redeemed, settled and what is left to issue."""
    redeemed = Redemption.objects.filter(voucher__batch=batch)
    return {"budget": batch.budget, "issued": batch.budget - batch.unissued, "unissued": batch.unissued,
            "redeemed": batch.budget - batch.unredeemed,
            "settled": redeemed.exclude(settled_on=None).aggregate(t=Sum("covered"))["t"] or 0}


def batch_history(batch: Batch) -> QuerySet:
    apps = list(Application.objects.filter(batch=batch).values_list("id", flat=True))
    vouchers = list(Voucher.objects.filter(batch=batch).values_list("id", flat=True))
    redemptions = list(Redemption.objects.filter(voucher__batch=batch).values_list("id", flat=True))
    return Change.objects.filter(Q(kind="voucher_batch", object_id=batch.pk) | Q(kind="voucher_app", object_id__in=apps)
                                 | Q(kind="voucher", object_id__in=vouchers)
                                 | Q(kind="redemption", object_id__in=redemptions))
