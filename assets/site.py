"""The site asset: static pages generated from the published release, in <published_dir>/site/."""

from pathlib import Path

from dagster import AssetKey, MaterializeResult, asset

from assets.resources import ProjectPaths
from pipeline.site import build_site


@asset(deps=[AssetKey("release")], group_name="release",
       description="Static site generated from the release: documents with every fact highlighted in place, "
                   "tables with charts, judgments, metrics and indicator series. Plain files, no server.")
def site(paths: ProjectPaths) -> MaterializeResult:
    out = Path(paths.published_dir) / "site"
    files = build_site(Path(paths.published_dir), Path(paths.raw_dir), out)
    return MaterializeResult(metadata={"site_dir": str(out), "index": str(out / "index.html"),
                                       "pages": sum(f.suffix == ".html" for f in files)})
