// SPDX-License-Identifier: GPL-3.0-or-later
#include "live_view.h"

#include "chart_colors.h"
#include "color_mix.h"
#include "live_model.h"
#include "meter_info_widget.h"
#include "phase_load_widget.h"
#include "power_gauge.h"
#include "session_controller.h"
#include "value_format.h"

#include <QDateTime>
#include <QEvent>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <cstdlib>

namespace han::ui {

namespace {

// Labels with a bigger font keep its factor here; LiveView::updateFontScale() applies it.
constexpr char kFontFactor[] = "hanFontFactor";
constexpr char kFontBold[] = "hanFontBold";

void setFontFactor(QWidget* widget, double factor, bool bold)
{
    widget->setProperty(kFontFactor, factor);
    widget->setProperty(kFontBold, bold);
}

QLabel* valueLabel(QWidget* parent, const char* objectName, double scale = 1.0)
{
    auto* label = new QLabel(ValueFormat::dash(), parent);
    label->setObjectName(QLatin1String(objectName));
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (scale != 1.0)
        setFontFactor(label, scale, true);
    return label;
}

QLabel* captionLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    return label;
}

void setTextColor(QLabel* label, const QColor& color)
{
    QPalette pal = label->palette();
    if (pal.color(QPalette::WindowText) == color)
        return;
    pal.setColor(QPalette::WindowText, color);
    label->setPalette(pal);
}

// "14:00", with the offset when the local hour happens twice (the October change).
QString localHourStart(std::int64_t utcMs)
{
    constexpr std::int64_t kHourMs = 3'600'000;
    const QDateTime start = QDateTime::fromMSecsSinceEpoch(utcMs, Qt::LocalTime);
    QString text = start.toString(QStringLiteral("HH:mm"));
    const int hour = start.time().hour();
    if (QDateTime::fromMSecsSinceEpoch(utcMs - kHourMs, Qt::LocalTime).time().hour() == hour ||
        QDateTime::fromMSecsSinceEpoch(utcMs + kHourMs, Qt::LocalTime).time().hour() == hour) {
        const int offset = start.offsetFromUtc();
        text += QStringLiteral(" (UTC%1%2)")
                    .arg(offset >= 0 ? QStringLiteral("+") : QStringLiteral("-"))
                    .arg(std::abs(offset) / 3600);
    }
    return text;
}

} // namespace

LiveView::LiveView(SessionController* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("liveView"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(createHeader());
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(createWaitingPage());
    m_pages->addWidget(createDataPage());
    layout->addWidget(m_pages, 1);

    LiveModel* live = m_session->live();
    connect(live, &LiveModel::updated, this, &LiveView::refresh);
    connect(live, &LiveModel::cleared, this, &LiveView::refresh);
    connect(live, &LiveModel::sourceChanged, this, &LiveView::refreshSource);

    updateFontScale();
    refreshFuse();
    refreshSource();
    refresh();
}

QWidget* LiveView::createHeader()
{
    m_header = new QWidget(this);
    auto* layout = new QHBoxLayout(m_header);
    layout->setContentsMargins(0, 0, 0, 0);
    m_badge = new QLabel(tr("Simulated meter"), m_header);
    m_badge->setObjectName(QStringLiteral("simulatedBadge"));
    auto* hint = new QLabel(tr("No meter is connected: these numbers come from a built-in "
                               "simulated household. Choose your meter with File ▸ Connect to "
                               "Meter… (Ctrl+K)."),
                            m_header);
    hint->setObjectName(QStringLiteral("simulatedHint"));
    hint->setWordWrap(true);
    layout->addWidget(m_badge);
    layout->addWidget(hint, 1);
    return m_header;
}

QWidget* LiveView::createWaitingPage()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    layout->addStretch(1);
    auto* message = new QLabel(tr("Waiting for the first reading from the meter…"), page);
    message->setObjectName(QStringLiteral("waitingMessage"));
    setFontFactor(message, 1.8, false);
    message->setAlignment(Qt::AlignCenter);
    m_waitingSource = new QLabel(page);
    m_waitingSource->setObjectName(QStringLiteral("waitingSource"));
    m_waitingSource->setAlignment(Qt::AlignCenter);
    m_waitingDetail = new QLabel(page);
    m_waitingDetail->setObjectName(QStringLiteral("waitingDetail"));
    m_waitingDetail->setAlignment(Qt::AlignCenter);
    m_waitingDetail->setWordWrap(true);
    layout->addWidget(message);
    layout->addWidget(m_waitingSource);
    layout->addWidget(m_waitingDetail);
    layout->addStretch(2);
    return page;
}

