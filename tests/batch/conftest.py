"""A small corpus of our own Arabic news (plus one Persian and one English article)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ARTICLES = [
    "أعلنت وزارة الخارجية السعودية اليوم الاثنين أن الرياض تدين بشدة الهجوم الذي استهدف مسجدا "
    "في مدينة الكويت. وقال المتحدث باسم الوزارة إن المملكة تقف إلى جانب الكويت في مواجهة "
    "الإرهاب. ودعا المتحدث المجتمع الدولي إلى التعاون لمكافحة التنظيمات المتطرفة.",
    "التقى الرئيس المصري عبد الفتاح السيسي في القاهرة وزير الخارجية الأمريكي جون كيري لبحث "
    "الأزمة في ليبيا. وأكد الجانبان أهمية الحل السياسي ودعم الحكومة الشرعية. وقالت الرئاسة "
    "المصرية في بيان إن الطرفين اتفقا على تعزيز التعاون الأمني.",
    "قصفت طائرات التحالف مواقع للحوثيين في صنعاء ليلة الأحد، وأفادت مصادر محلية بمقتل عشرة "
    "مسلحين. واتهمت جماعة الحوثي التحالف بقصف أحياء سكنية، بينما نفى المتحدث باسم التحالف ذلك.",
    "وزیر امور خارجه ایران امروز در تهران با همتای عراقی خود دیدار کرد و دو طرف درباره "
    "همکاری‌های اقتصادی و امنیتی گفتگو کردند. این دیدار در ادامه سفرهای منطقه‌ای وزیر انجام شد.",
    "استقبل وزير الخارجية الأردني في عمان نظيره العراقي، وبحث الجانبان أمن الحدود وعودة "
    "اللاجئين. وأعلن الوزيران توقيع مذكرة تفاهم للتعاون في مجال الطاقة.",
    "The Saudi foreign ministry condemned the attack on a mosque in Kuwait on Monday and "
    "called for international cooperation against terrorism, a spokesman said.",
    "طالبت الأمم المتحدة أطراف النزاع في سوريا بوقف إطلاق النار فورا والسماح بدخول المساعدات "
    "الإنسانية إلى المدن المحاصرة. وحذر المبعوث الأممي من تدهور الوضع الإنساني.",
]


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """A JSONL file of the articles above, plus one line that is not JSON (a reject)."""
    lines = [
        json.dumps(
            {"doc_id": f"n{i}", "text": t, "published": "2015-08-0" + str(1 + i % 3)},
            ensure_ascii=False,
        )
        for i, t in enumerate(ARTICLES)
    ]
    lines.insert(3, "{not json")
    path = tmp_path / "news.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path
