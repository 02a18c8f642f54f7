"""NER benchmark (same as ``marsad bench ner``): entity F1 on ANERcorp and Wojood test, speed.

Run: python bench/bench_ner.py [--data ../shared/data] [--model FILE]
"""

from __future__ import annotations

from marsad.ner.commands import bench_ner

if __name__ == "__main__":
    bench_ner()
