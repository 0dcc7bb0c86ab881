"""The Dagster Definitions: every asset, check, job, sensor, schedule and resource in one place."""

import os
import warnings

os.environ.setdefault("DAGSTER_DISABLE_TELEMETRY", "1")
os.environ.setdefault("GX_ANALYTICS_ENABLED", "False")
warnings.filterwarnings("ignore", message=r".*backfill_policy.*beta", category=Warning)

from dagster import Definitions, in_process_executor  # noqa: E402

from assets.automation import build_release_job, raw_documents_sensor, weekly_rebuild  # noqa: E402
from assets.parsing import parsed_document  # noqa: E402
from assets.release import release  # noqa: E402
from assets.resources import BuildLock, ProjectPaths  # noqa: E402
from assets.tables import table_assets, table_checks  # noqa: E402

defs = Definitions(
    assets=[parsed_document, *table_assets, release],
    asset_checks=table_checks,
    jobs=[build_release_job],
    sensors=[raw_documents_sensor],
    schedules=[weekly_rebuild],
    resources={"paths": ProjectPaths(), "build_lock": BuildLock()},
    executor=in_process_executor,       # one process per run: the build lock is held for the whole run
)
