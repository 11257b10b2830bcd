// SPDX-License-Identifier: GPL-3.0-or-later
#include "meter_settings_panel.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

#include <cstdlib>
#include <initializer_list>
#include <map>

namespace han::ui {

namespace {

QLabel* explanation(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}

// "÷ 10", "No correction", "× 100": the factor a shift multiplies the list's values by.
QString factorText(int shift)
{
    if (shift == 0)
        return MeterSettingsPanel::tr("No correction");
    QString power = QStringLiteral("1");
    power += QString(std::abs(shift), QLatin1Char('0'));
    return shift < 0 ? MeterSettingsPanel::tr("÷ %1").arg(power)
                     : MeterSettingsPanel::tr("× %1").arg(power);
}

// Shifts from -2 to +2, the common cases named: who needs which is the hard part to know.
QComboBox* shiftCombo(const std::map<int, QString>& notes, QWidget* parent)
{
    auto* combo = new QComboBox(parent);
    for (int shift = -2; shift <= 2; ++shift) {
        QString text = factorText(shift);
        if (const auto it = notes.find(shift); it != notes.end())
            text = MeterSettingsPanel::tr("%1 — %2").arg(text, it->second);
        combo->addItem(text, shift);
    }
    combo->setCurrentIndex(combo->findData(0));
    return combo;
}

void setShift(QComboBox* combo, int shift)
{
    int index = combo->findData(shift);
    if (index < 0) {
        // Beyond what the list offers (set with han-cli or by an older version): kept, shown.
        int row = 0;
        while (row < combo->count() && combo->itemData(row).toInt() < shift)
            ++row;
        combo->insertItem(row, factorText(shift), shift);
        index = row;
    }
    combo->setCurrentIndex(index);
}

int shiftOf(const QComboBox* combo)
{
    return combo->currentData().toInt();
}

} // namespace

MeterSettingsPanel::MeterSettingsPanel(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("meterSettingsPanel"));
    m_meterLabel = new QLabel(this);
    m_meterLabel->setObjectName(QStringLiteral("meterName"));
    m_meterLabel->setWordWrap(true);
    m_meterLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_editors = new QWidget(this);
    auto* editors = new QVBoxLayout(m_editors);
    editors->setContentsMargins(0, 0, 0, 0);
    editors->addWidget(createClockGroup());
    editors->addWidget(createScaleGroup());

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_meterLabel);
    layout->addWidget(m_editors);
    layout->addStretch(1);
    setMeter({}, {}, MeterSettings{});
}

QWidget* MeterSettingsPanel::createClockGroup()
{
    auto* group = new QGroupBox(tr("Meter clock"), m_editors);
    m_followsDst =
        new QRadioButton(tr("&Follows daylight saving time (Norway, Denmark, Sweden)"), group);
    m_followsDst->setObjectName(QStringLiteral("clockFollowsDst"));
    m_followsDst->setToolTip(tr("The meter's clock is local time of Europe/Oslo: UTC+1 in winter, "
                                "UTC+2 in summer. Right for most meters."));
    m_standardTime = new QRadioButton(tr("Standard &time all year (UTC+1)"), group);
    m_standardTime->setObjectName(QStringLiteral("clockStandardTime"));
    m_standardTime->setToolTip(tr("The meter's clock stays on winter time in summer too, so "
                                  "without this every summer hour would be one hour off."));
    m_learned = new QRadioButton(tr("&Learned from this computer's clock"), group);
    m_learned->setObjectName(QStringLiteral("clockLearned"));
    m_learned->setToolTip(tr("While it records, HAN Monitor compares the meter's clock with this "
                             "computer's and uses the difference, rounded to a quarter hour. "
                             "Needs a computer clock that is right."));
    auto* layout = new QVBoxLayout(group);
    layout->addWidget(explanation(
        tr("The meter sends its clock without a time zone, and meters differ: most follow "
           "summer time, some stay on winter time all year. The clock decides which hour each "
           "hourly reading belongs to. If the Energy view's hours look one hour off in summer, "
           "choose standard time."),
        group));
    layout->addWidget(m_followsDst);
    layout->addWidget(m_standardTime);
    layout->addWidget(m_learned);
    return group;
}

