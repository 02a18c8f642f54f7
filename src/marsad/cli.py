"""The ``marsad`` command: thin commands that parse arguments and call the library.

Exit status: 0 when everything was coded, 1 when some input was rejected (or a marsad error
stopped the command), 2 for usage errors. User errors print ``marsad: error: ...``, never a
traceback.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import importlib
import json
import os
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

import click

from marsad import __version__
from marsad.batch.command import batch_options, code_with_engine, wants_batch
from marsad.errors import MarsadError
from marsad.ingest import Reject, read_paths
from marsad.ingest.langid import filter_language
from marsad.model import Article, Doc, Event, EventActor, StageError
from marsad.output import doc_record, dumps, event_record, reject_record

if TYPE_CHECKING:  # the store (SQLAlchemy) is imported only when --db is given
    from marsad.store import Store


class MarsadGroup(click.Group):
    """A click group that turns marsad's own errors into one line on stderr."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except MarsadError as err:
            click.echo(f"marsad: error: {err.message} ({err.code})", err=True)
            ctx.exit(1)
        except BrokenPipeError:  # `marsad code ... | head`: the reader left; stop quietly
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            ctx.exit(1)
        except OSError as err:  # a full disk, a file that cannot be written: one line, no traceback
            where = f" {err.filename}" if err.filename else ""
            message = f"cannot write{where}: {err.strerror or err}"
            click.echo(f"marsad: error: {message} (E303)", err=True)
            ctx.exit(1)


@click.group(cls=MarsadGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="marsad")
def main() -> None:
    """marsad: code Arabic news into PLOVER political events, traceable to the source text."""


# -- marsad code ---------------------------------------------------------------------------


@dataclass
class BatchCounts:
    articles: int = 0
    events: int = 0
    rejects: int = 0
    errors: int = 0  # articles where a stage failed (still coded, see their docs line)


def code_batch(
    items: Iterable[Article | Reject],
    pipeline: Callable[[Article], Doc],
    events_out: IO[str],
    docs_out: IO[str] | None = None,
    store: Store | None = None,
    warn: Callable[[str], None] = lambda line: click.echo(line, err=True),
) -> BatchCounts:
    """Code every article, write its records, and report every reject; never stops early."""
    counts = BatchCounts()
    stages = getattr(pipeline, "names", ())  # a Pipeline knows its stages; a plain function not
    run_id = store.begin_run(stages) if store is not None else None
    try:
        for item in items:
            if isinstance(item, Reject):
                counts.rejects += 1
                warn(f"marsad: rejected {item.source}: {item.reason}")
                if docs_out is not None:
                    docs_out.write(dumps(reject_record(item)) + "\n")
                if store is not None:
                    store.write_reject(item, run_id)
                continue
            doc = _code_one(pipeline, item)
            counts.articles += 1
            counts.events += len(doc.events)
            for err in doc.errors:
                warn(f"marsad: warning: {item.doc_id}: stage {err.stage} failed: {err.message}")
            counts.errors += bool(doc.errors)
            events_out.write("".join(dumps(event_record(doc, ev)) + "\n" for ev in doc.events))
            if docs_out is not None:
                docs_out.write(dumps(doc_record(doc)) + "\n")
            if store is not None:
                store.write_doc(doc, run_id)
    finally:
        if store is not None and run_id is not None:
            store.end_run(run_id)
    return counts


def _code_one(pipeline: Callable[[Article], Doc], article: Article) -> Doc:
    """The pipeline records stage failures itself; this guards the batch against its bugs."""
    try:
        return pipeline(article)
    except Exception as exc:
        doc = Doc(article=article)
        doc.errors.append(StageError("pipeline", "E201", f"{type(exc).__name__}: {exc}"))
        return doc


