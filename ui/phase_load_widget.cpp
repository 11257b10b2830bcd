// SPDX-License-Identifier: GPL-3.0-or-later
#include "phase_load_widget.h"

#include "chart_colors.h"
#include "color_mix.h"
#include "meter_reading.h"
#include "phase_load_bar.h"
#include "value_format.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>

namespace han::ui {

PhaseLoadWidget::PhaseLoadWidget(QWidget* parent)
    : QGroupBox(tr("Phases"), parent)
{
    setObjectName(QStringLiteral("phaseLoads"));
    auto* layout = new QGridLayout(this);
    m_currentHeader = new QLabel(this);
    m_voltageHeader = new QLabel(tr("Voltage"), this);
    m_voltageHeader->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    layout->addWidget(m_currentHeader, 0, 1);
    layout->addWidget(m_voltageHeader, 0, 2);
    m_importHeader = new QLabel(tr("Import"), this);
    m_exportHeader = new QLabel(tr("Export"), this);
    m_powerFactorHeader = new QLabel(tr("Power factor"), this);
    const auto rightAligned = Qt::AlignRight | Qt::AlignVCenter;
    for (QLabel* header : {m_importHeader, m_exportHeader, m_powerFactorHeader})
        header->setAlignment(rightAligned);
    layout->addWidget(m_importHeader, 0, 3);
    layout->addWidget(m_exportHeader, 0, 4);
    layout->addWidget(m_powerFactorHeader, 0, 5);
    for (int i = 0; i < 3; ++i) {
        const QString phase = QStringLiteral("L%1").arg(i + 1);
        m_names[i] = new QLabel(phase, this);
        m_bars[i] = new PhaseLoadBar(i, this);
        m_voltages[i] = new QLabel(ValueFormat::dash(), this);
        m_voltages[i]->setObjectName(QStringLiteral("voltage%1Value").arg(phase));
        m_voltages[i]->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_voltages[i]->setTextInteractionFlags(Qt::TextSelectableByMouse);
        layout->addWidget(m_names[i], i + 1, 0);
        layout->addWidget(m_bars[i], i + 1, 1);
        layout->addWidget(m_voltages[i], i + 1, 2);
        m_imports[i] = new QLabel(this);
        m_imports[i]->setObjectName(QStringLiteral("import%1Value").arg(phase));
        m_exports[i] = new QLabel(this);
        m_exports[i]->setObjectName(QStringLiteral("export%1Value").arg(phase));
        m_powerFactors[i] = new QLabel(this);
        m_powerFactors[i]->setObjectName(QStringLiteral("powerFactor%1Value").arg(phase));
        int column = 3;
        for (QLabel* value : {m_imports[i], m_exports[i], m_powerFactors[i]}) {
            value->setAlignment(rightAligned);
            value->setTextInteractionFlags(Qt::TextSelectableByMouse);
            layout->addWidget(value, i + 1, column++);
        }
        // Spare height spreads the rows and thickens the bars.
        layout->setRowStretch(i + 1, 1);
    }
    m_fuse = new QLabel(this);
    m_fuse->setObjectName(QStringLiteral("fuseValue"));
    m_fuse->setWordWrap(true);
    layout->addWidget(m_fuse, 4, 0, 1, 6);
    layout->setColumnStretch(1, 1);
    layout->setHorizontalSpacing(12);
    updateFonts();
    updateColors();
    setFuse(m_settings);
}

void PhaseLoadWidget::showReading(const MeterReading& reading)
{
    const std::optional<double> currents[3] = {reading.currentL1A, reading.currentL2A,
                                               reading.currentL3A};
    const std::optional<double> voltages[3] = {reading.voltageL1V, reading.voltageL2V,
                                               reading.voltageL3V};
    const std::optional<double> imports[3] = {reading.activeImportL1W, reading.activeImportL2W,
                                              reading.activeImportL3W};
    const std::optional<double> exports[3] = {reading.activeExportL1W, reading.activeExportL2W,
                                              reading.activeExportL3W};
    const std::optional<double> factors[3] = {reading.powerFactorL1, reading.powerFactorL2,
                                              reading.powerFactorL3};
    bool phasePower = false;
    for (int i = 0; i < 3; ++i)
        phasePower = phasePower || imports[i] || exports[i] || factors[i];
    m_phasePowerShown = phasePower;
    for (QLabel* header : {m_importHeader, m_exportHeader, m_powerFactorHeader})
        header->setVisible(phasePower);
    for (int i = 0; i < 3; ++i) {
        const bool shown = i == 0 || currents[i] || voltages[i] || imports[i] || exports[i];
        m_names[i]->setVisible(shown);
        m_bars[i]->setVisible(shown);
        m_voltages[i]->setVisible(shown);
        m_bars[i]->setCurrentA(currents[i]);
        m_voltages[i]->setText(ValueFormat::volts(voltages[i]));
        for (QLabel* value : {m_imports[i], m_exports[i], m_powerFactors[i]})
            value->setVisible(shown && phasePower);
        m_imports[i]->setText(ValueFormat::kilowatts(imports[i]));
        m_exports[i]->setText(ValueFormat::kilowatts(exports[i]));
        m_powerFactors[i]->setText(factors[i] ? ValueFormat::number(*factors[i], 2)
                                              : ValueFormat::dash());
    }
}

void PhaseLoadWidget::setFuse(const AppSettings& settings)
{
    m_settings = settings;
    const int fuse = settings.fuseAmps;
    for (PhaseLoadBar* bar : m_bars)
        bar->setFuseAmps(fuse);
    m_currentHeader->setText(tr("Current against the %1 A main fuse").arg(fuse));
    m_fuse->setText(
        tr("Main fuse %1 A on a %2 grid: at most %3.")
            .arg(fuse)
            .arg(settings.grid == AppSettings::Grid::It230 ? tr("230 V IT") : tr("400 V TN"))
            .arg(ValueFormat::kilowatts(settings.fuseLimitW(), 1)));
    m_voltageHeader->setText(
        settings.grid == AppSettings::Grid::It230 ? tr("Voltage (between phases)") : tr("Voltage"));
    updateToolTips();
}

void PhaseLoadWidget::setSource(const QString& source)
{
    m_source = source;
    updateToolTips();
}

void PhaseLoadWidget::updateToolTips()
{
    const QString list1 = tr("From the meter's List 1, sent every 10 s; source: %1.").arg(m_source);
    const QString fuse = tr("Main fuse %1 A (Settings ▸ Preferences).").arg(m_settings.fuseAmps);
    for (int i = 0; i < 3; ++i) {
        const QString phase = QStringLiteral("L%1").arg(i + 1);
        m_bars[i]->valueLabel()->setToolTip(
            tr("Current on %1 now (OBIS %2.7.0).").arg(phase).arg(31 + 20 * i) + QLatin1Char(' ') +
            list1);
        const QString load = tr("Current on %1 as a share of the main fuse; the bar is full at "
                                "the fuse, amber from 80 %, red from 95 %.")
                                 .arg(phase) +
                             QLatin1Char(' ') + fuse + QLatin1Char(' ') + list1;
        m_bars[i]->percentLabel()->setToolTip(load);
        m_bars[i]->setToolTip(load);
        m_voltages[i]->setToolTip(tr("Voltage on %1 now (OBIS %2.7.0); on an IT grid, measured "
                                     "between phases.")
                                      .arg(phase)
                                      .arg(32 + 20 * i) +
                                  QLatin1Char(' ') + list1);
        // The Danish lists' per-phase items (PROTOCOL.md §9.4).
        const QString push =
            tr("From the meter's list, sent every 10 s; source: %1.").arg(m_source);
        m_imports[i]->setToolTip(
            tr("Active power imported on %1 now (OBIS %2.7.0).").arg(phase).arg(21 + 20 * i) +
            QLatin1Char(' ') + push);
        m_exports[i]->setToolTip(
            tr("Active power exported on %1 now (OBIS %2.7.0).").arg(phase).arg(22 + 20 * i) +
            QLatin1Char(' ') + push);
        m_powerFactors[i]->setToolTip(tr("Power factor on %1 now (OBIS %2.7.0): active power "
                                         "divided by apparent power, 1 for a purely resistive "
                                         "load.")
                                          .arg(phase)
                                          .arg(33 + 20 * i) +
                                      QLatin1Char(' ') + push);
    }
    m_fuse->setToolTip(tr("The most the main fuse lets through: 3 × 230 V × the fuse on a TN "
                          "grid, √3 × 230 V × the fuse on an IT grid.") +
                       QLatin1Char(' ') + fuse);
}

void PhaseLoadWidget::updateFonts()
{
    // Names and voltages stand out like the bars' currents; all follow the box's font.
    QFont emphasis = font();
    emphasis.setBold(true);
    emphasis.setPointSizeF(font().pointSizeF() * 1.25);
    for (int i = 0; i < 3; ++i) {
        m_names[i]->setFont(emphasis);
        m_voltages[i]->setFont(emphasis);
        // Room for the widest voltage, so the column does not jump as the digits change.
        m_voltages[i]->setMinimumWidth(
            m_voltages[i]->fontMetrics().horizontalAdvance(ValueFormat::volts(888.0)) + 4);
        for (QLabel* power : {m_imports[i], m_exports[i]})
            power->setMinimumWidth(
                power->fontMetrics().horizontalAdvance(ValueFormat::kilowatts(88'880.0)) + 4);
    }
}

void PhaseLoadWidget::updateColors()
{
    const QColor window = palette().color(QPalette::Window);
    for (int i = 0; i < 3; ++i) {
        QPalette pal = m_names[i]->palette();
        pal.setColor(QPalette::WindowText, readableTextColor(ChartColors::phase(i), window, 3.0));
        m_names[i]->setPalette(pal);
    }
}

void PhaseLoadWidget::changeEvent(QEvent* event)
{
    QGroupBox::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        updateFonts();
    else if (event->type() == QEvent::PaletteChange)
        updateColors();
}

} // namespace han::ui
