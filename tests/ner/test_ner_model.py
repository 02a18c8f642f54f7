from __future__ import annotations

import hashlib

from marsad.ner import tag_tokens
from marsad.ner.commands import MANIFEST
from marsad.ner.model import MODEL_PATH, load_model, repair_bio


def test_shipped_model_matches_manifest_and_is_small() -> None:
    entries = {
        line.split("\t")[0]: line.rstrip("\n").split("\t")
        for line in MANIFEST.read_text(encoding="utf-8").splitlines()
        if line and not line.startswith("#")
    }
    name = f"ner/{MODEL_PATH.name}"
    assert name in entries, f"{name} missing from {MANIFEST}"
    _, version, sha256, licence = entries[name]
    assert hashlib.sha256(MODEL_PATH.read_bytes()).hexdigest() == sha256
    assert version == load_model().meta["version"]
    assert licence == load_model().meta["licence"]
    assert MODEL_PATH.stat().st_size < 20_000_000


def test_metadata_records_data_hashes_and_seed() -> None:
    meta = load_model().meta
    assert "anercorp/ANERCorp_CamelLabRecipe_train.txt" in meta["data_sha256"]
    assert all(len(h) == 64 for h in meta["data_sha256"].values())
    assert not any("test" in name for name in meta["data_sha256"])
    assert isinstance(meta["seed"], int)


def _words(text: str) -> list[str]:
    return text.split()


def _entities(words: list[str]) -> list[tuple[str, str]]:
    tags = tag_tokens(words)
    assert len(tags) == len(words)
    out: list[tuple[str, str]] = []
    for word, tag in zip(words, tags, strict=True):
        if tag.startswith("B-"):
            out.append((tag[2:], word))
        elif tag.startswith("I-") and out:
            out[-1] = (out[-1][0], out[-1][1] + " " + word)
    return out


def test_tags_people_places_and_organisations() -> None:
    words = _words("وقال الرئيس الأمريكي جورج بوش في واشنطن إن الولايات المتحدة ستدعم الحكومة .")
    found = _entities(words)
    assert ("PER", "جورج بوش") in found
    assert ("LOC", "واشنطن") in found
    assert ("LOC", "الولايات المتحدة") in found

    words = _words("وأعلنت الأمم المتحدة أن الأمين العام كوفي أنان سيزور بيروت الأسبوع المقبل .")
    found = _entities(words)
    assert ("ORG", "الأمم المتحدة") in found
    assert ("PER", "كوفي أنان") in found
    assert ("LOC", "بيروت") in found


def test_plain_sentence_has_no_entities_and_empty_input() -> None:
    assert set(tag_tokens(["ذهب", "الولد", "إلى", "المدرسة", "صباحا", "."])) == {"O"}
    assert tag_tokens([]) == []


def test_repair_bio() -> None:
    assert repair_bio(["O", "I-PER", "I-PER", "I-LOC", "B-ORG", "I-ORG"]) == [
        "O",
        "B-PER",
        "I-PER",
        "B-LOC",
        "B-ORG",
        "I-ORG",
    ]
