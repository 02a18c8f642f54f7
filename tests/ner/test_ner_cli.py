from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from marsad.errors import MarsadError
from marsad.ner.commands import bench_ner, tag_ner, train_ner

CONLL = "قال\tO\tx\nالرئيس\tO\nجورج\nبوش\n\n\nفي\nواشنطن\n.\n"


def test_tags_a_file_keeping_sentence_breaks(tmp_path: Path) -> None:
    src = tmp_path / "in.conll"
    src.write_text(CONLL, encoding="utf-8")
    result = CliRunner().invoke(tag_ner, [str(src)])
    assert result.exit_code == 0, result.output
    blocks = result.output.split("\n\n")
    assert blocks[-1] == ""
    sents = [[line.split("\t") for line in b.splitlines()] for b in blocks[:-1]]
    assert [[t for t, _ in s] for s in sents] == [
        ["قال", "الرئيس", "جورج", "بوش"],
        ["في", "واشنطن", "."],
    ]
    assert [tag for _, tag in sents[0]][2:] == ["B-PER", "I-PER"]
    assert sents[1][1] == ["واشنطن", "B-LOC"]


def test_reads_stdin_and_writes_output_file(tmp_path: Path) -> None:
    out = tmp_path / "out.tsv"
    result = CliRunner().invoke(tag_ner, ["-", "-o", str(out)], input="بيروت\n")
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8") == "بيروت\tB-LOC\n\n"


def test_missing_file_is_a_usage_error() -> None:
    result = CliRunner().invoke(tag_ner, ["/nonexistent/file.conll"])
    assert result.exit_code == 2


def test_train_and_bench_without_data_say_what_is_missing(tmp_path: Path) -> None:
    result = CliRunner().invoke(train_ner, ["--data", str(tmp_path), "-o", str(tmp_path / "m.zip")])
    assert isinstance(result.exception, MarsadError)
    assert "ANERCorp_CamelLabRecipe_train.txt" in result.exception.message
    assert not (tmp_path / "m.zip").exists()
    result = CliRunner().invoke(bench_ner, ["--data", str(tmp_path / "nowhere")])
    assert isinstance(result.exception, MarsadError)
    assert "nowhere" in result.exception.message


def test_docstart_lines_are_kept_and_end_the_running_text(tmp_path: Path) -> None:
    text = "-DOCSTART-\tO\n\nقال\nكوفي\nأنان\n.\n\n-DOCSTART-\n\nوصل\nبيروت\n.\n"
    result = CliRunner().invoke(tag_ner, ["-"], input=text)
    assert result.exit_code == 0, result.output
    blocks = [b.splitlines() for b in result.output.split("\n\n")[:-1]]
    assert blocks[0] == ["-DOCSTART-\tO"] and blocks[2] == ["-DOCSTART-\tO"]
    assert blocks[1] == ["قال\tO", "كوفي\tB-PER", "أنان\tI-PER", ".\tO"]
    assert blocks[3][1] == "بيروت\tB-LOC"
