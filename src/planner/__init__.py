"""Social Goal Planner: SMART social-media goals for small businesses, offline."""

from importlib.metadata import PackageNotFoundError, version

APP_NAME = "Social Goal Planner"
ORG_NAME = "SocialGoalPlanner"

try:
    __version__ = version("social-goal-planner")
except PackageNotFoundError:  # running from a source tree without an install
    __version__ = "0.1.0"