QWidget* MeterSettingsPanel::createScaleGroup()
{
    auto* group = new QGroupBox(tr("Scale corrections"), m_editors);
    m_energyShift = shiftCombo({{-1, tr("the meter counts in Wh (Swedish Kamstrup)")}}, group);
    m_energyShift->setObjectName(QStringLiteral("energyShift"));
    m_energyShift->setToolTip(
        tr("Multiplies the energy registers (kWh) the meter sends every hour"));
    m_powerShift = shiftCombo({{-1, tr("power reads ten times too high")}}, group);
    m_powerShift->setObjectName(QStringLiteral("powerShift"));
    m_powerShift->setToolTip(tr("Multiplies the power (kW, kvar) the meter sends every 10 s"));
    m_currentShift = shiftCombo({{-1, tr("current in mA (Kamstrup CT meters, type 685…)")}}, group);
    m_currentShift->setObjectName(QStringLiteral("currentShift"));
    m_currentShift->setToolTip(tr("Multiplies the phase currents (A) the meter sends"));
    m_voltageShift = shiftCombo({}, group);
    m_voltageShift->setObjectName(QStringLiteral("voltageShift"));
    m_voltageShift->setToolTip(tr("Multiplies the phase voltages (V) the meter sends"));

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Energy:"), m_energyShift);
    form->addRow(tr("Po&wer:"), m_powerShift);
    form->addRow(tr("C&urrent:"), m_currentShift);
    form->addRow(tr("&Voltage:"), m_voltageShift);

    auto* layout = new QVBoxLayout(group);
    layout->addWidget(explanation(
        tr("Most meters need no correction. Some send their values in other units than the "
           "Norwegian data sheet: Swedish Kamstrup meters send energy in Wh, so every kWh reads "
           "ten times too high; some Swedish meters send power ten times too high; Kamstrup CT "
           "meters (for large main fuses) send current in mA. Danish meters are recognised by "
           "their list and need nothing here, as are voltages sent in 0.01 V. A correction "
           "applies to readings from now on."),
        group));
    layout->addLayout(form);
    return group;
}

void MeterSettingsPanel::setMeter(const QString& meterId, const QString& description,
                                  const MeterSettings& settings)
{
    m_meterId = meterId;
    if (meterId.isEmpty()) {
        m_meterLabel->setText(tr("No meter has sent a reading yet. These settings belong to one "
                                 "meter: they can be made once it has been seen."));
        m_meterLabel->setToolTip({});
    } else {
        m_meterLabel->setText(
            tr("Settings of %1.").arg(description.isEmpty() ? meterId : description));
        m_meterLabel->setToolTip(tr("The meter number %1 is the one the meter sends in its own "
                                    "list; the history keeps these settings with it.")
                                     .arg(meterId));
    }
    // Only the choices: the explanations stay readable while there is nothing to choose.
    for (QWidget* input :
         std::initializer_list<QWidget*>{m_followsDst, m_standardTime, m_learned, m_energyShift,
                                         m_powerShift, m_currentShift, m_voltageShift}) {
        input->setEnabled(!meterId.isEmpty());
    }
    setMeterSettings(settings);
}

MeterSettings MeterSettingsPanel::meterSettings() const
{
    MeterSettings settings;
    if (m_standardTime->isChecked())
        settings.clockMode = MeterClockResolver::Mode::StandardTime;
    else if (m_learned->isChecked())
        settings.clockMode = MeterClockResolver::Mode::Learned;
    else
        settings.clockMode = MeterClockResolver::Mode::FollowsDst;
    settings.scale.energyShift = shiftOf(m_energyShift);
    settings.scale.powerShift = shiftOf(m_powerShift);
    settings.scale.currentShift = shiftOf(m_currentShift);
    settings.scale.voltageShift = shiftOf(m_voltageShift);
    return settings;
}

void MeterSettingsPanel::setMeterSettings(const MeterSettings& settings)
{
    switch (settings.clockMode) {
    case MeterClockResolver::Mode::FollowsDst:
        m_followsDst->setChecked(true);
        break;
    case MeterClockResolver::Mode::StandardTime:
        m_standardTime->setChecked(true);
        break;
    case MeterClockResolver::Mode::Learned:
        m_learned->setChecked(true);
        break;
    }
    setShift(m_energyShift, settings.scale.energyShift);
    setShift(m_powerShift, settings.scale.powerShift);
    setShift(m_currentShift, settings.scale.currentShift);
    setShift(m_voltageShift, settings.scale.voltageShift);
}

} // namespace han::ui