@main.command("code")
@click.argument("paths", nargs=-1, required=True, type=click.Path(allow_dash=True))
@click.option(
    "--out",
    type=click.File("w", encoding="utf-8", lazy=False),
    default="-",
    help="PLOVER events as JSONL (default: standard output).",
)
@click.option(
    "--docs",
    type=click.File("w", encoding="utf-8", lazy=False),
    help="One JSON line per article: sentences, actors, quotes, places, errors.",
)
@click.option(
    "--geojson",
    type=click.File("w", encoding="utf-8", lazy=False),
    help="The events that have a place, as a GeoJSON FeatureCollection (for a map).",
)
@click.option("--db", metavar="URL", help="Database to store results in, e.g. sqlite:///marsad.db")
@click.option("-v", "--verbose", is_flag=True, help="Print a summary line on stderr at the end.")
@batch_options
def code_command(
    paths: tuple[str, ...],
    out: IO[str],
    docs: IO[str] | None,
    geojson: IO[str] | None,
    db: str | None,
    verbose: bool,
    **batch: Any,
) -> None:
    """Code articles: .txt, .jsonl, .html files, directories of them, or - for stdin."""
    from typing import cast

    from marsad.geo.geojson import GeoJSONTee
    from marsad.pipeline import load_pipeline

    tee = GeoJSONTee(out) if geojson is not None else None  # maps events as they are written
    events_out = cast("IO[str]", tee) if tee is not None else out
    try:
        if wants_batch(batch):  # partitions, resumable, local or Dask (marsad.batch.command)
            stdin = click.get_binary_stream("stdin")
            sys.exit(code_with_engine(paths, events_out, docs, db, batch, stdin=stdin))
        store = _open_store(db) if db else None
        try:
            counts = code_batch(
                filter_language(read_paths(paths, stdin=click.get_binary_stream("stdin"))),
                load_pipeline(),
                events_out,
                docs,
                store,
            )
        finally:
            if store is not None:
                store.close()
        if verbose:
            click.echo(
                f"marsad: coded {counts.articles} articles, {counts.events} events; "
                f"{counts.rejects} rejected, {counts.errors} with stage errors",
                err=True,
            )
        if counts.rejects:
            sys.exit(1)
    finally:  # click closes --out/--docs quietly; a full disk must not pass unnoticed
        if tee is not None and geojson is not None:
            geojson.write(json.dumps(tee.collection(), ensure_ascii=False) + "\n")
        _flush(out, docs, geojson)


def _flush(*streams: IO[str] | None) -> None:
    for stream in streams:
        if stream is not None:
            stream.flush()


def _open_store(url: str) -> Store:
    from marsad.store import Store

    return Store(url)


# -- marsad eval -------------------------------------------------------------------------------


@main.command("eval")
@click.option(
    "--gold",
    required=True,
    type=click.Path(exists=True, path_type=Path),
    help="A gold JSONL file or a directory of them (see the gold GUIDE).",
)
@click.option("--per-article", is_flag=True, help="Also print the scores of every article.")
def eval_command(gold: Path, per_article: bool) -> None:
    """Code the gold articles and print precision, recall and F1."""
    from marsad.evaluate import evaluate, format_report

    click.echo(format_report(evaluate(gold), per_article))


# -- marsad explain --------------------------------------------------------------------------


def _party(p: EventActor) -> str:
    where = "/".join(x for x in (p.country, p.sector_code) if x) or "?"
    return f"{p.raw_text} → {p.entity_name} ({where}) {list(p.span)}"


def explain_event(ev: Event) -> list[str]:
    """Lines that show what was coded from where, and which rule did it."""
    head = ev.event + (f" ({ev.mode})" if ev.mode else "")
    flags = [
        f for f, on in (("negated", ev.negated), (ev.auxiliary or "", bool(ev.auxiliary))) if on
    ]
    lines = [
        f"{head}  confidence {ev.confidence:.2f}  rule {ev.rule or '?'}"
        + (f"  [{', '.join(flags)}]" if flags else ""),
        f"  trigger:   {ev.event_text} {list(ev.event_span)}",
    ]
    lines += [f"  actor:     {_party(a)}" for a in ev.actor] or ["  actor:     (none)"]
    lines += [f"  recipient: {_party(r)}" for r in ev.recipient]
    if ev.event_loc is not None:
        loc = ev.event_loc
        lines.append(f"  where:     {loc.raw_text} → {loc.name} ({loc.country})")
    return lines


