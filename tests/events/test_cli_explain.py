"""`marsad explain "SENTENCE"` shows why each event came out: type, mode, trigger, rule,
actor/recipient with reasons, date and confidence (the real pipeline, one sentence)."""

from __future__ import annotations

from click.testing import CliRunner

from marsad.cli import main


def test_explain_shows_reasons() -> None:
    result = CliRunner().invoke(
        main, ["explain", "اعتقلت الشرطة المصرية عشرات الناشطين في القاهرة أمس.",
               "--date", "2020-01-15"]
    )
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "COERCE" in out and "why:" in out
    assert "COERCE/arrest" in out and "rule:      lex:" in out and "confidence" in out
    assert "↳ actor: subject after the verb" in out
    assert "date:      2020-01-14" in out  # أمس against the publication date


def test_explain_says_why_nothing_was_coded() -> None:
    result = CliRunner().invoke(main, ["explain", "دعت إلى ذلك."])
    assert result.exit_code == 0, result.output
    assert "no event coded" in result.stdout
    assert "(no event) REQUEST" in result.stdout
