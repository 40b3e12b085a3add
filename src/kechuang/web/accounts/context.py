"""Template context: the user's role and region, for the navigation."""

from kechuang.web.accounts.permissions import profile_of


def role(request) -> dict:
    profile = profile_of(getattr(request, "user", None))
    return {"kc_profile": profile, "kc_role": profile.role if profile else None}