QWidget* LiveView::createDataPage()
{
    auto* page = new QWidget(this);
    auto* grid = new QGridLayout(page);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(createPowerGroup(), 0, 0, 3, 1);
    m_phases = new PhaseLoadWidget(page);
    grid->addWidget(m_phases, 0, 1, 1, 2);
    grid->addWidget(createReactiveGroup(), 1, 1);
    grid->addWidget(createHourGroup(), 1, 2);
    grid->addWidget(new MeterInfoWidget(m_session->live(), page), 2, 1, 1, 2);
    grid->setColumnStretch(0, 5);
    grid->setColumnStretch(1, 3);
    grid->setColumnStretch(2, 3);
    // Spare height goes mostly to the phases (thicker bars, more air between them).
    grid->setRowStretch(0, 3);
    grid->setRowStretch(1, 1);
    grid->setRowStretch(2, 1);
    return page;
}

QGroupBox* LiveView::createPowerGroup()
{
    auto* group = new QGroupBox(tr("Power now"), this);
    auto* layout = new QGridLayout(group);
    m_gauge = new PowerGauge(group);
    m_gauge->setObjectName(QStringLiteral("netPowerGauge"));
    layout->addWidget(m_gauge, 0, 0, 1, 2);
    m_importCaption = captionLabel(tr("Import"), group);
    m_exportCaption = captionLabel(tr("Export"), group);
    m_import = valueLabel(group, "importValue", 2.2);
    m_export = valueLabel(group, "exportValue", 2.2);
    for (QLabel* label : {m_importCaption, m_import, m_exportCaption, m_export})
        label->setAlignment(Qt::AlignHCenter | Qt::AlignBottom);
    layout->addWidget(m_importCaption, 1, 0);
    layout->addWidget(m_exportCaption, 1, 1);
    layout->addWidget(m_import, 2, 0);
    layout->addWidget(m_export, 2, 1);
    m_scale = valueLabel(group, "scaleValue");
    m_scale->setAlignment(Qt::AlignCenter);
    m_scale->setWordWrap(true);
    layout->addWidget(m_scale, 3, 0, 1, 2);
    layout->setRowStretch(0, 1);
    return group;
}

QGroupBox* LiveView::createReactiveGroup()
{
    auto* group = new QGroupBox(tr("Reactive power"), this);
    auto* layout = new QGridLayout(group);
    m_reactiveImport = valueLabel(group, "reactiveImportValue", 1.25);
    m_reactiveExport = valueLabel(group, "reactiveExportValue", 1.25);
    layout->addWidget(captionLabel(tr("Import"), group), 0, 0);
    layout->addWidget(m_reactiveImport, 0, 1, Qt::AlignRight);
    layout->addWidget(captionLabel(tr("Export"), group), 1, 0);
    layout->addWidget(m_reactiveExport, 1, 1, Qt::AlignRight);
    m_powerFactorCaption = captionLabel(tr("Power factor"), group);
    m_powerFactor = valueLabel(group, "powerFactorValue", 1.25);
    layout->addWidget(m_powerFactorCaption, 2, 0);
    layout->addWidget(m_powerFactor, 2, 1, Qt::AlignRight);
    m_powerFactorCaption->hide();
    m_powerFactor->hide();
    layout->setColumnStretch(1, 1);
    return group;
}

QGroupBox* LiveView::createHourGroup()
{
    auto* group = new QGroupBox(tr("So far this hour"), this);
    auto* layout = new QGridLayout(group);
    m_hour = valueLabel(group, "soFarHourValue");
    m_soFarImport = valueLabel(group, "soFarImportValue", 1.25);
    m_soFarExport = valueLabel(group, "soFarExportValue", 1.25);
    layout->addWidget(m_hour, 0, 0, 1, 2);
    layout->addWidget(captionLabel(tr("Import"), group), 1, 0);
    layout->addWidget(m_soFarImport, 1, 1, Qt::AlignRight);
    layout->addWidget(captionLabel(tr("Export"), group), 2, 0);
    layout->addWidget(m_soFarExport, 2, 1, Qt::AlignRight);
    layout->setColumnStretch(1, 1);
    return group;
}

