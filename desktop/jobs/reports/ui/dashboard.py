"""ダッシュボード (supervisors): the figures a supervisor checks at a glance.

Tiles: minutes per assisted application and the no-show rate over the last four weeks, outstanding
mailings and unclaimed cards (with the longest wait). Charts (QtCharts): the cumulative issue rate of
this fiscal year month by month against the national target band, and the daily load of the last four
weeks (handovers, application support, other counter services). Loaded on the database thread.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCharts import (
    QAreaSeries,
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QLineSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, QPointF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desktop.core.wareki import weekday_kanji
from desktop.i18n import tr_text
from desktop.jobs.reports.domain.dashboard import Backlog, Dashboard
from desktop.jobs.reports.domain.figures import LOAD_GROUPS

LOAD_COLORS = ("#2b6cb0", "#38a169", "#a0aec0")


class Tile(QFrame):
    """A figure with its caption and a line of detail."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.caption = QLabel(caption, self)
        self.caption.setWordWrap(True)
        self.value = QLabel("—", self)
        font = QFont(self.value.font())
        font.setPointSizeF(font.pointSizeF() * 2.2)
        font.setBold(True)
        self.value.setFont(font)
        self.detail = QLabel(self)
        self.detail.setWordWrap(True)
        layout = QVBoxLayout(self)
        for w in (self.caption, self.value, self.detail):
            layout.addWidget(w)

    def show_value(self, value: str, detail: str = "") -> None:
        self.value.setText(value)
        self.detail.setText(detail)
        self.setAccessibleName(f"{self.caption.text()}: {value}")


