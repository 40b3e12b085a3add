"""URLs of the voucher pages (mounted under /vouchers/ by kechuang.web.urls)."""

from django.urls import path

from kechuang.web.vouchers import views

urlpatterns = [
    path("", views.batch_list, name="kc-voucher-batches"),
    path("batches/<int:pk>/", views.batch_detail, name="kc-voucher-batch"),
    path("batches/<int:pk>/apply/", views.apply, name="kc-voucher-apply"),
    path("batches/<int:pk>/release/", views.release, name="kc-voucher-release"),
    path("batches/<int:pk>/ledger.xlsx", views.ledger, name="kc-voucher-ledger"),
    path("applications/<int:pk>/decide/", views.decide, name="kc-voucher-decide"),
    path("vouchers/<int:pk>/redeem/", views.redeem_view, name="kc-voucher-redeem"),
    path("redemptions/<int:pk>/settle/", views.settle, name="kc-voucher-settle"),
    path("files/<int:pk>/", views.file_download, name="kc-voucher-file"),
    path("providers/", views.providers, name="kc-voucher-providers"),
]