PhaseLoadBar* LiveView::phaseBar(int index) const
{
    return m_phases->bar(index);
}

bool LiveView::isWaiting() const
{
    return m_pages->currentIndex() == 0;
}

void LiveView::applySettings(const AppSettings& settings)
{
    m_settings = settings;
    refreshFuse();
    refreshSource();
}

void LiveView::refresh()
{
    const LiveModel* live = m_session->live();
    m_pages->setCurrentIndex(live->hasReading() ? 1 : 0);
    refreshColors();
    if (!live->hasReading()) {
        m_waitingDetail->setText(!live->linkDetail().isEmpty()
                                     ? live->linkDetail()
                                     : tr("A Kamstrup meter sends a reading every 10 seconds."));
        return;
    }
    const MeterReading& reading = *live->latestReading();
    std::optional<double> net;
    if (reading.activeImportW || reading.activeExportW)
        net = reading.activeImportW.value_or(0.0) - reading.activeExportW.value_or(0.0);
    m_gauge->setNetPowerW(net);
    m_import->setText(ValueFormat::kilowatts(reading.activeImportW));
    m_export->setText(ValueFormat::kilowatts(reading.activeExportW));

    m_phases->showReading(reading);

    m_reactiveImport->setText(ValueFormat::kilovars(reading.reactiveImportVar));
    m_reactiveExport->setText(ValueFormat::kilovars(reading.reactiveExportVar));
    m_powerFactorCaption->setVisible(reading.powerFactor.has_value());
    m_powerFactor->setVisible(reading.powerFactor.has_value());
    if (reading.powerFactor)
        m_powerFactor->setText(ValueFormat::number(*reading.powerFactor, 2));

    m_hour->setText(tr("%1–now").arg(localHourStart(live->currentHourStartUtcMs())));
    const SessionController::HourSoFar soFar = m_session->hourSoFar();
    m_soFarImport->setText(ValueFormat::kilowattHours(soFar.importKwh));
    m_soFarExport->setText(ValueFormat::kilowattHours(soFar.exportKwh));
}

void LiveView::refreshColors()
{
    const QColor window = palette().color(QPalette::Window);
    const QColor text = palette().color(QPalette::WindowText);
    // Big numbers: 3:1 is enough for large bold text (WCAG), and keeps the colours recognisable.
    // The side that carries no power steps back, so the one that does stands out.
    const std::optional<MeterReading>& reading = m_session->live()->latestReading();
    const auto flowing = [&](const std::optional<double> MeterReading::*power) {
        return reading && (*reading).*power && *((*reading).*power) >= LiveModel::kExportThresholdW;
    };
    const QColor idle = readableTextColor(mixColor(window, text, 0.5), window, 3.0);
    setTextColor(m_import, flowing(&MeterReading::activeImportW)
                               ? readableTextColor(ChartColors::import(), window, 3.0)
                               : idle);
    setTextColor(m_export, flowing(&MeterReading::activeExportW)
                               ? readableTextColor(ChartColors::exportColor(), window, 3.0)
                               : idle);

    const QColor tint = ChartColors::warning();
    const QColor badgeBackground = mixColor(window, tint, 0.4);
    const QString style = QStringLiteral("QLabel#simulatedBadge { background: %1; color: %2; "
                                         "border: 1px solid %3; border-radius: 4px; "
                                         "padding: 3px 10px; font-weight: bold; }")
                              .arg(badgeBackground.name(), text.name(), tint.name());
    if (m_badge->styleSheet() != style)
        m_badge->setStyleSheet(style);
}

void LiveView::updateFontScale()
{
    // The layout is drawn for 1366 x 768; a bigger screen gets bigger type rather than emptier
    // boxes. Steps of 5 % keep a window being dragged from re-laying out on every pixel.
    const double fit = std::min(width() / 1340.0, height() / 660.0);
    const double scale = std::round(std::clamp(fit, 1.0, 1.6) * 20.0) / 20.0;
    if (scale == m_fontScale)
        return;
    m_fontScale = scale;
    QFont base = font();
    base.setPointSizeF(base.pointSizeF() * scale);
    m_pages->setFont(base);
    for (QLabel* label : m_pages->findChildren<QLabel*>()) {
        const double factor = label->property(kFontFactor).toDouble();
        if (factor <= 0)
            continue;
        QFont scaled = base;
        scaled.setPointSizeF(base.pointSizeF() * factor);
        scaled.setBold(label->property(kFontBold).toBool());
        label->setFont(scaled);
    }
}

