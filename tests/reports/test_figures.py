from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from hdnd import Dataset, Qualifier, Source, figures_report, load_example
from hdnd.figures.reported import Breakdown
from hdnd.reports.figures import Parts, PublishedShare, Quantity, SourceRef

OFFICE = "Văn phòng Đoàn ĐBQH và HĐND thành phố Cần Thơ"


def test_rows_of_the_can_tho_figures_in_vietnamese() -> None:
    rows = figures_report(load_example("can-tho")).rows("vi")
    assert [(r["figure"], r["period"], r["value"]) for r in rows] == [
        ("can-tho-2014-citizen-visits", "2014-01-01/2014-12-31", "105"),
        ("can-tho-2014-petitions", "2014-01-01/2014-12-31", "191"),
        ("can-tho-2014-law-consultations", "2014-01-01/2014-12-31", "31"),
        ("can-tho-2014-voter-meetings", "2014-04-19/2014-10-08", "56"),
        ("can-tho-2014-voter-attendances", "2014-04-19/2014-10-08", "khoảng 7.570"),
        ("can-tho-2014-voter-speakers", "2014-04-19/2014-10-08", "431"),
        ("can-tho-2013-trained-pilot", "2013-01-01/2013-12-31", "gần 700"),
        ("can-tho-2012-2015-trained-other", "2013-01-01/2015-12-31", "hơn 1.750"),
        ("can-tho-2012-2015-trained", "2012-01-01/2015-12-31", "2.412"),
    ]
    assert rows[0]["parts"] == "Cá nhân 100; Tập thể (đoàn) 5"
    assert rows[1]["parts"] == (
        "Hướng dẫn 36; Trả lời 4; Lưu đơn 70; Chuyển cơ quan có thẩm quyền 81"
    )
    assert rows[2]["parts"] is None
    assert rows[0]["source"] == OFFICE
    assert rows[8]["source"] == "Báo Cần Thơ, 21/06/2016"
    assert rows[8]["share"] == "92,20% (tổng số đại biểu HĐND cấp huyện, cấp xã)"
    assert rows[8]["label"] == "Đại biểu HĐND cấp huyện, cấp xã được tập huấn theo Đề án"
    assert rows[3]["label"] == "Hội nghị tiếp xúc cử tri"
    assert [r["indicator"] for r in rows][:2] == ["citizen-visits", "petitions-received"]


def test_rows_of_the_can_tho_figures_in_english() -> None:
    rows = figures_report(load_example("can-tho")).rows("en")
    assert [r["value"] for r in rows] == [
        "105",
        "191",
        "31",
        "56",
        "about 7,570",
        "431",
        "nearly 700",
        "more than 1,750",
        "2,412",
    ]
    assert rows[0]["label"] == "Citizen visits"
    assert rows[0]["parts"] == "Individual 100; Group (delegation) 5"
    assert rows[8]["label"] == "District and commune delegates trained under the programme"
    assert rows[8]["share"].startswith("92.20% (")
    assert rows[8]["source"] == "Báo Cần Thơ, Jun 21, 2016"


def test_rendered_table() -> None:
    text = figures_report(load_example("can-tho")).render("vi")
    lines = text.splitlines()
    assert lines[0] == "## Số liệu đã công bố"
    assert lines[2] == "| Kỳ báo cáo | Chỉ tiêu | Số liệu | Chi tiết | Tỷ lệ công bố | Nguồn |"
    assert lines[4] == (
        f"| 2014-01-01/2014-12-31 | Lượt tiếp công dân | 105 | Cá nhân 100; Tập thể (đoàn) 5 |  "
        f"| {OFFICE} |"
    )
    assert text.endswith(
        "- Mỗi số liệu ghi rõ nguồn; số liệu gần đúng giữ nguyên cách ghi của nguồn."
    )


def test_a_selection_of_figures() -> None:
    dataset = load_example("can-tho")
    report = figures_report(dataset, figures=[f for f in dataset.figures if f.value > 1000])
    assert [r["figure"] for r in report.rows()] == [
        "can-tho-2014-voter-attendances",
        "can-tho-2012-2015-trained-other",
        "can-tho-2012-2015-trained",
    ]
    assert figures_report(Dataset()).rows() == []


@pytest.mark.parametrize(
    ("value", "qualifier", "vi", "en"),
    [
        (105, Qualifier.EXACT, "105", "105"),
        (7570, Qualifier.APPROXIMATELY, "khoảng 7.570", "about 7,570"),
        (700, Qualifier.NEARLY, "gần 700", "nearly 700"),
        (1750, Qualifier.MORE_THAN, "hơn 1.750", "more than 1,750"),
        (12, Qualifier.AT_LEAST, "ít nhất 12", "at least 12"),
    ],
)
def test_quantity(value: int, qualifier: Qualifier, vi: str, en: str) -> None:
    assert Quantity(value, qualifier).localize("vi") == vi
    assert Quantity(value, qualifier).localize("en") == en


def test_parts_of_several_breakdowns() -> None:
    parts = Parts(
        "petitions-received",
        (
            Breakdown(dimension="outcome", parts={"guided": 1200, "stored": 1}),
            Breakdown(dimension="content", parts={"complaint": 2, "other": 3}),
        ),
    )
    assert parts.localize("vi") == "Hướng dẫn 1.200; Lưu đơn 1 / Khiếu nại 2; other 3"
    assert parts.localize("en") == "Guided 1,200; Stored 1 / Complaint 2; other 3"


def test_published_share() -> None:
    assert PublishedShare(Decimal("92.20")).localize("vi") == "92,20%"
    assert PublishedShare(Decimal("5"), "tổng số").localize("en") == "5.00% (tổng số)"


def test_source_ref() -> None:
    dated = Source(
        id="s", title="Bài viết", publisher="Báo Cần Thơ", published=dt.date(2016, 6, 21)
    )
    assert SourceRef(dated, "s").localize("vi") == "Báo Cần Thơ, 21/06/2016"
    assert SourceRef(Source(id="s", title="Bài viết"), "s").localize("en") == "Bài viết"
    assert SourceRef(None, "missing-source").localize("vi") == "missing-source"


def test_a_figure_whose_source_is_missing_shows_the_id() -> None:
    dataset = Dataset.model_validate(
        {
            "figures": [
                {
                    "id": "f",
                    "unit": "92",
                    "period": {"start": "2014-01-01", "end": "2014-12-31"},
                    "indicator": "voter-meetings",
                    "value": 56,
                    "source": "not-declared",
                }
            ]
        }
    )
    assert figures_report(dataset).rows()[0]["source"] == "not-declared"


def test_hidden_columns_give_numbers_to_compute_with() -> None:
    rows = figures_report(load_example("can-tho")).rows("en")
    approximate = [row for row in rows if row["qualifier"] != "exact"]
    assert approximate, "the Cần Thơ example has approximate figures"
    assert all(isinstance(row["number"], int) for row in rows)
    shares = [row["share_value"] for row in rows if row["share_value"] is not None]
    assert all(0 <= share <= 1 for share in shares)


def test_the_frame_has_numeric_columns() -> None:
    pytest.importorskip("pandas")
    frame = figures_report(load_example("can-tho")).to_frame("en")
    assert frame["number"].dtype.kind == "i"
    assert frame["share_value"].dropna().map(type).eq(float).all()
