"""The static site generated from a release: see `build_site`."""
from pipeline.site.build import build_site

__all__ = ["build_site"]
