"""URLs of 揭榜挂帅 (mounted under /challenges/ by kechuang.web.urls)."""

from django.urls import path

from kechuang.web.challenges import views, views_import, views_review

urlpatterns = [
    path("", views.challenge_list, name="kc-challenges"),
    path("export.xlsx", views.list_export, name="kc-challenges-export"),
    path("<int:pk>/", views.challenge_detail, name="kc-challenge"),
    path("<int:pk>/advance/", views.advance_view, name="kc-challenge-advance"),
    path("<int:pk>/need/", views.need_view, name="kc-challenge-need"),
    path("<int:pk>/needs/import/", views_import.needs_import_view, name="kc-challenge-needs-import"),
    path("needs-template.xlsx", views_import.needs_template, name="kc-challenge-needs-template"),
    path("<int:pk>/draft/", views.draft_view, name="kc-challenge-draft"),
    path("<int:pk>/apply/", views.apply_view, name="kc-challenge-apply"),
    path("<int:pk>/record.xlsx", views.record_export, name="kc-challenge-export"),
    path("<int:pk>/notice/", views.notice_page, name="kc-challenge-notice"),
    path("applications/<int:pk>/", views.application_detail, name="kc-challenge-application"),
    path("applications/<int:pk>/screen/", views.screen_view, name="kc-challenge-screen"),
    path("files/<int:pk>/", views.file_download, name="kc-challenge-file"),
    path("applications/<int:pk>/assign/", views_review.assign_view, name="kc-challenge-assign"),
    path("<int:pk>/ranking/", views_review.ranking_page, name="kc-challenge-ranking"),
    path("<int:pk>/scores.xlsx", views_review.scores_export, name="kc-challenge-scores"),
    path("<int:pk>/award/", views_review.award_view, name="kc-challenge-award"),
    path("reviews/", views_review.my_reviews, name="kc-challenge-reviews"),
    path("reviews/<int:pk>/", views_review.review_sheet, name="kc-challenge-review"),
    path("reviews/<int:pk>/declare/", views_review.declare_view, name="kc-challenge-declare"),
    path("<int:pk>/contract/", views_review.contract_view, name="kc-challenge-contract"),
    path("milestones/<int:pk>/assess/", views_review.assess_view, name="kc-challenge-assess"),
    path("milestones/<int:pk>/release/", views_review.release_view, name="kc-challenge-release"),
    path("<int:pk>/accept/", views_review.accept_view, name="kc-challenge-accept"),
]