class DashboardTab(QWidget):
    def __init__(self, shell: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shell = shell
        self.setObjectName("dashboardTab")
        self.data: Dashboard | None = None
        self.minutes = Tile(self.tr("Minutes per assisted application (4 weeks)"), self)
        self.no_show = Tile(self.tr("No-show rate (4 weeks)"), self)
        self.mailings = Tile(self.tr("Outstanding mailings"), self)
        self.unclaimed = Tile(self.tr("Unclaimed cards"), self)
        tiles = QHBoxLayout()
        for t in (self.minutes, self.no_show, self.mailings, self.unclaimed):
            tiles.addWidget(t, 1)
        self.rate_view = self._view()
        self.load_view = self._view()
        charts = QGridLayout()
        charts.addWidget(self.rate_view, 0, 0)
        charts.addWidget(self.load_view, 0, 1)
        self.status = QLabel(self)
        layout = QVBoxLayout(self)
        layout.addLayout(tiles)
        layout.addLayout(charts, 1)
        layout.addWidget(self.status)

    def _view(self) -> QChartView:
        view = QChartView(self)
        view.setRenderHint(QPainter.RenderHint.Antialiasing)
        view.setMinimumSize(320, 260)
        view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        return view

    def refresh(self) -> None:
        from desktop.jobs.reports.service import dashboard

        ctx = self.shell.ctx
        self.status.setText(self.tr("Counting…"))
        self.shell.tasks.run(lambda: dashboard(ctx), self.show_data, label=self.tr("Counting…"))

    def show_data(self, data: Dashboard) -> None:
        self.data = data
        self.status.setText(self.tr("Last four weeks: {start} to {end}.").format(
            start=data.window_start.strftime("%m/%d"), end=data.today.strftime("%m/%d")))
        if data.average_minutes is None:
            self.minutes.show_value("—", self.tr("No assisted application with its minutes recorded."))
        else:
            self.minutes.show_value(self.tr("{minutes} min").format(minutes=f"{data.average_minutes:.1f}"),
                                    self.tr("%n application(s)", "", data.assisted_with_minutes))
        if data.no_show_rate is None:
            self.no_show.show_value("—", self.tr("Nobody checked in yet."))
        else:
            self.no_show.show_value(f"{data.no_show_rate:.1f} %", self.tr("{absent} of {all}").format(
                absent=data.no_shows, all=data.no_shows + data.checkins))
        self.mailings.show_value(str(data.mailings.count), self._backlog_detail(data.mailings))
        self.unclaimed.show_value(str(data.unclaimed.count), self._backlog_detail(data.unclaimed))
        for view, chart in ((self.rate_view, self._rate_chart(data)), (self.load_view, self._load_chart(data))):
            old = view.chart()
            view.setChart(chart)
            if old is not None:
                old.deleteLater()

    def _backlog_detail(self, b: Backlog) -> str:
        from desktop.core.cases import CASE_STATE_LABELS

        parts = [f"{tr_text(CASE_STATE_LABELS[s])} {n}" for s, n in b.by_state]
        if b.oldest_days is not None:
            parts.append(self.tr("longest wait %n day(s)", "", b.oldest_days))
        return "、".join(parts)

    def _chart(self, title: str) -> QChart:
        chart = QChart()
        chart.setTitle(title)
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        return chart

    def _rate_chart(self, data: Dashboard) -> QChart:
        chart = self._chart(self.tr("Cumulative issue rate, {year}").format(year=data.plan.year.label))
        points = data.rates
        axis_x = QBarCategoryAxis()
        axis_x.append([str(p.month.month) for p in points])
        axis_x.setTitleText(self.tr("Month"))
        values = [v for p in points for v in (p.rate, p.lower, p.upper) if v is not None]
        if not values:
            chart.setTitle(chart.title() + "\n" + self.tr("No figures yet: set the opening balance, the "
                                                          "population and the target rates."))
            return chart
        axis_y = QValueAxis()
        low, high = min(values), max(values)
        pad = max(1.0, (high - low) * 0.1)
        bottom, top = max(0.0, low - pad), min(100.0, high + pad)
        axis_y.setRange(bottom, top if top > bottom else bottom + 1.0)
        axis_y.applyNiceNumbers()
        axis_y.setLabelFormat("%.0f %%")
        axis_y.setTitleText(self.tr("% of the population"))
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        band = [(i, p.lower, p.upper) for i, p in enumerate(points) if p.lower is not None and p.upper is not None]
        if band:
            upper, lower = QLineSeries(), QLineSeries()
            for i, lo, up in band:
                lower.append(QPointF(i, float(lo)))
                upper.append(QPointF(i, float(up)))
            area = QAreaSeries(upper, lower)
            area.setName(self.tr("National target band"))
            area.setBrush(QBrush(QColor(56, 161, 105, 70)))
            area.setPen(QPen(QColor("#38a169"), 1))
            chart.addSeries(area)
            area.attachAxis(axis_x)
            area.attachAxis(axis_y)
            self._band = (upper, lower)  # the area series does not own its lines
        line = QLineSeries()
        line.setName(self.tr("Cumulative issue rate"))
        line.setPen(QPen(QColor("#2b6cb0"), 3))
        line.setPointsVisible(True)
        for i, p in enumerate(points):
            if p.rate is not None:
                line.append(QPointF(i, p.rate))
        chart.addSeries(line)
        line.attachAxis(axis_x)
        line.attachAxis(axis_y)
        return chart

    def _load_chart(self, data: Dashboard) -> QChart:
        chart = self._chart(self.tr("Daily load, last four weeks"))
        if not data.load:
            chart.setTitle(chart.title() + "\n" + self.tr("No open days in these weeks."))
            return chart
        labels = {
            "handover": self.tr("Handovers"),
            "assist": self.tr("Application support"),
            "other": self.tr("Other services"),
        }
        series = QStackedBarSeries()
        for g, (key, _kinds) in enumerate(LOAD_GROUPS):
            bar = QBarSet(labels[key])
            bar.setColor(QColor(LOAD_COLORS[g % len(LOAD_COLORS)]))
            bar.append([float(day.counts[g]) for day in data.load])
            series.append(bar)
        chart.addSeries(series)
        checkins = QLineSeries()
        checkins.setName(self.tr("Check-ins"))
        checkins.setPen(QPen(QColor("#c05621"), 2))
        checkins.setPointsVisible(True)
        for i, day in enumerate(data.load):
            checkins.append(QPointF(i, day.checkins))
        chart.addSeries(checkins)
        axis_x = QBarCategoryAxis()
        axis_x.append([f"{d.day.month}/{d.day.day}{weekday_kanji(d.day)}" for d in data.load])
        axis_x.setLabelsAngle(-90)
        axis_y = QValueAxis()
        axis_y.setRange(0, max(5, *(max(d.total, d.checkins) for d in data.load)))
        axis_y.applyNiceNumbers()
        axis_y.setLabelFormat("%d")
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        for s in (series, checkins):
            s.attachAxis(axis_x)
            s.attachAxis(axis_y)
        return chart
