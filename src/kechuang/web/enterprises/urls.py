"""Pages of the enterprise registry, the gap check, the reserve and the 科小 form (included under /enterprises/)."""

from django.urls import path

from kechuang.web.enterprises import io_views, picker, views, work_views

urlpatterns = [
    path("", views.enterprise_list_view, name="kc-enterprises"),
    path("new/", views.enterprise_new, name="kc-enterprise-new"),
    path("mine/", views.my_enterprise, name="kc-my-enterprise"),
    path("import/", io_views.import_view, name="kc-enterprises-import"),
    path("import/confirm/", io_views.import_confirm, name="kc-enterprises-import-confirm"),
    path("template.xlsx", io_views.template_view, name="kc-enterprises-template"),
    path("export.xlsx", io_views.export_view, name="kc-enterprises-export"),
    path("check/", work_views.batch_view, name="kc-enterprises-check"),
    path("reserve/", work_views.reserve_view, name="kc-reserve"),
    path("reserve/<int:pk>/move/", work_views.reserve_move_view, name="kc-reserve-move"),
    path("sme/", work_views.sme_list_view, name="kc-sme-list"),
    path("pick/", picker.pick_view, name="kc-enterprise-pick"),
    path("<int:pk>/", views.enterprise_detail, name="kc-enterprise"),
    path("<int:pk>/edit/", views.enterprise_edit, name="kc-enterprise-edit"),
    path("<int:pk>/history/", views.history_view, name="kc-enterprise-history"),
    path("<int:pk>/figures/", views.figures_view, name="kc-enterprise-figures"),
    path("<int:pk>/ip/", views.ip_view, name="kc-enterprise-ip"),
    path("ip/<int:pk>/delete/", views.ip_delete_view, name="kc-enterprise-ip-delete"),
    path("<int:pk>/verify/", views.verify_view, name="kc-enterprise-verify"),
    path("<int:pk>/check/", work_views.check_view, name="kc-enterprise-check"),
    path("<int:pk>/judgements/", work_views.judgements_view, name="kc-enterprise-judgements"),
    path("<int:pk>/sme/", work_views.sme_view, name="kc-enterprise-sme"),
]
