"""Command line: ``moderation serve | check | batch | evaluate``."""

import io
import json
import os
import sys

import click

from .classifier import ModelError
from .settings import SETTINGS


def _load_moderator(model):
    from .moderator import Moderator

    try:
        return Moderator.load(model)
    except (ModelError, OSError, ValueError) as error:
        raise click.ClickException(str(error))


def _verify_model(model):
    """Check the model and blocklist without unpickling: the master process
    only needs to know they are sound; each worker loads its own model, and
    loading it here too would add a second or more to every start."""
    from .blocklist import Blocklist
    from .classifier import verify_model
    from .moderator import default_model_path

    try:
        verify_model(model or default_model_path())
        Blocklist.load(os.environ.get("MODERATION_BLOCKLIST_FILE"))
    except (ModelError, OSError, ValueError) as error:
        raise click.ClickException(str(error))


model_option = click.option("--model", type=click.Path(file_okay=False), default=None,
                            help="Model directory (default: MODERATION_MODEL or the shipped models/).")


@click.group(help="Moderate news comments: approve or reject, naming the policy category.")
def main():
    pass


def worker_class(threads):
    """gunicorn's worker class for ``threads`` threads per worker."""
    return "gthread" if threads > 1 else "sync"


@main.command(help="Serve the HTTP API with gunicorn (production). "
                   "Settings come from MODERATION_* environment variables: "
                   + "; ".join(f"MODERATION_{s.name}: {s.help}" for s in SETTINGS))
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to bind.")
@click.option("--port", default=8000, show_default=True, type=int, help="Port to bind.")
@click.option("--workers", default=2, show_default=True, type=int,
              help="Worker processes; one per core suits this CPU-bound service.")
@click.option("--threads", default=1, show_default=True, type=int,
              help="Threads per worker. 1: gunicorn's sync workers, one request at a time each "
                   "(measured faster, with a shorter tail, for this CPU-bound service); "
                   "more: gthread workers, which keep idle keep-alive connections open.")
@model_option
def serve(host, port, workers, threads, model):
    from gunicorn.app.base import BaseApplication

    if model:
        os.environ["MODERATION_MODEL"] = model
    _verify_model(model)  # fail here, with a clear message, not in every worker
    master_pid = os.getpid()

    class Server(BaseApplication):
        def load_config(self):
            self.cfg.set("bind", f"{host}:{port}")
            self.cfg.set("workers", workers)
            self.cfg.set("threads", threads)
            self.cfg.set("worker_class", worker_class(threads))
            self.cfg.set("accesslog", None)

        def load(self):
            from .app import create_app

            return create_app({"GUNICORN_MASTER_PID": master_pid})

    Server().run()


@main.command(help="Moderate one comment and print the decision as JSON.")
@click.argument("text")
@model_option
def check(text, model):
    decision = _load_moderator(model).moderate(text)
    click.echo(json.dumps(decision.to_dict(), ensure_ascii=False, indent=2))


@main.command(help="Moderate a JSONL (id, text) or CSV file; write one JSONL line per input line, in order. "
                   "Use - for stdin/stdout. Exits 1 if any line failed (each failed line gets an error record).")
@click.argument("input", type=click.Path(allow_dash=True, dir_okay=False))
@click.option("-o", "--output", default="-", show_default=True, type=click.Path(allow_dash=True, dir_okay=False),
              help="Output JSONL file.")
@click.option("--format", "fmt", type=click.Choice(["auto", "jsonl", "csv"]), default="auto", show_default=True,
              help="Input format; auto uses the file extension, else the first character.")
@click.option("--text-field", default="text", show_default=True, help="Field or column holding the comment.")
@click.option("--id-field", default="id", show_default=True, help="Field or column holding the comment's id.")
@click.option("--jobs", default=os.cpu_count() or 1, show_default="the number of CPUs", type=click.IntRange(1),
              help="Processes deciding comments in parallel (forked, sharing the loaded model).")
@model_option
def batch(input, output, fmt, text_field, id_field, jobs, model):
    from tqdm import tqdm

    from .batchio import csv_records, detect_format, jsonl_records, moderate_stream

    moderator = _load_moderator(model)
    source = sys.stdin.buffer if input == "-" else open(input, "rb")
    if not hasattr(source, "peek"):
        source = io.BufferedReader(source)
    sink = sys.stdout if output == "-" else open(output, "w", encoding="utf-8")
    with source, sink:
        if fmt == "auto":
            fmt = detect_format(input, source.peek(64)[:64])
        reader = csv_records if fmt == "csv" else jsonl_records
        size = os.path.getsize(input) if input != "-" else None
        # The bar goes to stderr and only on a terminal, so piped output stays clean.
        with tqdm(total=size, unit="B", unit_scale=True, disable=None, file=sys.stderr) as bar:
            last = [0]

            def write(record):
                line = json.dumps(record, ensure_ascii=False)
                try:
                    sink.write(line + "\n")
                except UnicodeEncodeError:  # a lone surrogate ("\ud800" in the input): escape it
                    sink.write(json.dumps(record) + "\n")
                if size:
                    position = source.tell()
                    bar.update(position - last[0])
                    last[0] = position

            counts = moderate_stream(moderator, reader(source, text_field, id_field), write, jobs=jobs)
    total = sum(counts.values())
    click.echo(f"{total} lines: {counts['approve']} approved, {counts['reject']} rejected, "
               f"{counts['error']} failed", err=True)
    if counts["error"]:
        sys.exit(1)


@main.command(context_settings={"ignore_unknown_options": True, "help_option_names": []},
              add_help_option=False,
              help="Score the service and its peers side by side (see python -m moderation.evaluate --help).")
@click.argument("args", nargs=-1, type=click.UNPROCESSED)
def evaluate(args):
    from .evaluate import main as evaluate_main

    sys.exit(evaluate_main(list(args)))


if __name__ == "__main__":
    main()