@main.command("explain")
@click.argument("sentence")
@click.option("--date", "published", help="Publication date (YYYY-MM-DD) for date-aware roles.")
def explain_command(sentence: str, published: str | None) -> None:
    """Code one sentence (or - for stdin) and show each event with its rule and confidence."""
    import marsad

    if sentence == "-":
        sentence = click.get_text_stream("stdin", encoding="utf-8").read()
    if not sentence.strip():
        raise click.UsageError("give a sentence to explain")
    doc = marsad.code(sentence.strip(), published=published)
    for m in doc.mentions:
        a = m.actor
        where = "/".join(x for x in (a.country, a.sector_code) if x) or "?"
        click.echo(f"mention {m.text} {list(m.span)} → {a.entity_name} ({where})  rule {m.rule}")
    for q in doc.quotes:
        click.echo(f"quote   {q.speaker or '?'} {q.cue}: {q.quote}")
    if not doc.events:
        click.echo("no event coded")
    for ev in doc.events:
        click.echo("\n".join(explain_event(ev)))
    if doc.sentence_tokens:
        from marsad.events import explain_text

        why = explain_text(doc)  # every trigger: the event it became or why it did not
        if why:
            click.echo("\nwhy:\n" + why)
    for err in doc.errors:
        click.echo(f"marsad: warning: stage {err.stage} failed: {err.message}", err=True)


# -- marsad actors ---------------------------------------------------------------------------


@main.group("actors")
def actors_group() -> None:
    """Look things up in the actor knowledge base."""


@actors_group.command("lookup")
@click.argument("text")
@click.option("--date", "when", help="Date (YYYY-MM-DD) at which roles are resolved.")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per mention.")
def actors_lookup_command(text: str, when: str | None, as_json: bool) -> None:
    """Resolve TEXT (an Arabic name or title) to actors, as the coder would, with the rule."""
    lookup = _optional("marsad.actors", "lookup")
    if not callable(lookup):
        raise MarsadError("actor lookup is not available in this version of marsad", "E202")
    explain = _optional("marsad.actors", "explain")
    date = _parse_cli_date(when) if when else None
    result = lookup(text, date) if date is not None else lookup(text)
    found = result if isinstance(result, list | tuple) else [result]
    found = [r for r in found if r is not None]
    if not found:
        click.echo(f"marsad: no actor found in {text!r}", err=True)
        sys.exit(1)
    for r in found:
        if as_json or not callable(explain):
            click.echo(json.dumps(_as_json(r), ensure_ascii=False))
        else:
            click.echo(explain(r))


def _parse_cli_date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date; write YYYY-MM-DD") from None


def _as_json(value: object) -> object:
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        return to_dict()
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return dataclasses.asdict(value)
    return value


# -- groups filled by other modules ------------------------------------------------------------


@main.group("train")
def train_group() -> None:
    """Train marsad's models."""


@main.group("bench")
def bench_group() -> None:
    """Benchmarks of speed and accuracy."""


def _optional(module: str, name: str) -> Any:
    """``module.name`` when that part of marsad is installed, else None (imported by name so
    that the CLI keeps working, and type-checks, without it)."""
    try:
        return getattr(importlib.import_module(module), name, None)
    except ImportError:
        return None


def _register_ner() -> None:
    # the NER tools are optional; the rest of the CLI works without them
    commands = [_optional("marsad.ner.commands", n) for n in ("train_ner", "tag_ner", "bench_ner")]
    train_ner, tag_ner, bench_ner = commands
    if isinstance(train_ner, click.Command):
        train_group.add_command(train_ner, "ner")
    if isinstance(tag_ner, click.Command):
        main.add_command(tag_ner, "ner")
    if isinstance(bench_ner, click.Command):
        bench_group.add_command(bench_ner, "ner")


_register_ner()


def _register_web() -> None:
    # `marsad events` and `marsad serve` (the store and web extras are imported when run)
    for name in ("events", "serve"):
        command = _optional("marsad.web.commands", f"{name}_command")
        if isinstance(command, click.Command):
            main.add_command(command, name)


_register_web()


def _register_watch() -> None:
    # `marsad watch` lives with the feed readers it drives
    command = _optional("marsad.ingest.watch_command", "watch_command")
    if isinstance(command, click.Command):
        main.add_command(command, "watch")


_register_watch()
