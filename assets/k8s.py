"""Production on Kubernetes: the same Definitions with the `k8s_job_executor` (dagster-k8s), each step of a run in
its own pod. Point the cluster's code location at `assets.k8s`; run config in assets/k8s_run_config.yaml.
Needs the `distributed` extra (`pip install -e '.[distributed]'`)."""

from dagster import Definitions
from dagster_k8s import k8s_job_executor

from assets.definitions import defs as local_defs

defs = Definitions(assets=local_defs.assets, asset_checks=local_defs.asset_checks, jobs=local_defs.jobs,
                   sensors=local_defs.sensors, schedules=local_defs.schedules, resources=local_defs.resources,
                   executor=k8s_job_executor)
