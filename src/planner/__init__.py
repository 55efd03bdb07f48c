"""Social Goal Planner: SMART social-media goals for small businesses, offline."""

APP_NAME = "Social Goal Planner"
ORG_NAME = "SocialGoalPlanner"
#: The one place the version is written (pyproject.toml reads it from here).
__version__ = "0.1.0"
