"""Pages of the 人才库 and the 科技特派员 work (included under /talents/)."""

from django.urls import path

from kechuang.web.talents import io_views, specialist_views, views

urlpatterns = [
    path("", views.talent_list_view, name="kc-talents"),
    path("new/", views.talent_new, name="kc-talent-new"),
    path("import/", io_views.import_view, name="kc-talents-import"),
    path("import/confirm/", io_views.import_confirm, name="kc-talents-import-confirm"),
    path("template.xlsx", io_views.template_view, name="kc-talents-template"),
    path("export.xlsx", io_views.export_view, name="kc-talents-export"),
    path("<int:pk>/", views.talent_detail, name="kc-talent"),
    path("<int:pk>/edit/", views.talent_edit, name="kc-talent-edit"),
    path("<int:pk>/event/", views.talent_event, name="kc-talent-event"),
    path("<int:pk>/account/", views.talent_account, name="kc-talent-account"),
    path("<int:pk>/assign/", specialist_views.assign, name="kc-talent-assign"),
    path("<int:pk>/evaluate/", specialist_views.evaluate, name="kc-talent-evaluate"),
    path("assignments/<int:pk>/end/", specialist_views.assignment_end_view, name="kc-assignment-end"),
    path("specialists/", specialist_views.board, name="kc-specialists"),
    path("villages/", specialist_views.villages_view, name="kc-villages"),
    path("logs/", specialist_views.logs_view, name="kc-service-logs"),
    path("logs/export.xlsx", io_views.logs_export_view, name="kc-service-logs-export"),
    path("logs/new/", specialist_views.log_new, name="kc-service-log-new"),
    path("logs/<int:pk>/", specialist_views.log_detail, name="kc-service-log"),
    path("photos/<int:pk>/", specialist_views.photo_view, name="kc-service-photo"),
    path("mine/", specialist_views.my_services, name="kc-my-services"),
]
