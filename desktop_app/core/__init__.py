"""The Biaozhu library: project file, import, codebook and codings. No Qt here, ever."""

from desktop_app.core.errors import BiaozhuError
from desktop_app.core.project import Project, create_project, open_project

__all__ = ["BiaozhuError", "Project", "create_project", "open_project"]
