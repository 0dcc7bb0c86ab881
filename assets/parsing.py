"""Per-document assets: verify and parse each source (one partition per doc_id)."""

from pathlib import Path

from dagster import AssetExecutionContext, BackfillPolicy, DynamicPartitionsDefinition, MaterializeResult, asset

from assets.resources import ProjectPaths
from pipeline.build import stage_document
from pipeline.facts import extract_facts
from pipeline.sources import read_source, unlisted_files

doc_partitions = DynamicPartitionsDefinition(name="doc_id")


@asset(
    partitions_def=doc_partitions,
    backfill_policy=BackfillPolicy.single_run(),
    group_name="parse",
    description="Each source verified (sha256, strict UTF-8) and parsed into rows for every fact table.",
)
def parsed_document(context: AssetExecutionContext, paths: ProjectPaths) -> MaterializeResult:
    entries = {e.doc_id: e for e in paths.manifest()}
    for name in unlisted_files(Path(paths.raw_dir), list(entries.values())):
        context.log.warning(f"{paths.raw_dir}/{name}: not listed in sources.yaml; ignored")
    totals: dict[str, int] = {}
    for key in context.partition_keys:
        if key not in entries:
            raise ValueError(f"partition {key!r} is not listed in {paths.raw_dir}/sources.yaml")
        entry = entries[key]
        source = read_source(Path(paths.raw_dir), entry)
        counts = stage_document(Path(paths.staging_dir), entry, extract_facts(source, paths.raw_path(entry)))
        context.log.info(f"{key}: " + ", ".join(f"{n}={c}" for n, c in counts.items()))
        for n, c in counts.items():
            totals[n] = totals.get(n, 0) + c
    return MaterializeResult(metadata={"documents": len(context.partition_keys), **{f"rows_{n}": c for n, c in totals.items()}})
