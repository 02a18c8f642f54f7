from __future__ import annotations

from pathlib import Path

from marsad.ner.corpora import read_anercorp, read_fane, read_wojood
from marsad.ner.features import Featurizer, Resources, stem_of
from marsad.ner.gazetteer import build_gazetteer


def test_wojood_nested_layers_flatten_to_outer_mapped_spans(tmp_path: Path) -> None:
    src = tmp_path / "w.txt"
    src.write_text(
        "وزير B-OCC\nخارجية I-OCC B-ORG\nروسيا I-OCC I-ORG B-GPE\n$#$ O\n"
        "حكومة B-ORG\nفلسطين I-ORG B-GPE\nالفلسطينيين B-NORP\n\n",
        encoding="utf-8",
    )
    [(tokens, tags)] = list(read_wojood(src))
    assert tokens == ["وزير", "خارجية", "روسيا", "حكومة", "فلسطين", "الفلسطينيين"]
    # OCC and NORP have no counterpart in ANERcorp's scheme: the ORG inside the OCC survives.
    assert tags == ["O", "B-ORG", "I-ORG", "B-ORG", "I-ORG", "O"]


def test_anercorp_pers_becomes_per(tmp_path: Path) -> None:
    src = tmp_path / "a.txt"
    src.write_text("قال O\nجورج B-PERS\nبوش I-PERS\n\nفي O\n", encoding="utf-8")
    assert list(read_anercorp(src)) == [
        (["قال", "جورج", "بوش"], ["O", "B-PER", "I-PER"]),
        (["في"], ["O"]),
    ]


def test_fane_splits_sentences_and_maps_fine_types(tmp_path: Path) -> None:
    src = tmp_path / "f.txt"
    src.write_text(
        "\u200eزار\tO\r\n\u200eاوباما\tB-Politician\r\n\u200e.\tO\r\n\u200eالعرب\tB-Group\r\n",
        encoding="utf-8",
    )
    assert list(read_fane([src])) == [
        (["زار", "اوباما", "."], ["O", "B-PER", "O"]),
        (["العرب"], ["O"]),
    ]


def test_stem_prefers_the_reading_seen_in_text() -> None:
    counts = {"لبنان": 50, "رئيس": 80, "بنان": 1}
    assert stem_of("لبنان", counts)[1] == "لبنان"  # not ل + بنان
    assert stem_of("وللرئيس", counts)[:2] == ("ول", "رئيس")


def test_gazetteer_flags_and_window_features() -> None:
    corpus = [(["زار", "بوش", "بغداد"], ["O", "B-PER", "B-LOC"])] * 2
    gaz = build_gazetteer(corpus, lambda w: w)
    assert gaz == {"بوش": ("PER!",), "بغداد": ("LOC!",)}
    feats = Featurizer(Resources(gazetteer=gaz)).sentence(["زار", "بوش"])
    assert "g=PER!" in feats[1]
    assert "1:g=PER!" in feats[0]
    assert "BOS" in feats[0] and "EOS" in feats[1]
