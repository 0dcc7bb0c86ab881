"""Beyond one machine: the same Definitions run per document on Celery workers through a real Redis broker, and
plan under the Kubernetes executor.

The Celery test starts redis-server on 127.0.0.1 (a free port) and two Celery workers itself, submits one run per
document and a release run with scripts/distributed_build.py to an instance configured by assets/dagster_celery.yaml,
checks that both workers ran documents and that the release is byte-identical to the in-process one, and stops
every process it started by its PID. It is marked `distributed` and skipped where redis-server is not on PATH.
"""
import importlib.util
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
import yaml

from pipeline.schema import REGISTRY

ROOT = Path(__file__).resolve().parent.parent
RAW = ROOT / "data" / "raw"
WORKERS = ("worker-a", "worker-b")
STARTUP_SECONDS = 60


def _load_script(name: str):
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    module = sys.modules.setdefault(name, importlib.util.module_from_spec(spec))
    spec.loader.exec_module(module)
    return module


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _start(args: list[str], log: Path, env: dict) -> subprocess.Popen:
    """A process in its own process group (so that stopping it by its PID also stops the children it forks)."""
    with open(log, "wb") as out:
        return subprocess.Popen(args, stdout=out, stderr=subprocess.STDOUT, env=env, cwd=ROOT, start_new_session=True)


def _stop(process: subprocess.Popen) -> None:
    """SIGTERM to the process group led by `process.pid`, SIGKILL if it has not gone after 20 s."""
    if process.poll() is not None:
        return
    os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=10)


def _wait_until(ready, what: str, processes: list[subprocess.Popen], logs: list[Path]) -> None:
    deadline = time.monotonic() + STARTUP_SECONDS
    while not ready():
        dead = [log for p, log in zip(processes, logs) if p.poll() is not None]
        if dead or time.monotonic() > deadline:
            tail = "\n".join(f"--- {log}\n{log.read_text(errors='replace')[-2000:]}" for log in logs if log.exists())
            pytest.fail(f"{what} not ready after {STARTUP_SECONDS} s" + (f" (exited: {dead})" if dead else "") + f"\n{tail}")
        time.sleep(0.3)


@pytest.fixture()
def celery_cluster(tmp_path, monkeypatch):
    """Redis on a free port of 127.0.0.1 and two Celery workers sharing one DAGSTER_HOME; all stopped at the end."""
    pytest.importorskip("dagster_celery", reason="the distributed extra is not installed: pip install -e '.[distributed]'")
    import redis
    from celery import Celery

    port = _free_port()
    broker, backend = f"redis://127.0.0.1:{port}/0", f"redis://127.0.0.1:{port}/1"
    home = tmp_path / "dagster_home"
    home.mkdir()
    shutil.copy(ROOT / "assets" / "dagster_celery.yaml", home / "dagster.yaml")
    env = {**os.environ, "DAGSTER_HOME": str(home), "CELERY_BROKER_URL": broker, "CELERY_RESULT_BACKEND": backend,
           "DAGSTER_DISABLE_TELEMETRY": "1", "GX_ANALYTICS_ENABLED": "False"}
    for key in ("DAGSTER_HOME", "CELERY_BROKER_URL", "CELERY_RESULT_BACKEND"):
        monkeypatch.setenv(key, env[key])
    processes: list[subprocess.Popen] = []
    try:
        redis_log = tmp_path / "redis.log"
        processes.append(_start(["redis-server", "--port", str(port), "--bind", "127.0.0.1", "--save", "",
                                 "--appendonly", "no", "--dir", str(tmp_path)], redis_log, env))

        def redis_up() -> bool:
            try:
                return redis.Redis(port=port, socket_connect_timeout=1).ping()
            except redis.exceptions.ConnectionError:
                return False

        _wait_until(redis_up, "redis-server", processes, [redis_log])
        logs = {name: tmp_path / f"{name}.log" for name in WORKERS}
        for name in WORKERS:
            processes.append(_start([sys.executable, "-m", "celery", "-A", "dagster_celery.app", "worker",
                                     "-n", f"{name}@%h", "--concurrency", "1", "--prefetch-multiplier", "1",
                                     "--loglevel", "INFO", "--logfile", str(logs[name])], tmp_path / f"{name}.out", env))
        app = Celery(broker=broker, backend=backend)

        def workers_up() -> bool:
            answered = {name.split("@")[0] for reply in app.control.ping(timeout=1) for name in reply}
            return answered == set(WORKERS)

        _wait_until(workers_up, "the two Celery workers", processes, [tmp_path / f"{n}.out" for n in WORKERS])
        yield {"home": home, "logs": logs, "processes": processes}
    finally:
        for process in reversed(processes):
            _stop(process)
        assert all(p.poll() is not None for p in processes)


