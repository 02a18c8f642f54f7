"""Click commands for NER: ``marsad train ner``, ``marsad ner FILE``, ``marsad bench ner``."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO

import click

from marsad.errors import MarsadError
from marsad.ner.conll import Sentence, format_tagged, read_conll
from marsad.ner.model import DATA_DIR, MODEL_NAME, MODEL_PATH, MODEL_VERSION

# ../shared/data beside the repository (src/marsad/ner/commands.py -> repo root is parents[3]).
DEFAULT_SHARED_DATA = Path(__file__).resolve().parents[3].parent / "shared" / "data"
MANIFEST = DATA_DIR / "manifest.tsv"
MANIFEST_HEADER = "# name\tversion\tsha256\tlicence\n"


DOCSTART = "-DOCSTART-"
BLOCK = 400  # sentences tagged together: memory stays flat on long input


def text_blocks(sentences: Iterable[Sentence]) -> Iterator[list[list[str]]]:
    """Token lists in blocks of running text: split at -DOCSTART- lines (yielded alone as
    ``[[DOCSTART]]``) and every ``BLOCK`` sentences."""
    block: list[list[str]] = []
    for sentence in sentences:
        tokens = [row.token for row in sentence]
        if tokens == [DOCSTART]:
            if block:
                yield block
                block = []
            yield [[DOCSTART]]
            continue
        block.append(tokens)
        if len(block) >= BLOCK:
            yield block
            block = []
    if block:
        yield block


def _shared_data(path: Path | None) -> Path:
    data = path or DEFAULT_SHARED_DATA
    if not data.is_dir():
        raise MarsadError(
            f"NER data folder not found: {data}; pass --data pointing at shared/data", "E202"
        )
    return data


def update_manifest(
    manifest: Path, name: str, version: str, sha256: str, licence: str, replaces: str = ""
) -> None:
    """Add or replace the line for ``name`` in the data manifest, leaving other lines alone
    (except those whose name starts with ``replaces``: older versions of the same file)."""
    lines = (
        manifest.read_text(encoding="utf-8").splitlines(keepends=True) if manifest.exists() else []
    )
    if not lines:
        lines = [MANIFEST_HEADER]
    entry = f"{name}\t{version}\t{sha256}\t{licence}\n"
    kept = [
        line
        for line in lines
        if line.split("\t", 1)[0] != name
        and not (replaces and line.startswith(replaces) and not line.startswith("#"))
    ]
    manifest.write_text("".join([*kept, entry]), encoding="utf-8")


# Training and the benchmark both read ../shared/data unless told otherwise.
_data_option = click.option(
    "--data",
    "data",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="The shared data folder (default: ../shared/data beside the repository).",
)


@click.command("ner")
@_data_option
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Where to write the model file (default: the shipped one, and update the manifest).",
)
@click.option(
    "--augment/--no-augment",
    default=True,
    show_default=True,
    help="Also learn from WikiFANE and the Wojood sample, with feature copies of their own "
    "(slower: about 15 minutes instead of 5).",
)
@click.option(
    "--dev-fraction",
    type=float,
    default=0.0,
    show_default=True,
    help="Hold out this last part of ANERcorp train and report F1 on it (for tuning).",
)
@click.option(
    "--c1", type=float, default=None, help="L1 regularisation (default: the tuned value)."
)
@click.option(
    "--c2", type=float, default=None, help="L2 regularisation (default: the tuned value)."
)
def train_ner(
    data: Path | None,
    output: Path | None,
    augment: bool,
    dev_fraction: float,
    c1: float | None,
    c2: float | None,
) -> None:
    """Train the NER model reproducibly from ANERcorp (+ Wojood, WikiFANE resources)."""
    from marsad.ner.model import NerModel
    from marsad.ner.score import score
    from marsad.ner.train import TrainConfig, train

    defaults = TrainConfig()
    config = TrainConfig(
        c1=defaults.c1 if c1 is None else c1,
        c2=defaults.c2 if c2 is None else c2,
        augment=defaults.augment if augment else (),
        dev_fraction=dev_fraction,
    )
    output = output or MODEL_PATH
    result = train(_shared_data(data), output, config, log=click.echo)
    sha = hashlib.sha256(output.read_bytes()).hexdigest()
    click.echo(f"sha256 {sha}  training time {result.seconds:.0f}s")
    if output.resolve() == MODEL_PATH.resolve():
        update_manifest(
            MANIFEST,
            f"ner/{output.name}",
            MODEL_VERSION,
            sha,
            result.meta["licence"],
            replaces=f"ner/{MODEL_NAME}-",
        )
        click.echo(f"manifest updated: {MANIFEST}")
    if result.dev:
        model = NerModel(output)
        pred = [model.tag(tokens) for tokens, _ in result.dev]
        s = score([g for _, g in result.dev], pred)
        click.echo(f"held-out micro F1 {s.micro_f1 * 100:.1f}, macro F1 {s.macro_f1 * 100:.1f}")


@click.command("ner")
@click.argument("file", type=click.File("r", encoding="utf-8"))
@click.option(
    "-o",
    "--output",
    type=click.File("w", encoding="utf-8"),
    default="-",
    help="Where to write token<TAB>tag lines (default: stdout).",
)
def tag_ner(file: IO[str], output: IO[str]) -> None:
    """Tag a CoNLL-style FILE (one token a line, blank line between sentences; - for stdin).

    Writes token<TAB>tag lines in BIO with PER, LOC, ORG and MISC, keeping the sentence breaks.
    Consecutive sentences are read as one running text, so that a name tagged with confidence
    is tagged wherever it recurs nearby; a -DOCSTART- line ends a document.
    """
    from marsad.ner.model import load_model

    model = load_model()

    def tagged() -> Iterator[tuple[list[str], list[str]]]:
        for block in text_blocks(read_conll(file)):
            if block == [[DOCSTART]]:
                yield [DOCSTART], ["O"]
            else:
                yield from zip(block, model.tag_text(block), strict=True)

    for line in format_tagged(tagged()):
        output.write(line)


@click.command("ner")
@_data_option
@click.option(
    "--model",
    "model_path",
    type=click.Path(dir_okay=False, exists=True, path_type=Path),
    default=None,
    help=f"Model file (default: the shipped {MODEL_NAME}-{MODEL_VERSION}).",
)
def bench_ner(data: Path | None, model_path: Path | None) -> None:
    """Entity F1 (micro, macro, per type) on ANERcorp and Wojood test splits, and speed."""
    from marsad.ner.bench import format_result, run_bench
    from marsad.ner.model import NerModel, load_model

    model = NerModel(model_path) if model_path else load_model()
    click.echo(f"model {model.path.name} sha256 {model.sha256[:12]}")
    for result in run_bench(model, _shared_data(data)):
        click.echo(format_result(result))
