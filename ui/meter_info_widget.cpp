// SPDX-License-Identifier: GPL-3.0-or-later
#include "meter_info_widget.h"

#include "chart_colors.h"
#include "color_mix.h"
#include "live_model.h"
#include "value_format.h"

#include <QDateTime>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>

#include <utility>

namespace han::ui {

namespace {

QLabel* valueLabel(QWidget* parent, const char* objectName)
{
    auto* label = new QLabel(ValueFormat::dash(), parent);
    label->setObjectName(QLatin1String(objectName));
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QString orDash(const QString& text)
{
    return text.isEmpty() ? ValueFormat::dash() : text;
}

} // namespace

MeterInfoWidget::MeterInfoWidget(const LiveModel* live, QWidget* parent)
    : QGroupBox(tr("Meter"), parent)
    , m_live(live)
{
    setObjectName(QStringLiteral("meterInfo"));
    m_source = valueLabel(this, "sourceValue");
    m_age = valueLabel(this, "ageValue");
    m_meterId = valueLabel(this, "meterIdValue");
    m_readingTime = valueLabel(this, "readingTimeValue");
    m_meterType = valueLabel(this, "meterTypeValue");
    m_listVersion = valueLabel(this, "listVersionValue");
    // Two columns of pairs: the identity on the left, the freshness on the right.
    const std::pair<QString, QLabel*> rows[] = {
        {tr("Source"), m_source},        {tr("Last reading"), m_age},
        {tr("Meter id"), m_meterId},     {tr("Meter clock"), m_readingTime},
        {tr("Meter type"), m_meterType}, {tr("List version"), m_listVersion}};
    auto* layout = new QGridLayout(this);
    for (int i = 0; i < 6; ++i) {
        const int row = i / 2;
        const int column = (i % 2) * 2;
        auto* caption = new QLabel(rows[i].first, this);
        caption->setBuddy(rows[i].second);
        layout->addWidget(caption, row, column);
        layout->addWidget(rows[i].second, row, column + 1);
    }
    layout->setColumnStretch(1, 3);
    layout->setColumnStretch(3, 2);
    layout->setHorizontalSpacing(12);

    connect(m_live, &LiveModel::updated, this, &MeterInfoWidget::refresh);
    connect(m_live, &LiveModel::cleared, this, &MeterInfoWidget::refresh);
    connect(m_live, &LiveModel::sourceChanged, this, &MeterInfoWidget::refreshSource);
    // The age moves on without readings (that is the point of showing it), so it has a timer
    // of its own rather than waiting for LiveModel::updated().
    m_ageTimer.setObjectName(QStringLiteral("meter_info_widget.ageTimer"));
    m_ageTimer.setInterval(1000);
    connect(&m_ageTimer, &QTimer::timeout, this, &MeterInfoWidget::refreshAge);
    m_ageTimer.start();
    refreshSource();
    refresh();
}

void MeterInfoWidget::refresh()
{
    m_meterId->setText(orDash(m_live->meterId()));
    m_meterType->setText(orDash(m_live->meterType()));
    m_listVersion->setText(orDash(m_live->listVersion()));
    m_readingTime->setText(m_live->hasReading() ? ValueFormat::localTime(m_live->latestUtcMs())
                                                : ValueFormat::dash());
    refreshAge();
}

void MeterInfoWidget::refreshAge()
{
    bool stale = false;
    if (!m_live->hasReading() || !m_live->latestReceivedAt().isValid()) {
        m_age->setText(ValueFormat::dash());
    } else {
        const qint64 ms = m_live->latestReceivedAt().msecsTo(QDateTime::currentDateTimeUtc());
        m_age->setText(ValueFormat::age(ms));
        stale = ms > kStaleAfterSeconds * 1000;
    }
    const QColor color =
        stale ? readableTextColor(ChartColors::warning(), palette().color(QPalette::Window))
              : palette().color(QPalette::WindowText);
    QPalette pal = m_age->palette();
    if (pal.color(QPalette::WindowText) != color) {
        pal.setColor(QPalette::WindowText, color);
        m_age->setPalette(pal);
    }
    m_age->setProperty("stale", stale);
}

void MeterInfoWidget::refreshSource()
{
    const QString source = m_live->sourceLabel();
    const QString from = source.isEmpty() ? tr("no source") : source;
    m_source->setText(orDash(source));
    m_source->setToolTip(m_live->isSimulated()
                             ? tr("No meter is connected: the numbers come from a built-in "
                                  "simulated household. Use File ▸ Connect to Meter…")
                             : tr("Where the readings come from."));
    m_meterId->setToolTip(
        tr("The meter's id (GS1 number, OBIS 0.0.5) as the meter sends it. Source: %1.").arg(from));
    m_meterType->setToolTip(
        tr("The meter's type (OBIS 96.1.1) as the meter sends it. Source: %1.").arg(from));
    m_listVersion->setToolTip(
        tr("The list version the meter names at the start of each list. Source: %1.").arg(from));
    m_age->setToolTip(tr("How long ago the last reading arrived on this computer; amber after "
                         "%1 s without a new one (a meter sends every 10 s).")
                          .arg(kStaleAfterSeconds));
    m_readingTime->setToolTip(tr("The meter's own clock in the last reading, shown in this "
                                 "computer's time zone. Source: %1.")
                                  .arg(from));
}

void MeterInfoWidget::changeEvent(QEvent* event)
{
    QGroupBox::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        refreshAge();
}

} // namespace han::ui