@pytest.mark.distributed
@pytest.mark.skipif(shutil.which("redis-server") is None,
                    reason="redis-server is not on PATH (Debian: apt-get install redis-server); needed as the broker")
@pytest.mark.filterwarnings("ignore::Warning")
def test_per_document_runs_on_two_celery_workers_publish_the_in_process_release(celery_cluster, fresh_release, tmp_path):
    from dagster import DagsterEventType, DagsterInstance

    distributed = _load_script("distributed_build")
    published = tmp_path / "published"
    with DagsterInstance.get() as instance:
        assert type(instance.run_launcher).__name__ == "CeleryRunLauncher"
        per_document, release = distributed.distributed_build(instance, str(RAW), str(tmp_path / "staging"),
                                                              str(published), timeout=240)
        runs = [instance.get_run_by_id(run_id) for run_id in [*per_document, release]]
        checks = [r.event_log_entry.dagster_event.event_specific_data for r in instance.get_records_for_run(
            release, of_type=DagsterEventType.ASSET_CHECK_EVALUATION).records]

    # one run per document of the manifest, each on one worker; both workers ran documents
    doc_ids = yaml.safe_load((RAW / "sources.yaml").read_text(encoding="utf-8"))["documents"]
    assert sorted(r.tags["dagster/partition"] for r in runs[:-1]) == sorted(d["doc_id"] for d in doc_ids)
    logs = {name: log.read_text(errors="replace") for name, log in celery_cluster["logs"].items()}
    worker_of = {}
    for run in runs:
        task_id = run.tags["dagster-celery/task_id"]
        ran_on = [name for name, text in logs.items() if f"Task execute_job[{task_id}] succeeded" in text]
        assert len(ran_on) == 1, (run.run_id, ran_on)
        worker_of[run.run_id] = ran_on[0]
    assert {worker_of[run_id] for run_id in per_document} == set(WORKERS)

    # the release run validated every table (the blocking checks) and published what the in-process build does
    assert {c.asset_key.to_user_string() for c in checks} == set(REGISTRY) and all(c.passed for c in checks)
    parquet = sorted(p.name for p in fresh_release.glob("*.parquet"))
    assert parquet == sorted(p.name for p in published.glob("*.parquet")) and len(parquet) == len(REGISTRY)
    for name in parquet:
        assert (published / name).read_bytes() == (fresh_release / name).read_bytes(), name


def test_kubernetes_executor_plans_the_same_job_without_a_cluster():
    """assets/k8s.py (the production Definitions) with assets/k8s_run_config.yaml: valid config, the same steps."""
    pytest.importorskip("dagster_k8s", reason="the distributed extra is not installed: pip install -e '.[distributed]'")
    from dagster import AssetKey, validate_run_config
    from dagster._core.execution.api import create_execution_plan

    from assets.definitions import defs as local_defs
    from assets.k8s import defs

    job = defs.resolve_job_def("build_release")
    assert job.executor_def.name == "k8s"
    run_config = yaml.safe_load((ROOT / "assets" / "k8s_run_config.yaml").read_text(encoding="utf-8"))
    resolved = validate_run_config(job, run_config)
    assert resolved["execution"]["k8s"]["job_namespace"] == "met-scrutiny"
    assert resolved["execution"]["k8s"]["volume_mounts"] == [{"name": "met-data", "mount_path": "/data"}]
    assert resolved["resources"]["paths"]["config"]["staging_dir"] == "/data/staging"

    plan = create_execution_plan(job, run_config=run_config)
    levels = [sorted(s.key for s in level) for level in plan.get_steps_to_execute_by_level()]
    local = create_execution_plan(local_defs.resolve_job_def("build_release"))
    assert levels == [sorted(s.key for s in level) for level in local.get_steps_to_execute_by_level()]
    assert levels[0] == ["parsed_document"] and levels[-1] == ["release"]
    assert sorted(plan.step_keys_to_execute) == sorted(
        ["parsed_document", "release", *REGISTRY, *(f"{n}_checks" for n in REGISTRY)])

    # a per-document run plans the one partitioned step
    one = create_execution_plan(job.get_subset(asset_selection={AssetKey("parsed_document")}), run_config=run_config,
                                tags={"dagster/partition": "casey-review-2023"})
    assert one.step_keys_to_execute == ["parsed_document"]
