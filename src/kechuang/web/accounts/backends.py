"""The password backend, reading a signed-in user with their profile and region in one query.

Every page asks for the user's role and region (permissions, navigation); Django's ``ModelBackend`` reads the
user, then the profile, then the region — three round trips to the database on every request. This backend
joins them once.
"""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend


class ProfileModelBackend(ModelBackend):
    def get_user(self, user_id):
        users = get_user_model()._default_manager.select_related("profile", "profile__region")
        try:
            user = users.get(pk=user_id)
        except get_user_model().DoesNotExist:
            return None
        return user if self.user_can_authenticate(user) else None