void LiveView::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    updateFontScale();
}

void LiveView::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (!m_pages)
        return;
    if (event->type() == QEvent::PaletteChange)
        refresh();
    if (event->type() == QEvent::FontChange) {
        m_fontScale = 0;
        updateFontScale();
    }
}

void LiveView::refreshFuse()
{
    const int fuse = m_settings.fuseAmps;
    const double limitW = m_settings.fuseLimitW();
    m_gauge->setLimitW(limitW);
    m_phases->setFuse(m_settings);
    m_scale->setText(tr("Full scale %1 each way: the most the %2 A main fuse lets through.")
                         .arg(ValueFormat::kilowatts(limitW, 1))
                         .arg(fuse));
}

void LiveView::refreshSource()
{
    const LiveModel* live = m_session->live();
    const QString source = live->sourceLabel().isEmpty() ? tr("no source") : live->sourceLabel();
    m_header->setVisible(live->isSimulated());
    m_waitingSource->setText(tr("Source: %1").arg(source));

    // Every number says what it is and where it comes from.
    const QString list1 = tr("From the meter's List 1, sent every 10 s; source: %1.").arg(source);
    const QString fuse = tr("Main fuse %1 A (Settings ▸ Preferences).").arg(m_settings.fuseAmps);
    m_badge->setToolTip(tr("No meter is connected: the numbers come from a built-in "
                           "simulated household. Use File ▸ Connect to Meter…"));
    m_gauge->setToolTip(tr("Net power: active import minus active export now (OBIS 1.7.0 and "
                           "2.7.0). Import to the right, export to the left; full scale is the "
                           "most the main fuse lets through, %1 each way.")
                            .arg(ValueFormat::kilowatts(m_settings.fuseLimitW(), 1)) +
                        QLatin1Char(' ') + list1);
    m_import->setToolTip(tr("Active power import: what the house draws from the grid now "
                            "(OBIS 1.7.0).") +
                         QLatin1Char(' ') + list1);
    m_export->setToolTip(tr("Active power export: what the house feeds into the grid now, "
                            "e.g. from solar panels (OBIS 2.7.0).") +
                         QLatin1Char(' ') + list1);
    m_importCaption->setToolTip(m_import->toolTip());
    m_exportCaption->setToolTip(m_export->toolTip());
    m_scale->setToolTip(tr("The gauge's full scale: the main fuse's current times the phase "
                           "voltage (3 × 230 V × I on TN, √3 × 230 V × I on IT).") +
                        QLatin1Char(' ') + fuse);
    m_phases->setSource(source);
    m_reactiveImport->setToolTip(tr("Reactive power import now (OBIS 3.7.0).") + QLatin1Char(' ') +
                                 list1);
    m_reactiveExport->setToolTip(tr("Reactive power export now (OBIS 4.7.0).") + QLatin1Char(' ') +
                                 list1);
    m_powerFactor->setToolTip(tr("The meter's power factor over all phases now (OBIS 13.7.0): "
                                 "active power divided by apparent power. Sent by Danish "
                                 "meters; source: %1.")
                                  .arg(source));
    m_powerFactorCaption->setToolTip(m_powerFactor->toolTip());
    // The meter's own register for the hour only comes with the List 2 after the hour ends.
    m_soFarImport->setToolTip(tr("Energy imported since the hour began, integrated by HAN Monitor "
                                 "from the List 1 import power; the meter's own register follows "
                                 "in the hourly List 2. Source: %1.")
                                  .arg(source));
    m_soFarExport->setToolTip(tr("Energy exported since the hour began, integrated by HAN Monitor "
                                 "from the List 1 export power; the meter's own register follows "
                                 "in the hourly List 2. Source: %1.")
                                  .arg(source));
    m_hour->setToolTip(tr("The hour so far, in this computer's time zone, by the meter's clock."));
    refresh();
}

} // namespace han::ui
